/// One problem found in a file: where it is, which check found it, what is wrong and what to do.
///
/// Diagnostics are collected, not thrown one at a time: a refused submission lists every problem, sorted
/// by line (hledger's and compilers' way).
public struct Diagnostic: Sendable, Equatable, Error {
    /// The 1-based line of the file; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// The check that found it (`rule.references-known`, `format.missing`, …).
    public var check: DiagnosticCode
    /// The field concerned, as a path (`data.to`, `personal.text`, `at`), when there is one.
    public var field: FieldPath?
    /// What is wrong, in plain words, naming the values involved.
    public var message: String
    /// What the person can do about it.
    public var hint: String?
    /// The offending line as it stands (shortened when rendered), when it helps.
    public var excerpt: String?

    /// A problem found by `check` on `line`.
    public init(
        line: Int = 0, check: DiagnosticCode, field: FieldPath? = nil, message: String, hint: String? = nil, excerpt: String? = nil
    ) {
        self.line = line
        self.check = check
        self.field = field
        self.message = message
        self.hint = hint
        self.excerpt = excerpt
    }
}

extension Diagnostic {
    /// The problem as a compiler writes it: `FILE:LINE: error: MESSAGE [CHECK]`, then the offending line
    /// (when given) and the hint.
    public func rendered(file: String) -> String {
        var text = line > 0 ? "\(file):\(line): error: " : "\(file): error: "
        text += message + " [\(check)]"
        if let excerpt, !excerpt.isEmpty {
            text += "\n    " + Diagnostic.shorten(excerpt, to: 160)
        }
        if let hint {
            text += "\n    hint: " + hint
        }
        return text
    }

    /// `text` cut to `limit` characters with an ellipsis, and control characters and direction overrides
    /// (``Unicode/Scalar/breaksLayout``) shown as `?`, so that a hostile line cannot break the terminal.
    public static func shorten(_ text: String, to limit: Int) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit {
                result += "…"
                break
            }
            if character.unicodeScalars.contains(where: \.breaksLayout) {
                result += "?"
            } else {
                result.append(character)
            }
            count += 1
        }
        return result
    }
}

/// A quoted, shortened value for messages: `"p13"`.
package func quoted(_ text: String) -> String {
    "\"" + Diagnostic.shorten(text, to: 60) + "\""
}

/// Problems found together, sorted by line: the error of an operation refused for them.
public struct Diagnostics: Error, Sendable, Equatable {
    /// The problems, sorted by line (stable within a line).
    public var all: [Diagnostic]

    /// Problems, sorted by line.
    public init(_ problems: [Diagnostic]) {
        all = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
