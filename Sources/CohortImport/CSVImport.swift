// CohortImport: what `cohort import` alone needs, kept out of the log library. A CSV file as
// spreadsheets and forms write it (CSVReader), its rows as submissions of one event type (CSVImport),
// and local times without an offset read in a time zone of the system's database (TimeZoneRules).

import CohortLog

/// Rows of a CSV table as submitted events of one type (`cohort import`): each column is mapped by its
/// header to a field of the type or to the envelope (`at`, `by`, `id`), each row becomes one submission
/// line, read by the same reader as `cohort append` (``SubmissionReader``), with the row's line of the
/// CSV file as its line and the row itself in messages.
///
/// Headers are matched without regard to case, spaces and punctuation (`amount-cents`, `amountCents`
/// and `Amount cents` are one), by the field's own name or by a Dutch or form-style name
/// (``CSVImport/synonyms``: `deelnemer` → participant, `Tijdstempel` → at). A cell becomes a value of
/// its field's kind:
///
/// - an empty cell leaves the field out (so an optional field is absent, a required one missing);
/// - a list (themes, days, contributors, targets) is split at `;` and `,`;
/// - a whole number is written as a number (`02` as 2); anything else is left for the reader to refuse;
/// - a choice is read in lower case, and a visibility may be Dutch (`openbaar`, `groep`, `privé`);
/// - `at` is RFC 3339, or a local time as spreadsheets write it (`2014-07-01 10:00`, `1-7-2014 10:00:00`,
///   a date alone for midnight) read in the time zone given (``Settings/timeZone``), and refused
///   without one: the same file must give the same events on every machine;
/// - for `attendance.recorded`, a presence column (`aanwezig`, `status`: ja/nee, yes/no,
///   aanwezig/afwezig, present/absent, x, 1/0) stands for the session's full size or 0 when there is no
///   `dagdelen` cell;
/// - a required id that the event introduces (a reflection's, a wish's, …) may be left out: it is
///   derived from the row's content, so that importing the file again derives the same one.
///
/// Cells are trimmed of white space at both ends. Every problem is reported with the row's line;
/// ``place(_:)`` names the column a diagnostic's field came from.
public struct CSVImport: Sendable {
    /// What a column holds.
    public enum Target: Sendable, Hashable {
        /// The event's id (envelope).
        case id
        /// When it happened (envelope).
        case at
        /// Who records it (envelope).
        case by
        /// A top-level field of the type, by its name.
        case field(String)
        /// For attendance: present (the session's full size) or absent (0).
        case presence
        /// Left out (`--ignore-column`, or a nameless empty column).
        case ignored

        /// The field path diagnostics use for it (`data.participant`, `at`).
        var path: String {
            switch self {
            case .id: "id"
            case .at: "at"
            case .by: "by"
            case .field(let name): "data." + name
            case .presence: "presence"
            case .ignored: ""
            }
        }

        /// The same as a ``FieldPath``.
        var fieldPath: FieldPath { FieldPath(parsing: path) }
    }

    /// What the rows need besides their cells.
    public struct Settings: Sendable {
        /// `by` for rows without one.
        public var by: String?
        /// The zone of local times in `at`; nil: local times are refused.
        public var timeZone: TimeZoneRules?
        /// Columns to leave out, by their header.
        public var ignoredColumns: [String]
        /// A session's size in dagdelen, for a presence column.
        public var sessionSize: @Sendable (String) -> Int?

        public init(by: String? = nil, timeZone: TimeZoneRules? = nil, ignoredColumns: [String] = [],
                    sessionSize: @escaping @Sendable (String) -> Int? = { _ in nil }) {
            self.by = by
            self.timeZone = timeZone
            self.ignoredColumns = ignoredColumns
            self.sessionSize = sessionSize
        }
    }

