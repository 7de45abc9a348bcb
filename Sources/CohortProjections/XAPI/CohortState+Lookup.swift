import CohortLog

extension CohortState {
    /// The assignment with `id`, if known.
    func assignment(_ id: String) -> Assignment? { assignmentIndex[id].map { assignments[$0] } }

    /// The learning line with `id`, if known (lines are few: a search).
    func line(_ id: String) -> LearningLine? { lines.first { $0.id.rawValue == id } }
}
