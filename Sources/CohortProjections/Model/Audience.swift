import CohortLog

/// Who a report is for, and so what it may show (`--audience`, docs/FORMAT.md "Who may see what").
public enum Audience: Sendable, Equatable, CustomStringConvertible {
    /// Only what may be shown at the manifestation.
    case `public`
    /// Everyone in the cohort: group and public items.
    case group
    /// The facilitators (and the audit): everything.
    case facilitator
    /// One participant: group and public items, and their own private ones.
    case participant(PersonID)

    /// Parses `public`, `group`, `facilitator` or `participant:ID`.
    public init?(_ text: String) {
        switch text {
        case "public": self = .public
        case "group": self = .group
        case "facilitator": self = .facilitator
        default:
            guard text.hasPrefix("participant:"), let id = PersonID(String(text.dropFirst("participant:".count))) else {
                return nil
            }
            self = .participant(id)
        }
    }

    public var description: String {
        switch self {
        case .public: "public"
        case .group: "group"
        case .facilitator: "facilitator"
        case .participant(let id): "participant:\(id)"
        }
    }

    /// Whether this audience may see an item of `visibility` whose private side belongs to `owners`.
    ///
    /// `private` means the owners (the person concerned; for support the giver and the receiver) and
    /// the facilitators.
    public func sees(_ visibility: Visibility, owners: [String]) -> Bool {
        switch self {
        case .facilitator: true
        case .group: visibility != .private
        case .public: visibility == .public
        case .participant(let id): visibility != .private || owners.contains(id.rawValue)
        }
    }

    /// Whether this audience may see what is always private to `owner` (attendance, a withdrawal's
    /// reason, an e-mail address, an invoice).
    public func seesPrivate(of owner: String) -> Bool {
        sees(.private, owners: [owner])
    }

    /// Whether this audience is inside the cohort (sees group items: names, municipalities).
    public var isInsideCohort: Bool { self != .public }
}
