import CohortLog
import CohortProjections

/// Seals submission lines into records in memory (fixed clock and salts), for given/then tests of
/// folds: given these events, then this state.
func given(_ lines: [String], recorded: String = "2015-02-01T12:00:00Z") -> [Record] {
    let reading = SubmissionReader.read(Array(lines.joined(separator: "\n").utf8))
    precondition(reading.problems.isEmpty, "\(reading.problems)")
    var records: [Record] = []
    var head = Digest.zero
    var parser = RecordParser()
    let time = Timestamp(recorded) ?? Timestamp(epochSeconds: 0)
    for (index, event) in reading.events.enumerated() {
        var sealer = Sealer(after: index, head: head, environment: SealingEnvironment(now: { time }, salt: { "0123456789abcdef0123456789abcdef" }))
        var bytes: [UInt8] = []
        head = sealer.seal(event, id: event.derivedID(ordinal: index + 1), to: &bytes)
        bytes.removeLast()
        let outcome = bytes.withUnsafeBytes { parser.parse($0, number: index + 1) }
        if case .record(let record) = outcome { records.append(record) }
    }
    return records
}

/// The cohort state of `records`.
func fold(_ records: [Record]) -> CohortState {
    var state = CohortState()
    for record in records { state.apply(record) }
    return state
}

/// A small opening: organiser, a facilitator, three participants, two sessions.
let opening = [
    #"{"type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"T","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":1,"max":9},"dagdelen":4,"fee":{"amountCents":1,"currency":"EUR","vat":"excluded"}}}"#,
    #"{"type":"facilitator.joined","at":"2014-04-01T10:05:00+02:00","by":"org","data":{"facilitator":"f1","name":"Fien"}}"#,
    #"{"type":"participant.registered","at":"2014-05-02T09:00:00+02:00","by":"f1","data":{"participant":"pa","municipality":"Leiden","name":"Anna"}}"#,
    #"{"type":"participant.registered","at":"2014-05-02T09:01:00+02:00","by":"f1","data":{"participant":"pb","municipality":"Delft","name":"Bram"}}"#,
    #"{"type":"participant.registered","at":"2014-05-02T09:02:00+02:00","by":"f1","data":{"participant":"pc","municipality":"Gouda","name":"Cor"}}"#,
    #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s1","title":"Start","kind":"start","days":["2014-06-12"],"dagdelen":2}}"#,
    #"{"type":"session.scheduled","at":"2014-05-10T12:01:00+02:00","by":"f1","data":{"session":"s2","title":"Slot","kind":"closing","days":["2014-09-23"],"dagdelen":2}}"#,
]
