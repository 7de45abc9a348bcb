import CohortLog
import CohortProjections

/// Every word the reports print, in one language. ``Words/english`` and ``Words/dutch`` are complete:
/// a report takes all its words from here, and no view chooses a word by language.
///
/// The words every report shares (headings, the names of kinds, dates, amounts) are the fields below,
/// in ``Words/english`` (Words+English.swift) and ``Words/dutch`` (Words+Dutch.swift). Each report with
/// sentences of its own has a table of them in a file of its own, its English and its Dutch each complete
/// in one place there: ``TimelineWords`` (the timeline and the history), ``AttendanceWords``,
/// ``AuditWords`` (the audit and its findings' messages), ``CertificateWords``, ``PageWords`` (the
/// harvest as a page), ``ParticipantFileWords`` and ``AddWords`` (`cohort add`). A sentence that holds
/// what a person wrote takes it as ``Inline`` and keeps it theirs.
///
///     let words = Language.nl.words
///     words.timeline.gaveSupport("feedback", "\(user: "Bram (pb)")")   // gaf feedback aan Bram (pb)
public struct Words: Sendable {
    public let language: Language
    let months: [String]
    /// Shown in place of an erased text (never an empty text).
    public let redacted: String
    public let halfDays: String
    /// The nouns that follow a number, in the singular and the plural (``count(_:_:)``).
    let nouns: [Noun: (one: String, many: String)]
    let audienceNames: [String]
    let participantAudience: @Sendable (String) -> String
    let visibilities: [Visibility: String]
    let sessionKinds: [SessionKind: String]
    let outcomes: [WishOutcome: String]
    let supportKinds: [SupportKind: String]
    let harvestKinds: [HarvestKind: String]
    let cycles: [ValueCycle: String]

    // Headers.
    public let asOf: String
    public let knownAt: String
    public let audience: String
    public let nothingToShow: String

    // Timeline (its sentences are ``TimelineWords``).
    public let timelineOf: String
    public let into: String
    public let to: String
    public let from: String

    // Lines.
    public let learningLines: String
    public let emergedAt: String
    public let emergedOn: String
    public let themes: String
    public let participants: String
    public let reflections: String
    public let wishes: String
    public let contributions: String
    public let activity: String
    public let before: String
    public let after: String
    public let candidates: String
    public let noLines: String
    public let noCandidates: String
    public let sharedBy: String

    // Harvest.
    public let harvest: String
    public let programme: String
    public let organisedBy: String
    public let period: String
    public let through: String
    public let facilitators: String
    public let sessions: String
    public let held: String
    public let toCome: String
    public let hostedBy: String
    public let wishesHeading: String
    public let assignment: String
    public let result: String
    public let progress: String
    public let revised: String
    public let byKind: String
    public let byCycle: String
    public let matrix: String
    public let noLine: String
    public let noCycle: String
    public let supportNetwork: String
    public let kinds: String
    public let figures: String
    public let wishesStated: String
    public let wishesFulfilled: String
    public let wishesTransformed: String
    public let wishesDropped: String
    public let supports: String
    public let assignmentsStarted: String
    public let assignmentsCompleted: String
    public let attendance: String
    public let notRecorded: String
    public let subsidy: String
    public let dagdelenDeclared: String
    public let fee: String
    public let vatExcluded: String
    public let vatIncluded: String

    // History.
    public let history: String
    public let beforeFirst: String
    public let afterLast: String
    public let nothingHappened: String
    public let linesEmerged: String
    public let assignmentsProgressed: String
    public let withdrawals: String

    // Stats.
    public let eventType: String
    public let records: String
    public let withdrawn: String
    public let cancelled: String
    public let span: String
    public let head: String
    public let total: String

    // What an append did (append, add, import, redact): the parts of its summary.
    /// `appended 2 records (seq 3–4)`, from the count and the range.
    let appendedSummary: @Sendable (_ records: String, _ range: String) -> String
    public let appendedNothing: String
    /// `1 already in the log with identical content (seq 13)`.
    let alreadyThere: @Sendable (_ count: Int, _ seqs: String) -> String
    /// `erased the personal fields of 2 records (r-pa, w-pa)`.
    let erasedSummary: @Sendable (_ records: String, _ ids: String) -> String
    /// `refused FILE: 2 problems; LOG is unchanged` (or `was not created`).
    public let refusedSummary: @Sendable (_ submission: String, _ problems: String, _ log: String, _ created: Bool) -> String

    // Numbers.
    /// The decimal sign: `87.5`, `87,5`.
    let decimalSign: String
    /// The sign between groups of three digits: `1,550`, `1.550`.
    let groupSign: String
    /// An amount from its sign, its grouped whole euros and its two digits of cents: `€1,550.00`, `€ 1.550,00`.
    let euroAmount: @Sendable (_ sign: String, _ euros: String, _ cents: String) -> String

