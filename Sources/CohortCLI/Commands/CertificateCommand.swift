import CohortLog
import CohortProjections
import CohortReports

extension Command {
    /// `cohort certificate LOG PARTICIPANT`.
    static let certificate = Command(
        name: "certificate",
        summary: "a certificate of participation, or a refusal with the figures",
        details: """
        A one-page certificate of participation: the programme and its organiser, the period, the dagdelen
        attended of those held, the facilitators, the participant's assignment and the date of issue (the
        --as-of day, else the day of the latest record). Attendance is measured against the sessions held
        by that day (not cancelled, first day on or before it; none counted after a withdrawal): sessions
        still to come are not counted against anyone. Only when the attendance supports it: at least
        --minimum percent (default 80) of the dagdelen held; otherwise a refusal with the figures (exit 1):
        a line on standard error and, with --format html, a page too. html reads on a phone and prints on
        one A4 page.
        """,
        options: CertificateOptions.self
    ) { arguments, invocation in
        let log = arguments.log
        let participant = arguments.participant
        let options = arguments.report
        let minimum = arguments.minimum
        let (state, _) = try options.cohort(log, invocation: invocation, command: "certificate")
        guard let certificate = Certificate(state, participant: participant, day: options.window.asOfDay) else {
            throw UsageError("there is no participant \(participant) in \(log)", command: "certificate")
        }
        let page = CertificatePage(certificate, words: options.language.words)
        guard certificate.qualifies(minimum: minimum) else {
            invocation.err.line("cohort certificate: " + page.refusal(minimum: minimum))
            guard options.format == .html else { return 1 }
            return try invocation.withOutput(options.output, protecting: [log]) { out in
                out.write(page.refusalPage(minimum: minimum))
                return 1
            }
        }
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
        "minimum", "PERCENT", "the attendance a certificate needs, in percent of the dagdelen held (default 80)")
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
    /// The attendance a certificate needs, in percent of the dagdelen held: `--minimum`, else 80.
    let minimum: Int

    init(_ arguments: ParsedArguments, invocation: Invocation) throws(UsageError) {
        log = arguments.positionals[0]
        participant = arguments.positionals[1]
        report = try ReportOptions(arguments, offer: Self.offer, invocation: invocation)
        minimum = try arguments.number(Self.minimum, in: 0...100) ?? 80
    }
}
