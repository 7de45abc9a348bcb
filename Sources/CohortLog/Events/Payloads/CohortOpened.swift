/// The programme opens: its facts as the organiser declares them. Always record 1 of a log.
public struct CohortOpened: EventPayload {
    /// The cohort's id.
    public var cohort: CohortID
    /// The programme's title ("Eigen regie en vertrouwen").
    public var title: String
    /// Who organises the programme (an id; records `cohort.opened` and `facilitator.joined`).
    public var organiser: OrganiserID
    /// The organisation's name as it is shown (`Werken in het Westen`), when given: an organisation, not a
    /// person, so not personal data.
    public var organiserName: String?
    /// The first and last day of the programme.
    public var period: Period
    /// The smallest and largest number of participants.
    public var participants: GroupSize
    /// The declared size of the trajectory in *dagdelen* (half-day parts).
    public var dagdelen: Int
    /// The fee per participant.
    public var fee: Fee
    /// The subsidy that finances part of the trajectory, when there is one.
    public var subsidy: Subsidy?
    /// The last day of registration, when there is one.
    public var registrationDeadline: Day?

    /// The first and last day of the programme.
    public struct Period: Sendable, Equatable {
        public var from: Day
        public var to: Day
    }

    /// The bounds on the number of participants.
    public struct GroupSize: Sendable, Equatable {
        public var min: Int
        public var max: Int
    }

    /// The fee per participant.
    public struct Fee: Sendable, Equatable {
        /// The amount in euro cents.
        public var amount: Cents
        /// The currency code (`EUR`).
        public var currency: String
        /// Whether the amount includes VAT.
        public var vat: VAT
    }

    /// Who pays which share of the trajectory.
    public struct Subsidy: Sendable, Equatable {
        /// The fund's name.
        public var fund: String
        /// The fund's scheme.
        public var scheme: String
        /// The share of the trajectory the fund pays, in percent (1–99).
        public var percent: Int
    }

    public static let type = EventType.cohortOpened
    public static let fields: [FieldSpec] = [
        .required("cohort", .id(.cohort, .introduces), "the cohort's id"),
        .required("title", .text, "the programme's title"),
        .required("organiser", .id(.organiser, .introduces), "the organiser's id"),
        .optional("organiserName", .text, "the organisation's name as it is shown (not personal)"),
        .required("period", .object([
            .required("from", .date, "the programme's first day"),
            .required("to", .date, "the programme's last day"),
        ]), "the programme's first and last day"),
        .required("participants", .object([
            .required("min", .integer(0...1000), "the smallest group that goes ahead"),
            .required("max", .integer(1...1000), "the largest group"),
        ]), "the bounds on the group's size"),
        .required("dagdelen", .integer(0...1000), "the trajectory's size in dagdelen (half-day parts)"),
        .required("fee", .object([
            .required("amountCents", .cents, "the fee per participant in euro cents"),
            .required("currency", .currency, "the currency code, such as EUR"),
            .required("vat", .choice(VAT.self), "whether the fee includes VAT"),
        ]), "the fee per participant"),
        .optional("subsidy", .object([
            .required("fund", .text, "the fund's name"),
            .required("scheme", .text, "the fund's scheme"),
            .required("percent", .integer(1...99), "the fund's share of the trajectory in percent"),
        ]), "the subsidy that pays part of the trajectory"),
        .optional("registrationDeadline", .date, "the last day of registration"),
    ]

    public init?(_ v: FieldValues) {
        guard let cohort: CohortID = v.id("cohort"), let title = v.text("title"),
            let organiser: OrganiserID = v.id("organiser"),
            let period = v.object("period"), let from = period.date("from"), let to = period.date("to"),
            let size = v.object("participants"), let min = size.integer("min"), let max = size.integer("max"),
            let dagdelen = v.integer("dagdelen"),
            let fee = v.object("fee"), let amount = fee.cents("amountCents"), let currency = fee.text("currency"),
            let vat: VAT = fee.choice("vat")
        else { return nil }
        self.cohort = cohort
        self.title = title
        self.organiser = organiser
        organiserName = v.text("organiserName")
        self.period = Period(from: from, to: to)
        participants = GroupSize(min: min, max: max)
        self.dagdelen = dagdelen
        self.fee = Fee(amount: amount, currency: currency, vat: vat)
        if let subsidy = v.object("subsidy"), let fund = subsidy.text("fund"), let scheme = subsidy.text("scheme"),
            let percent = subsidy.integer("percent")
        {
            self.subsidy = Subsidy(fund: fund, scheme: scheme, percent: percent)
        }
        registrationDeadline = v.date("registrationDeadline")
    }

    public func visitIDs(_ visitor: inout some IDVisitor) {
        visitor.visit(cohort, .introduces, "data.cohort")
        visitor.visit(organiser, .introduces, "data.organiser")
    }
}
