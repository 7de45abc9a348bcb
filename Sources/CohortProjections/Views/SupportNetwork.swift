import CohortLog

/// Who supported whom, how often, of which kind, on which wish.
public struct SupportNetwork: Sendable {
    /// All support from one person to another.
    public struct Edge: Sendable, Equatable {
        public var from: PersonID
        public var to: ParticipantID
        /// How many times.
        public var count: Int
        /// How many times of each kind.
        public var kinds: [SupportKind: Int]
        /// The wishes of `to` it served, in order of first support.
        public var wishes: [WishID]
    }

    /// The edges, by giver then receiver.
    public let edges: [Edge]

    /// The network of the support in `state`.
    public init(_ state: CohortState) {
        // Each edge is changed in place, and the wishes it served are kept in a set beside it as well:
        // a long log holds hundreds of thousands of support records over a few hundred edges.
        var places: [String: Int] = [:]
        var edges: [Edge] = []
        var served: [Set<WishID>] = []
        for support in state.supports {
            let key = support.from.rawValue + "\u{0}" + support.to.rawValue
            let place = places[key] ?? {
                places[key] = edges.count
                edges.append(Edge(from: support.from, to: support.to, count: 0, kinds: [:], wishes: []))
                served.append([])
                return edges.count - 1
            }()
            edges[place].count += 1
            edges[place].kinds[support.kind, default: 0] += 1
            if let wish = support.wish, served[place].insert(wish).inserted { edges[place].wishes.append(wish) }
        }
        self.edges = edges.sorted { ($0.from.rawValue, $0.to.rawValue) < ($1.from.rawValue, $1.to.rawValue) }
    }

    /// Support given by each person.
    public var given: [String: Int] { edges.reduce(into: [:]) { $0[$1.from.rawValue, default: 0] += $1.count } }
    /// Support received by each participant.
    public var received: [String: Int] { edges.reduce(into: [:]) { $0[$1.to.rawValue, default: 0] += $1.count } }
}