    /// Other names of fields, as forms and Dutch spreadsheets write them: a header (compared as
    /// ``normalized(_:)`` gives it) and the field, envelope member (`at`, `by`, `id`) or `presence` it
    /// stands for. A name counts only for a type that has that field; a field's own name comes first.
    public static let synonyms: [(header: String, target: String)] = [
        ("deelnemer", "participant"), ("tekst", "text"), ("thema's", "themes"), ("themas", "themes"), ("thema", "themes"),
        ("theme", "themes"), ("zichtbaarheid", "visibility"), ("sessie", "session"), ("bijeenkomst", "session"),
        ("datum", "at"), ("tijd", "at"), ("tijdstip", "at"), ("tijdstempel", "at"), ("datum/tijd", "at"),
        ("timestamp", "at"), ("door", "by"), ("ingevoerd door", "by"), ("recorded by", "by"),
        ("aanwezig", "presence"), ("aanwezigheid", "presence"), ("status", "presence"), ("present", "presence"),
        ("notitie", "note"), ("opmerking", "note"), ("wens", "wish"), ("leerlijn", "line"), ("lijn", "line"),
        ("titel", "title"), ("omschrijving", "description"), ("beschrijving", "description"),
        ("resultaat", "result"), ("voortgang", "progress"), ("opdracht", "assignment"), ("gemeente", "municipality"),
        ("naam", "name"), ("e-mail", "email"), ("e-mailadres", "email"), ("functie", "role"), ("rol", "role"),
        ("reden", "reason"), ("van", "from"), ("aan", "to"), ("soort", "kind"), ("uitkomst", "outcome"),
        ("factuur", "invoice"), ("bedrag in centen", "amountCents"), ("locatie", "location"), ("plaats", "location"),
        ("dagen", "days"), ("bijdragers", "contributors"), ("cyclus", "cycle"),
    ]

    /// Words for present and absent in a presence column (compared in lower case).
    public static let presentWords = ["ja", "j", "yes", "y", "aanwezig", "present", "x", "1", "true", "waar"]
    public static let absentWords = ["nee", "n", "no", "afwezig", "absent", "0", "false", "onwaar"]

    /// Dutch words for visibilities.
    static let visibilityWords = ["openbaar": "public", "publiek": "public", "groep": "group", "privé": "private", "prive": "private"]

    /// The event type of every row.
    public let type: EventType
    /// The table.
    public let table: CSVTable
    /// What each column holds, by its place in the header.
    public let targets: [Target]
    /// What the rows need besides their cells.
    public var settings: Settings

    /// `text` as headers are compared: lower case, letters and digits only (`Thema's` → `themas`).
    public static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Whether `type` can be imported from CSV: every field holds a value a cell can hold (not an object).
    public static func canImport(_ type: EventType) -> Bool {
        type.fields.allSatisfy { if case .object = $0.kind { false } else { true } }
    }

