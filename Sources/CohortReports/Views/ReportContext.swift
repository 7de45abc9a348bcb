import CohortLog
import CohortProjections

/// What every report of a cohort needs besides its view: the words, the audience and window it was made
/// for, and the cohort as that audience may see it (for names and titles).
public struct ReportContext: Sendable {
    public let words: Words
    public let audience: Audience
    public let window: RecordWindow
    /// The cohort as the audience may see it.
    public let state: CohortState

    public init(words: Words, audience: Audience, window: RecordWindow, state: CohortState) {
        self.words = words
        self.audience = audience
        self.window = window
        self.state = state
    }

    /// A person as `Name (id)`, or the id alone when the name is withheld (erased, or left out of an
    /// evidence copy) or the audience may not see the person.
    public func person(_ id: String) -> Inline {
        guard let person = state.person(id), let name = person.name.text else { return .user(id) }
        return "\(user: name) (\(user: id))"
    }

    /// A session by its title, or its id when unknown.
    public func session(_ id: SessionID) -> Inline {
        .user(state.session(id.rawValue)?.title ?? id.rawValue)
    }

    /// A personal text, or the word for an erased one.
    public func text(_ text: PersonalText) -> Inline {
        switch text {
        case .text(let value): .user(value)
        case .redacted: Inline(stringLiteral: words.redacted)
        }
    }

    /// A personal text in quotes.
    public func quoted(_ text: PersonalText) -> Inline {
        switch text {
        case .text(let value): "“\(user: value)”"
        case .redacted: Inline(stringLiteral: words.redacted)
        }
    }

    /// The start of a personal text in quotes, to recall it where it is referred to: its first sentence,
    /// cut at a word to at most 80 characters (marked `…` when more follows).
    public func excerpt(_ text: PersonalText) -> Inline {
        guard case .text(let value) = text else { return Inline(stringLiteral: words.redacted) }
        var cut = Substring(value)
        var mark = ""
        if let end = cut.firstIndex(where: { ".?!".contains($0) }), cut.index(after: end) < cut.endIndex {
            cut = cut[...end]
            mark = " …"
        }
        if cut.count > 80 {
            let limit = cut.index(cut.startIndex, offsetBy: 80)
            cut = cut[..<(cut[..<limit].lastIndex(of: " ") ?? limit)]
            mark = "…"
        }
        return "“\(user: String(cut))\(mark)”"
    }

    /// Themes in brackets, or nothing.
    public func themes(_ themes: [String]) -> Inline {
        themes.isEmpty ? "" : " [" + Inline.joined(themes.map(Inline.user), separator: ", ") + "]"
    }

    /// The line saying what the report shows: `as of 11 December 2014 · audience: public`.
    public var scope: Inline {
        var parts: [String] = []
        if let asOf = window.asOf { parts.append("\(words.asOf) \(bound(asOf))") }
        if let knownAt = window.knownAt { parts.append("\(words.knownAt) \(bound(knownAt))") }
        parts.append("\(words.audience): \(words.name(audience))")
        return Inline(stringLiteral: parts.joined(separator: " · "))
    }

    func bound(_ bound: TimeBound) -> String {
        switch bound {
        case .day(let day): words.date(day)
        case .instant(let instant): words.moment(instant)
        }
    }

    /// A personal text as JSON: the text, or `{"redacted":true}`.
    public func json(_ text: PersonalText) -> JSONValue {
        switch text {
        case .text(let value): .string(value)
        case .redacted: .object([("redacted", .bool(true))])
        }
    }

    /// An optional personal text as JSON (null when absent).
    public func json(_ text: PersonalText?) -> JSONValue { text.map(json) ?? .null }

    /// The window and audience as JSON members.
    public var jsonScope: [(String, JSONValue)] {
        [("audience", .string(audience.description)),
         ("asOf", window.asOf.map { .string($0.description) } ?? .null),
         ("knownAt", window.knownAt.map { .string($0.description) } ?? .null)]
    }
}

extension JSONValue {
    /// An optional string as JSON.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    /// An array of strings.
    public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }
}
