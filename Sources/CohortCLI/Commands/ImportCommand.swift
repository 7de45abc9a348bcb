import CohortImport
import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort import LOG FILE.csv --type T`: rows of a spreadsheet or form export, appended as events.
    static let import_ = Command(
        name: "import",
        summary: "append the rows of a CSV file (a spreadsheet or form export) as events of one type",
        details: """
        Reads FILE.csv (or - for standard input) as spreadsheets and forms write CSV: a header row, then
        one event of type T per row; `,` or `;` (whichever the header holds more of); UTF-8 with or
        without a byte order mark; CRLF, LF or CR line ends; cells in double quotes may hold the
        separator, line breaks and doubled quotes (""). Rows whose cells are all empty are skipped.
        Each row becomes a submission and is appended like any (`cohort append`): the same checks,
        rules, lock and output, all or nothing. A refused file lists every problem as
        FILE.csv:LINE: error: COLUMN: message [check], LINE being the row's line in the file, and
        leaves LOG unchanged (exit 1). Record ids are derived from the rows' content, so importing the
        same file again adds nothing.

        Columns are matched by header, ignoring case, spaces and punctuation: a field of T as docs/FORMAT.md
        names it (participant, amountCents, amount-cents, Amount cents), at, by, id, or another name:
        \(wrapped(synonymList, width: 100))
        A name counts only where T has the field. A column that is no field of T is an error
        (--ignore-column leaves it out); so is a required field without a column.

        Cells: white space at either end is dropped; an empty cell leaves its field out; lists (themes,
        days, contributors, targets) are split at ; and ,; whole numbers as numbers; choices in lower
        case, visibility also as openbaar, groep, privé. A required id that the event introduces (a
        reflection's, a wish's, …) may be left out or empty: it is derived from the row's content. For
        attendance.recorded, a presence column (aanwezig, status: ja/nee, yes/no, aanwezig/afwezig,
        present/absent, x, 1/0) stands for the session's full size or 0 when the row has no dagdelen.

        at: RFC 3339 with an offset (2014-07-01T10:00:00+02:00; a space for the T is accepted), or a
        local time as spreadsheets and forms write it (2014-07-01 10:00, 2014-07-01 10:00:05,
        1-7-2014 10:00:05, or a date alone for midnight), read in the zone of --time-zone (a zone of the
        system's time zone database such as Europe/Amsterdam, found in TZDIR or /usr/share/zoneinfo; UTC;
        or an offset such as +02:00). Without --time-zone a local time is refused: the same file must
        give the same events on every machine. A local time that the zone skipped or passed twice (when
        the clocks moved) is refused too.
        """,
        options: ImportOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let source = arguments.source
        let type = arguments.type
        let settings = CSVImport.Settings(by: arguments.by, timeZone: arguments.timeZone, ignoredColumns: arguments.ignoredColumns)
        let sealing = try invocation.sealing()
        let bytes = source == "-" ? try invocation.readInput() : try FileSystem.readAll(source)
        let name = source == "-" ? "<stdin>" : source

        // The rows, then the header's columns: problems of either refuse the file, but rows without
        // problems are still checked against the format and the rules, so that every problem is listed.
        let (read, csvProblems) = CSVReader.read(bytes)
        guard let table = read else {
            return refuse(csvProblems, submission: name, log: log, invocation: invocation, command: "import",
                          language: arguments.language)
        }
        var importer: CSVImport
        do throws(Diagnostics) {
            importer = try CSVImport(table: table, type: type, settings: settings)
        } catch {
            return refuse(Diagnostics(csvProblems + error.all).all, submission: name, log: log, invocation: invocation,
                          command: "import", language: arguments.language)
        }
        if importer.targets.contains(.presence) && FileSystem.exists(log),
            case .verified(let verified) = try VerifiedLog.open(log)
        {
            // The sessions' sizes, for "present"; the writer checks them again under its lock (and refuses
            // a log that does not verify).
            let state = try LogSource(verified).cohort()
            var sizes: [String: Int] = [:]
            for session in state.sessions { sizes[session.id.rawValue] = session.dagdelen }
            importer.settings.sessionSize = { [sizes] in sizes[$0] }
        }
        var reading = importer.read(bytes)
        reading.problems = Diagnostics(csvProblems + reading.problems).all
        let placing = importer
        return try appendEvents(
            reading, submission: name, to: log, sealing: sealing, arguments: arguments, invocation: invocation,
            command: "import", render: { placing.place($0).rendered(file: name) })
    }
}

/// The arguments of `cohort import`.
struct ImportOptions: CommandOptions, AppendingOptions {
    static let positionals = [Positional.log, Positional("FILE.csv")]
    static let type = OptionSpec.value("type", "T", "the event type of every row (reflection.recorded, attendance.recorded, …)")
        .shown(.required)
    static let by = OptionSpec.value("by", "ID", "who records the rows without a by cell")
    static let timeZone = OptionSpec.value("time-zone", "ZONE", "the zone of local times in at: Europe/Amsterdam, UTC, +02:00")
    static let ignoreColumn = OptionSpec.value("ignore-column", "NAME", repeatable: true, "leave the column NAME out")
    static let formats: [OutputFormat] = [.text, .json]
    static let options: [OptionSpec] = [
        type, by, timeZone, ignoreColumn,
        OptionSpec.language.help("the language of its messages (default: from LC_ALL, LC_MESSAGES or LANG; else en)").shown(.hidden),
        .format(formats),
    ]

    let log: String
    /// The CSV file; `-` for standard input.
    let source: String
    /// The event type of every row, one a CSV can hold.
    let type: EventType
    /// Who records the rows without a by cell.
    let by: String?
    /// The zone of local times in at; nil: local times are refused.
    let timeZone: TimeZoneRules?
    /// The columns to leave out, by their header.
    let ignoredColumns: [String]
    let language: Language
    let format: OutputFormat

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        source = arguments.positionals[1]
        guard let typeName = arguments.value(Self.type) else {
            throw UsageError("say which event type the rows are: --type T (such as reflection.recorded)")
        }
        guard let type = EventType(rawValue: typeName) else {
            throw UsageError("--type \"\(typeName)\" is not an event type ("
                             + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
        }
        guard CSVImport.canImport(type) else {
            throw UsageError("--type \(type.rawValue) has fields that hold objects, which a CSV cell cannot; submit it with `cohort append`")
        }
        self.type = type
        ignoredColumns = arguments.values(Self.ignoreColumn)
        by = arguments.value(Self.by)
        if let by, ActorID(by) == nil {
            throw UsageError("--by \"\(by)\" is not an id such as f1 or p03")
        }
        if let zone = arguments.value(Self.timeZone) {
            do throws(TimeZoneRules.Failure) {
                timeZone = try TimeZoneRules.named(zone, directory: invocation.environment["TZDIR"])
            } catch {
                throw UsageError("--time-zone: \(error.message)")
            }
        } else {
            timeZone = nil
        }
        language = Language(arguments, invocation: invocation)
        format = OutputFormat(arguments, offered: Self.formats)
    }
}

/// The other names of fields, by field: `at: datum, tijd, …; by: door, …`.
private let synonymList: String = {
    var targets: [String] = []
    for (_, target) in CSVImport.synonyms where !targets.contains(target) { targets.append(target) }
    return targets.map { target in
        target + ": " + CSVImport.synonyms.filter { $0.target == target }.map(\.header).joined(separator: ", ")
    }.joined(separator: "; ") + "."
}()

/// `text` broken into lines of at most `width` characters, at spaces.
private func wrapped(_ text: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        if !line.isEmpty && line.count + 1 + word.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
}