    /// Maps the header of `table` to fields of `type`; every problem of the header when it cannot be.
    public init(table: CSVTable, type: EventType, settings: Settings) throws(Diagnostics) {
        self.type = type
        self.table = table
        self.settings = settings
        let fields = type.fields
        let line = table.header.line
        var problems: [Diagnostic] = []
        var targets: [Target] = []
        var columnOf: [Target: Int] = [:]
        /// A problem of the header.
        func problem(_ message: String, hint: String) {
            problems.append(Diagnostic(line: line, check: .importColumn, message: message, hint: hint))
        }
        let ignored = Set(settings.ignoredColumns.map(CSVImport.normalized))
        for name in settings.ignoredColumns where !table.header.cells.contains(where: { CSVImport.normalized($0) == CSVImport.normalized(name) }) {
            problem("--ignore-column \(quoted(name)): the header has no such column",
                    hint: "the columns are: " + table.header.cells.joined(separator: ", "))
        }
        for (index, header) in table.header.cells.enumerated() {
            let key = CSVImport.normalized(header)
            if ignored.contains(key) && !key.isEmpty {
                targets.append(.ignored)
                continue
            }
            if key.isEmpty {
                // A nameless column may stand only when it holds nothing.
                if let row = table.rows.first(where: { index < $0.cells.count && !CSVImport.isBlank($0.cells[index]) }) {
                    problem("\(table.columnName(index)): the column has no name but holds values (line \(row.line) and perhaps more)",
                            hint: "name it after a field of \(type.rawValue), or remove it")
                }
                targets.append(.ignored)
                continue
            }
            guard let target = CSVImport.target(key, type: type) else {
                problem("\(Diagnostic.shorten(header, to: 60)): no field of \(type.rawValue) has this name",
                        hint: "the columns of \(type.rawValue) are " + CSVImport.columnHelp(type) + "; --ignore-column NAME leaves a column out")
                targets.append(.ignored)
                continue
            }
            if let earlier = columnOf[target] {
                let what = target == .presence ? "presence" : target.path.hasPrefix("data.") ? String(target.path.dropFirst(5)) : target.path
                problem("\(Diagnostic.shorten(header, to: 60)): \(what) is already given by column \(table.columnName(earlier))",
                        hint: "keep one of the two columns, or leave one out with --ignore-column")
                targets.append(.ignored)
                continue
            }
            columnOf[target] = index
            targets.append(target)
        }
        func missing(_ what: String, hint: String) {
            problem("the header has no column for \(what), which \(type.rawValue) requires", hint: hint)
        }
        if columnOf[.at] == nil {
            missing("at", hint: "add a column at (or datum, tijdstempel) with when each event happened")
        }
        if columnOf[.by] == nil && settings.by == nil {
            missing("by", hint: "add a column by (or door) with who records each event, or give --by ID for every row")
        }
        for spec in fields where spec.isRequired && columnOf[.field(spec.name)] == nil {
            if case .id(_, .introduces) = spec.kind { continue }
            if type == .attendanceRecorded && spec.name == "dagdelen" && columnOf[.presence] != nil { continue }
            let others = CSVImport.synonyms.filter { $0.target == spec.name }.map(\.header)
            missing(spec.name, hint: "add a column \(spec.name)" + (others.isEmpty ? "" : " (or \(others.joined(separator: ", ")))")
                + ": \(spec.doc)")
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        self.targets = targets
    }

    /// The target of a normalized header for `type`, if it has one.
    static func target(_ key: String, type: EventType) -> Target? {
        switch key {
        case "id": return .id
        case "at": return .at
        case "by": return .by
        default: break
        }
        if let spec = type.fields.first(where: { normalized($0.name) == key }) { return .field(spec.name) }
        for (header, target) in synonyms where normalized(header) == key {
            switch target {
            case "at": return .at
            case "by": return .by
            case "id": return .id
            case "presence": if type == .attendanceRecorded { return .presence }
            default: if type.fields.contains(where: { $0.name == target }) { return .field(target) }
            }
        }
        return nil
    }

    /// The columns `type` takes, for help and messages: `at (datum, tijdstempel, …), by (door), …`.
    public static func columnHelp(_ type: EventType) -> String {
        func with(_ name: String, _ target: String) -> String {
            let others = synonyms.filter { $0.target == target }.map(\.header)
            return others.isEmpty ? name : "\(name) (\(others.joined(separator: ", ")))"
        }
        var columns = ["id", with("at", "at"), with("by", "by")]
        for spec in type.fields { columns.append(with(spec.name, spec.name)) }
        if type == .attendanceRecorded { columns.append(with("presence", "presence")) }
        return columns.joined(separator: ", ")
    }

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// The header of the column a diagnostic's field came from (`data.participant` → `deelnemer`), if any.
    public func column(for field: FieldPath?) -> String? {
        guard let field, let member = field.member, !member.isEmpty else { return nil }
        let name = field.field.first ?? member
        let wanted: [Target]
        switch name {
        case "id": wanted = [.id]
        case "at": wanted = [.at]
        case "by": wanted = [.by]
        case "presence": wanted = [.presence]
        case "dagdelen" where type == .attendanceRecorded: wanted = [.field("dagdelen"), .presence]
        default: wanted = [.field(name)]
        }
        for target in wanted {
            if let index = targets.firstIndex(of: target) { return table.header.cells[index] }
        }
        return nil
    }

    /// A diagnostic about a row as the import shows it: `COLUMN: message`, without the type's name
    /// (every row has the same type).
    public func place(_ diagnostic: Diagnostic) -> Diagnostic {
        var placed = diagnostic
        let prefix = type.rawValue + ": "
        if placed.message.hasPrefix(prefix) { placed.message.removeFirst(prefix.count) }
        if let column = column(for: placed.field) { placed.message = Diagnostic.shorten(column, to: 60) + ": " + placed.message }
        return placed
    }

    /// The rows as submitted events, and every problem of the rows (with their lines); `bytes` are the
    /// file's bytes the table was read from (for the rows' text in messages).
    public func read(_ bytes: [UInt8]) -> SubmissionReader.Reading {
        var events: [SubmittedEvent] = []
        var problems: [Diagnostic] = []
        var ordinals: [Digest: Int] = [:]
        for row in table.rows {
            let source = bytes[row.bytes]
            var own: [Diagnostic] = []
            func problem(_ target: Target, _ check: DiagnosticCode, _ message: String, hint: String?) {
                own.append(Diagnostic(line: row.line, check: check, field: target.fieldPath, message: message, hint: hint,
                                      excerpt: SubmittedEvent.excerpt(of: source)))
            }
            // The cells by target.
            var cells: [Target: String] = [:]
            for (index, target) in targets.enumerated() where target != .ignored {
                let cell = CSVReader.trimmed(row.cells[index])
                if !cell.isEmpty { cells[target] = cell }
            }
            // The values.
            var submission = Submission(type: type, line: row.line)
            submission.source = source
            for spec in type.fields {
                guard let cell = cells[.field(spec.name)] else { continue }
                submission[field: spec.name] = CSVImport.value(cell, spec)
            }
            if type == .attendanceRecorded, let word = cells[.presence] {
                let lower = word.lowercased()
                let present = CSVImport.presentWords.contains(lower)
                let absent = CSVImport.absentWords.contains(lower)
                if !present && !absent {
                    problem(.presence, .importValue, "\(quoted(word)) says neither present nor absent",
                            hint: "write ja or nee (also yes/no, aanwezig/afwezig, present/absent, x, 1/0), or the dagdelen attended in a dagdelen column")
                } else if let given = cells[.field("dagdelen")] {
                    if let number = Int(given), (number == 0) != absent {
                        problem(.presence, .importValue, "\(quoted(word)) does not agree with dagdelen \(number)",
                                hint: "absent is 0 dagdelen, present more than 0")
                    }
                } else if absent {
                    submission[field: "dagdelen"] = .number("0")
                } else if let session = cells[.field("session")], let size = settings.sessionSize(session) {
                    submission[field: "dagdelen"] = .number(String(size))
                } else if let session = cells[.field("session")] {
                    problem(.presence, .importValue, "\(quoted(word)) stands for every dagdeel of session \(quoted(session)), which the log does not hold",
                            hint: "check the session's id, or give the dagdelen attended in a dagdelen column")
                }
            }
            // The envelope.
            if let cell = cells[.at] {
                switch CSVImport.timestamp(cell, zone: settings.timeZone) {
                case .success(let text): submission.at = text
                case .failure(let failure): problem(.at, .importTime, failure.message, hint: failure.hint)
                }
            }
            submission.id = cells[.id]
            submission.by = cells[.by] ?? settings.by
            // A required id the event introduces, left out: derived from the row's content.
            let introduced = type.fields.filter { spec in
                if case .id(_, .introduces) = spec.kind, spec.isRequired, cells[.field(spec.name)] == nil { return true }
                return false
            }
            if !introduced.isEmpty {
                let content = SHA256.hash(submission.jsonLine)
                let ordinal = (ordinals[content] ?? 0) + 1
                ordinals[content] = ordinal
                for spec in introduced {
                    var hasher = SHA256()
                    hasher.update(content)
                    hasher.update(spec.name + "\u{0}" + String(ordinal))
                    submission[field: spec.name] = .text(spec.name + "-" + String(hasher.finalize().hex.prefix(16)))
                }
            }
            // What the row's own problems are about is not reported again (a presence stands for dagdelen).
            var suppressed = Set(own.compactMap(\.field))
            if suppressed.contains(Target.presence.fieldPath) { suppressed.insert(FieldPath.data.appending("dagdelen")) }
            let result = submission.read()
            switch result {
            case .success(let event) where own.isEmpty:
                events.append(event)
            case .success:
                break
            case .failure(let found):
                for var diagnostic in found.all {
                    if let field = diagnostic.field, suppressed.contains(field) {
                        continue
                    }
                    diagnostic.excerpt = SubmittedEvent.excerpt(of: source)
                    if diagnostic.check == .formatMissing, let column = column(for: diagnostic.field) {
                        let spec = type.fields.first { FieldPath.data.appending($0.name) == diagnostic.field }
                        diagnostic.hint = "fill in \(column)" + (spec.map { ": \($0.doc)" } ?? "")
                    }
                    problems.append(diagnostic)
                }
            }
            problems += own
        }
        return SubmissionReader.Reading(events: events, problems: Diagnostics(problems).all)
    }

    /// A cell as the value of `spec`'s kind: a list split at commas and semicolons, a whole number (or
    /// a decimal one, which the checks refuse) as a number, a choice in lower case (visibility also in
    /// Dutch), anything else as the text it is.
    static func value(_ cell: String, _ spec: FieldSpec) -> SubmittedValue {
        switch spec.kind {
        case .texts, .ids, .dates:
            return .list(ListText.elements(cell))
        case .integer:
            if let number = Int(cell) { return .number(String(number)) }
            if isDecimal(cell) { return .number(String(cell.map { $0 == "," ? "." : $0 })) }
            return .text(cell)
        case .choice:
            var word = cell.lowercased()
            if spec.name == "visibility", let english = visibilityWords[word] { word = english }
            return .text(word)
        case .id, .text, .date, .digest, .currency, .object:
            return .text(cell)
        }
    }

    /// Whether `text` is a number with a fraction (`1.5`, `1,5`), which a whole number field refuses.
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 2 else { return false }
        let whole = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]
        return !whole.isEmpty && !parts[1].isEmpty && whole.allSatisfy(isDigit) && parts[1].allSatisfy(isDigit)
    }

    /// Why an `at` cell is refused.
    public struct TimeFailure: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// An `at` cell as RFC 3339: as it is when it is RFC 3339 (a space for the `T` allowed), else a local
    /// time (`2014-07-01 10:00[:00]`, `2014-07-01T10:00`, `1-7-2014 10:00[:00]`, or a date alone for
    /// midnight) in `zone`.
    public static func timestamp(_ cell: String, zone: TimeZoneRules?) -> Result<String, TimeFailure> {
        if Timestamp(cell) != nil { return .success(cell) }
        let withT = cell.count > 10 && cell.dropFirst(10).first == " "
            ? String(cell.prefix(10)) + "T" + String(cell.dropFirst(11)) : cell
        if Timestamp(withT) != nil { return .success(withT) }
        guard let local = LocalTime(cell) else {
            return .failure(TimeFailure(
                message: "\(quoted(cell)) is not a moment",
                hint: "write it as 2014-07-01T10:00:00+02:00, or as a local time such as 2014-07-01 10:00 or 1-7-2014 10:00 with --time-zone"))
        }
        guard let zone else {
            return .failure(TimeFailure(
                message: "\(quoted(cell)) has no UTC offset",
                hint: "give --time-zone with the zone it was written in (such as Europe/Amsterdam), or write it with its offset, such as \(local.text)+02:00"))
        }
        switch zone.resolve(local: local.seconds) {
        case .unique(let offset):
            return .success(local.text + (zone.name == "UTC" ? "Z" : offsetText(offset)))
        case .skipped:
            return .failure(TimeFailure(
                message: "\(quoted(cell)) did not happen in \(zone.name): the clocks moved forward past it",
                hint: "check the time, or write it with its offset"))
        case .ambiguous(let first, let second):
            return .failure(TimeFailure(
                message: "\(quoted(cell)) happened twice in \(zone.name): at \(offsetText(first)) and at \(offsetText(second)), when the clocks moved back",
                hint: "write it with its offset: \(local.text)\(offsetText(first)) or \(local.text)\(offsetText(second))"))
        }
    }

    /// `+02:00` for 7200 seconds.
    static func offsetText(_ seconds: Int) -> String {
        let magnitude = abs(seconds) / 60
        let hours = String(magnitude / 60)
        let minutes = String(magnitude % 60)
        return (seconds < 0 ? "-" : "+") + (hours.count < 2 ? "0" : "") + hours + ":" + (minutes.count < 2 ? "0" : "") + minutes
    }
}

