/// The stable name of the check that found a problem, as diagnostics print it (`rule.references-known`).
///
/// A closed list, as the audit's finding codes are: a test names every code a person can meet, and a new
/// check cannot print a name that is not here. The families: `format.` (a line is not what the format
/// says), `chain.` (seq and the digest chain), `redaction.` (erasures), `rule.` (the writer's rules, one
/// ``WriterRule`` each), and `csv.` and `import.` (reading a spreadsheet for `cohort import`).
public enum DiagnosticCode: String, Sendable, CaseIterable, CustomStringConvertible {
    // A line of a log or a submission.
    case formatEmpty = "format.empty"
    case formatLine = "format.line"
    case formatJSON = "format.json"
    case formatEnvelope = "format.envelope"
    case formatTornTail = "format.torn-tail"
    case formatUnknown = "format.unknown"
    case formatDuplicate = "format.duplicate"
    case formatMissing = "format.missing"
    case formatType = "format.type"
    case formatID = "format.id"
    case formatTimestamp = "format.timestamp"
    case formatDate = "format.date"
    case formatValue = "format.value"
    case formatPersonal = "format.personal"

    // The chain.
    case chainSeq = "chain.seq"
    case chainPrev = "chain.prev"
    case chainHead = "chain.head"

    // Erasures.
    case redactionUnfinished = "redaction.unfinished"
    case redactionUnauthorised = "redaction.unauthorised"

    // The writer's rules, in the order of ``WriterRule/all``.
    case ruleOpensFirst = "rule.opens-first"
    case ruleReferencesKnown = "rule.references-known"
    case ruleIDsNew = "rule.ids-new"
    case ruleRecorderAllowed = "rule.recorder-allowed"
    case ruleGroupSize = "rule.group-size"
    case ruleWithdrawnNotNamed = "rule.withdrawn-not-named"
    case ruleSupportBetweenTwo = "rule.support-between-two"
    case ruleAttendanceWithinSession = "rule.attendance-within-session"
    case ruleSessionDaysDistinct = "rule.session-days-distinct"
    case ruleSessionKeepsAttendance = "rule.session-keeps-attendance"
    case ruleIDUnique = "rule.id-unique"
    case ruleRetractionTarget = "rule.retraction-target"
    case ruleAtNotAfterRecorded = "rule.at-not-after-recorded"
    case ruleRedactionTarget = "rule.redaction-target"

    // A spreadsheet read for `cohort import`.
    case csvUTF8 = "csv.utf8"
    case csvQuote = "csv.quote"
    case csvCells = "csv.cells"
    case csvEmpty = "csv.empty"
    case importColumn = "import.column"
    case importTime = "import.time"
    case importValue = "import.value"

    public var description: String { rawValue }
}
