import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort certificate LOG PARTICIPANT`.
    static let certificate = Command(
        name: "certificate",
        summary: "a certificate of participation, or a refusal with the figures",
        usage: "cohort certificate LOG PARTICIPANT [--format text|html] [--minimum PERCENT] [--as-of T] [--lang en|nl] [-o FILE]",
        details: """
        A one-page certificate of participation: the programme, the period, the dagdelen attended of those
        scheduled (sessions not cancelled; none counted after a withdrawal), the facilitators and the
        participant's assignment. Only when the attendance supports it: at least --minimum percent (default
        80) of the scheduled dagdelen; otherwise a refusal with the figures (exit 1). html is a printable A4
        page.
        """,
        options: [.format(["text", "html"]),
                  .value("minimum", "PERCENT", "the attendance a certificate needs, in percent of the scheduled dagdelen (default 80)"),
                  .value("as-of", "T", "the cohort as it had happened by T"),
                  .value("known-at", "T", "the cohort as the log knew it at T"),
                  .value("lang", "LANG", choices: ["en", "nl"], "the certificate's language (default: from the locale; else en)"),
                  .output],
        positionals: 2...2, positionalNames: ["LOG", "PARTICIPANT"]
    ) { arguments, invocation in
        let log = arguments.positionals[0]
        let participant = arguments.positionals[1]
        let options = try ReportOptions(arguments, invocation: invocation, defaultAudience: .facilitator, command: "certificate")
        var minimum = 80
        if let text = arguments.value("minimum") {
            guard let value = Int(text), (0...100).contains(value) else {
                throw UsageError("--minimum must be a whole number from 0 to 100, not \"\(text)\"", command: "certificate")
            }
            minimum = value
        }
        let (state, _) = try options.cohort(log, invocation: invocation, command: "certificate")
        guard let certificate = Certificate(state, participant: participant) else {
            throw UsageError("there is no participant \(participant) in \(log)", command: "certificate")
        }
        let words = options.language.words
        guard certificate.qualifies(minimum: minimum) else {
            let share = words.percent(certificate.attended, of: certificate.scheduled)
            invocation.err.line("cohort certificate: "
                + words.certificate.refused(participant, certificate.attended, certificate.scheduled, share, minimum))
            return 1
        }
        let page = CertificatePage(certificate, words: words)
        return try invocation.withOutput(arguments.value("output"), protecting: [log]) { out in
            out.write(options.format == "html" ? page.html : page.text)
            return 0
        }
    }
}
