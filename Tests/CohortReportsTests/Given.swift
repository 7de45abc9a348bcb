import CohortLog
import CohortProjections

/// Seals submission lines into records in memory (fixed clock and salts), as CohortProjectionsTests'
/// `given` does: a report's state from a few events, without a file.
func given(_ lines: [String], recorded: String = "2014-10-02T12:00:00Z") -> [Record] {
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

/// The audit of `records`, as if read from a log named `file` that verifies.
func audit(_ records: [Record], file: String) -> AuditResult {
    var facts = AuditFacts()
    for record in records { facts.apply(record) }
    return Audit.result(file: file, verifier: LogVerifier(), facts: facts)
}

/// A small cohort: a programme with a fee and a subsidy, a facilitator, two participants and two
/// sessions; a wish, support, attendance, one invoice, a withdrawal and a claim that asks too much.
let smallCohort = [
    #"{"type":"cohort.opened","at":"2014-04-01T10:00:00+02:00","by":"org","data":{"cohort":"c","title":"Proef","organiser":"org","period":{"from":"2014-06-01","to":"2014-12-31"},"participants":{"min":1,"max":9},"dagdelen":4,"fee":{"amountCents":155000,"currency":"EUR","vat":"excluded"},"subsidy":{"fund":"F","scheme":"S","percent":50}}}"#,
    #"{"type":"facilitator.joined","at":"2014-04-01T10:05:00+02:00","by":"org","data":{"facilitator":"f1","name":"Fien"}}"#,
    #"{"type":"participant.registered","at":"2014-05-02T09:00:00+02:00","by":"f1","data":{"participant":"pa","municipality":"Leiden","name":"Anna"}}"#,
    #"{"type":"participant.registered","at":"2014-05-02T09:01:00+02:00","by":"f1","data":{"participant":"pb","municipality":"Delft","name":"Bram"}}"#,
    #"{"type":"session.scheduled","at":"2014-05-10T12:00:00+02:00","by":"f1","data":{"session":"s1","title":"Start","kind":"start","days":["2014-06-12"],"dagdelen":2}}"#,
    #"{"type":"session.scheduled","at":"2014-05-10T12:01:00+02:00","by":"f1","data":{"session":"s2","title":"Slot","kind":"closing","days":["2014-09-23"],"dagdelen":2}}"#,
    #"{"type":"fee.invoiced","at":"2014-06-02T09:00:00+02:00","by":"f1","data":{"invoice":"inv-pa","participant":"pa","amountCents":155000}}"#,
    #"{"type":"wish.stated","at":"2014-06-12T10:30:00+02:00","by":"pa","data":{"wish":"w-pa","participant":"pa","themes":["regie"],"visibility":"group","text":"Ik wil *leren* loslaten."}}"#,
    #"{"type":"support.given","at":"2014-06-12T15:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w-pa","session":"s1","visibility":"group"}}"#,
    #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
    #"{"type":"attendance.recorded","at":"2014-06-12T17:01:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":1}}"#,
    #"{"type":"participant.withdrew","at":"2014-07-01T09:00:00+02:00","by":"f1","data":{"participant":"pb","reason":"verhuisd"}}"#,
    #"{"type":"attendance.recorded","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"session":"s2","participant":"pa","dagdelen":2}}"#,
    #"{"type":"subsidy.claimed","at":"2014-10-01T10:00:00+02:00","by":"f1","data":{"claim":"c1","amountCents":77500,"participants":2,"attendedDagdelen":4}}"#,
    #"{"type":"assignment.started","at":"2014-10-05T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","participant":"pa","visibility":"group","title":"Regelarm werken","description":"Twee teams."}}"#,
    #"{"type":"assignment.progressed","at":"2014-10-06T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","progress":60,"note":"Eerste team."}}"#,
    #"{"type":"reflection.recorded","at":"2014-10-07T20:00:00+02:00","by":"pa","data":{"reflection":"r-pa","participant":"pa","session":"s2","wish":"w-pa","visibility":"group","text":"Loslaten lukt."}}"#,
    #"{"type":"wish.stated","at":"2014-10-08T10:00:00+02:00","by":"pa","data":{"wish":"w-pa2","participant":"pa","visibility":"group","text":"Vertrouwen geven."}}"#,
    #"{"type":"wish.closed","at":"2014-10-08T10:01:00+02:00","by":"pa","data":{"wish":"w-pa","outcome":"transformed","into":"w-pa2"}}"#,
    #"{"type":"assignment.completed","at":"2014-10-09T09:00:00+02:00","by":"pa","data":{"assignment":"as-pa","result":"Klaar."}}"#,
    #"{"type":"harvest.contributed","at":"2014-10-10T16:00:00+02:00","by":"f1","data":{"item":"h-1","kind":"story","contributors":["pa"],"title":"Regels los","text":"Zo ging het."}}"#,
]
