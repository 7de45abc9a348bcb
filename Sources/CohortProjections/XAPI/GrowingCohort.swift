import CohortLog

/// The cohort as the log told it after each of its records: what an export made at that moment read.
///
/// Fed the records of a window in log order, it holds the records so far less those retracted so far:
/// a record that a later retraction takes back is still in the state until that retraction comes, as it
/// was for an export made before it. The exports that must stay true to what they said earlier (xAPI
/// statements, calendar events) compare what they would say at such moments.
///
/// A fold cannot be undone, so a retraction folds the state again, from a copy taken before the first
/// record still awaiting its retraction (the replay's standing tells which records will be retracted),
/// over the records since. Time and memory grow with the records between a retracted record and its
/// retraction, not with the log.
///
/// For example, `s2` scheduled (record 5), rescheduled (record 9), the rescheduling retracted (record 12):
/// after record 9 the state has `s2` on its new days; after record 12, on its first days again.
struct GrowingCohort: Sendable {
    /// The cohort now: the records so far, less those retracted so far (and less the retractions).
    private(set) var state = CohortState()
    /// The ids of the records retracted so far.
    private(set) var retracted: Set<String> = []
    /// The state before the first record still awaiting its retraction; nil when none awaits one.
    private var base: CohortState?
    /// The records folded since `base`, in log order.
    private var since: [Record] = []
    /// The records since `base` that a later retraction will take back and that have not been yet.
    private var awaiting: Set<String> = []

    /// An empty cohort.
    init() {}

    /// Folds in `record`, the next of the window; `willBeRetracted` says whether a retraction later in the
    /// window takes it back. Retractions themselves are not folded in (``retract(_:refolded:)`` is).
    mutating func add(_ record: Record, willBeRetracted: Bool) {
        if record.type == .eventRetracted { return }
        if willBeRetracted {
            if base == nil {
                base = state
                since = []
            }
            awaiting.insert(record.id.rawValue)
        }
        if base != nil { since.append(record) }
        state.apply(record)
    }

    /// Takes `target` back: the state is folded again without it. `refolded` is called, in log order, for
    /// each record folded again, with the state just before it (what that record is read against now).
    mutating func retract(_ target: RecordID, refolded: (Record, CohortState) -> Void) {
        guard !retracted.contains(target.rawValue) else { return }
        retracted.insert(target.rawValue)
        guard let base, awaiting.remove(target.rawValue) != nil else { return }
        var state = base
        for record in since where !retracted.contains(record.id.rawValue) {
            refolded(record, state)
            state.apply(record)
        }
        self.state = state
        if awaiting.isEmpty {
            self.base = nil
            since = []
        }
    }
}