    // The sentences of each report, in tables of their own.
    public let timeline: TimelineWords
    public let attendanceList: AttendanceWords
    public let audit: AuditWords
    public let certificate: CertificateWords
    public let page: PageWords
    public let participantFile: ParticipantFileWords
    public let add: AddWords
    public let threads: ThreadWords
    public let prepare: PrepareWords
    public let evaluation: EvaluationWords
    public let lines: LinesWords
    public let replay: ReplayWords

    /// A day in this language's long form: `11 December 2014`, `11 december 2014`.
    public func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return "\(dayOfMonth) \(months[month - 1]) \(year)"
    }

    /// Days in this language's long form, a run of consecutive days as a range: `12 June 2014`,
    /// `23–24 September 2014`, `30 September – 1 October 2014`; days apart as a list.
    public func days(_ days: [Day]) -> String {
        let days = days.sorted()
        guard let first = days.first, let last = days.last else { return "" }
        let consecutive = zip(days, days.dropFirst()).allSatisfy { $1.daysSinceEpoch == $0.daysSinceEpoch + 1 }
        guard consecutive else { return days.map(date).joined(separator: ", ") }
        if first == last { return date(first) }
        let (firstYear, firstMonth, firstDay) = first.components
        let (lastYear, lastMonth, _) = last.components
        if firstYear == lastYear && firstMonth == lastMonth { return "\(firstDay)–" + date(last) }
        if firstYear == lastYear { return "\(firstDay) \(months[firstMonth - 1]) – " + date(last) }
        return date(first) + " – " + date(last)
    }

    /// A moment with its time and offset: `1 October 2014 12:00 (+02:00)`.
    public func moment(_ time: Timestamp) -> String {
        let text = time.description
        let clock = text.dropFirst(11).prefix(5)
        let offset = time.isUTC ? "UTC" : String(text.suffix(6))
        return "\(date(time.localDay)) \(clock) (\(offset))"
    }

    /// A moment as its local date in long form.
    public func date(_ time: Timestamp) -> String { date(time.localDay) }

    /// A noun that follows a number: every counted noun of every report, so that each is right in the
    /// singular and the plural in both languages (``count(_:_:)``).
    public enum Noun: Sendable, Hashable, CaseIterable {
        case halfDay, record, problem
        /// A participant (`deelnemer`).
        case participant
        /// A learning wish (`leerwens`).
        case wish
        /// An assignment (`opdracht`).
        case assignment
        /// A harvest contribution (`bijdrage`).
        case contribution
        /// A session (`bijeenkomst`).
        case session
        /// A reflection (`reflectie`).
        case reflection
        /// How often something happened: `1 time`, `3 times`, `3 keer`.
        case time
    }

    /// `n` and the noun in the singular or plural as `n` asks: `1 half-day`, `2 dagdelen`, `0 records`,
    /// `1 leerwens`, `2 leerwensen`.
    public func count(_ n: Int, _ noun: Noun) -> String {
        "\(n) \(self.noun(n, noun))"
    }

    /// The noun alone, in the form `n` asks (the singular for 1, else the plural): for a figure whose
    /// number is set apart (`7` above `learning wishes fulfilled`).
    public func noun(_ n: Int, _ noun: Noun) -> String {
        guard let forms = nouns[noun] else { return "" }
        return n == 1 ? forms.one : forms.many
    }

    /// A personal text, or the word for an erased one.
    public func text(_ text: PersonalText) -> String { text.text ?? redacted }

    /// The name of an audience.
    public func name(_ audience: Audience) -> String {
        switch audience {
        case .public: audienceNames[0]
        case .group: audienceNames[1]
        case .facilitator: audienceNames[2]
        case .participant(let id): participantAudience(id.rawValue)
        }
    }

    public func name(_ visibility: Visibility) -> String { visibilities[visibility] ?? visibility.rawValue }
    public func name(_ kind: SessionKind) -> String { sessionKinds[kind] ?? kind.rawValue }
    public func name(_ outcome: WishOutcome) -> String { outcomes[outcome] ?? outcome.rawValue }
    public func name(_ kind: SupportKind) -> String { supportKinds[kind] ?? kind.rawValue }
    public func name(_ kind: HarvestKind) -> String { harvestKinds[kind] ?? kind.rawValue }
    public func name(_ cycle: ValueCycle?) -> String { cycle.flatMap { cycles[$0] } ?? noCycle }

    /// A number with this language's decimal sign and one decimal, for percentages: `87.5`, `87,5`.
    public func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1000 + whole / 2) / whole
        let text = "\(tenths / 10)" + decimalSign + "\(tenths % 10)"
        return text + "%"
    }

    /// An amount of euro cents the language's way: `€ 1.550,00` (nl), `€1,550.00` (en).
    public func euros(_ cents: Cents) -> String {
        let value = cents.value
        let sign = value < 0 ? "-" : ""
        let whole = abs(value) / 100
        let fraction = abs(value) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = groupSign + String(digits.suffix(3)) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let cents = (fraction < 10 ? "0" : "") + String(fraction)
        return euroAmount(sign, grouped, cents)
    }
}
