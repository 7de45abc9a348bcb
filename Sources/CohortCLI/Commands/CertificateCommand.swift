import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort certificate LOG PARTICIPANT`.
    static let certificate = Command(
        name: "certificate",
        summary: "a certificate of participation, or a refusal with the figures",
        details: """
        A one-page certificate of participation: the programme, the period, the dagdelen attended of those
        scheduled (sessions not cancelled; none counted after a withdrawal), the facilitators and the
        participant's assignment. Only when the attendance supports it: at least --minimum percent (default
        80) of the scheduled dagdelen; otherwise a refusal with the figures (exit 1). html is a printable A4
        page.
        """,
        options: CertificateOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let participant = arguments.participant
        let options = arguments.report
        let minimum = arguments.minimum
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
        return try invocation.withOutput(options.output, protecting: [log]) { out in
            out.write(options.format == .html ? page.html : page.text)
            return 0
        }
    }
}

/// The arguments of `cohort certificate`.
struct CertificateOptions: CommandOptions {
    static let positionals = [Positional.log, Positional("PARTICIPANT")]
    static let offer = ReportOptions.Offer(formats: [.text, .html], audience: nil)
    static let minimum = OptionSpec.value(
        "minimum", "PERCENT", "the attendance a certificate needs, in percent of the scheduled dagdelen (default 80)")
    static let options: [OptionSpec] = [
        .format(offer.formats), minimum,
        OptionSpec.asOf.help("the cohort as it had happened by T"),
        OptionSpec.knownAt.help("the cohort as the log knew it at T").shown(.hidden),
        OptionSpec.language.help("the certificate's language (default: from the locale; else en)"),
        .output,
    ]

    let log: String
    /// Whose certificate.
    let participant: String
    let report: ReportOptions
    /// The attendance a certificate needs, in percent of the scheduled dagdelen: `--minimum`, else 80.
    let minimum: Int

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        participant = arguments.positionals[1]
        report = try ReportOptions(arguments, offer: Self.offer, invocation: invocation)
        minimum = try arguments.number(Self.minimum, in: 0...100) ?? 80
    }
}