/// A local date and time without an offset, as spreadsheets and forms write them.
struct LocalTime {
    /// `YYYY-MM-DDTHH:MM:SS`.
    let text: String
    /// Seconds since the epoch, as if the local time were UTC.
    let seconds: Int

    /// Reads `2014-07-01`, `2014-07-01 10:00`, `2014-07-01T10:00:05`, `1-7-2014`, `01-07-2014 10:00:05`.
    init?(_ cell: String) {
        let parts = cell.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard (1...2).contains(parts.count) else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        let numbers = date.compactMap { Int($0) }
        let day: Day?
        if date[0].count == 4 && date[1].count == 2 && date[2].count == 2 {
            day = Day(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if date[2].count == 4 && date[0].count <= 2 && date[1].count <= 2 {
            day = Day(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            day = nil
        }
        guard let day else { return nil }
        var clock = (0, 0, 0)
        if parts.count == 2 {
            let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(time.count), time.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(isDigit) }),
                time.dropFirst().allSatisfy({ $0.count == 2 })
            else { return nil }
            let values = time.compactMap { Int($0) }
            guard values[0] <= 23, values[1] <= 59, values.count < 3 || values[2] <= 59 else { return nil }
            clock = (values[0], values[1], values.count == 3 ? values[2] : 0)
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        text = day.description + "T" + two(clock.0) + ":" + two(clock.1) + ":" + two(clock.2)
        seconds = day.daysSinceEpoch * 86_400 + clock.0 * 3600 + clock.1 * 60 + clock.2
    }
}

/// Whether `character` is one of the digits 0 to 9.
private func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

