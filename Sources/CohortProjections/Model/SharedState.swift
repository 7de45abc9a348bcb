/// A cohort state held once and shared by the views that read their items from it by place (a
/// harvest's stories and threads, a learning line), instead of each holding copies of the items.
public final class SharedState: Sendable {
    public let state: CohortState

    public init(_ state: CohortState) {
        self.state = state
    }
}
