import CohortLog
import CohortProjections

/// A value-creation story (``ValueCreation``), of a participant or a line, as a table and as JSON: per
/// cycle the contributions labelled with it beside the indicators the log holds. `cohort lines` shows
/// one per line; the timeline and the harvest can show a participant's.
///
///     | value-creation cycle | contributions labelled with it | indicators in the log |
///     | immediate value      | “Samen sterker”                | support received: 3 · support given: 2 · sessions attended: 4 |
///     | applied value        | none                           | no indicator in the log |
///     | reframing value      | none                           | wishes transformed: 1 |
///       - wishes transformed: “Begrijpen is niet genoeg.”
public struct ValueCreationReport: Sendable {
    /// The story.
    public let view: ValueCreation
    /// The words, the audience and the cohort as it may see it.
    public let context: ReportContext

    /// The report of `view` in `context`.
    public init(_ view: ValueCreation, context: ReportContext) {
        self.view = view
        self.context = context
    }

    /// The rows of the table: the cycle, its labelled contributions (titles), its indicators (each with
    /// how many records show it).
    public var rows: [[Inline]] {
        let w = context.words
        return view.cycles.map { cycle in
            let labelled = cycle.contributions.isEmpty
                ? Inline(stringLiteral: w.lines.none)
                : Inline.joined(cycle.contributions.map { context.quoted($0.title) }, separator: ", ")
            let indicators = cycle.indicators.isEmpty
                ? Inline(stringLiteral: w.lines.noIndicator)
                : Inline.joined(cycle.indicators.map { "\(w.lines.name($0.indicator)): \($0.records.count)" }, separator: " · ")
            return [Inline(stringLiteral: w.name(cycle.cycle)), labelled, indicators]
        }
    }

    /// Adds the story to `document` as a table, then the notes of its indicators (of transformed wishes)
    /// as a list: `wishes transformed: “…”`.
    public func add(to document: inout Document) {
        let w = context.words.lines
        document.table([Inline(stringLiteral: w.cycle), Inline(stringLiteral: w.labelled), Inline(stringLiteral: w.indicators)], rows)
        document.list(view.cycles.flatMap(\.indicators).flatMap { evidence in
            evidence.notes.map { "\(w.name(evidence.indicator)): " + context.quoted($0) }
        })
    }

    /// `[{cycle, contributions: [item ids], indicators: [{indicator, records: [ids]}]}]`; the indicator of
    /// transformed wishes also has `notes`.
    public var json: JSONValue {
        .array(view.cycles.map { cycle in
            .object([
                ("cycle", .string(cycle.cycle.rawValue)),
                ("contributions", .strings(cycle.contributions.map(\.id.rawValue))),
                ("indicators", .array(cycle.indicators.map { evidence in
                    var members: [(String, JSONValue)] = [("indicator", .string(evidence.indicator.rawValue)), ("records", .strings(evidence.records))]
                    if evidence.indicator == .transformedWishes { members.append(("notes", .array(evidence.notes.map(context.json)))) }
                    return .object(members)
                })),
            ])
        })
    }
}
