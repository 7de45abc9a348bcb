extension WriterRule {
    /// 5.9: a record tells what has happened: its `at` is not after its `recorded` (compared as
    /// instants). A writer refuses an event dated in its own future; a session's future days are data,
    /// not `at`.
    public static let atNotAfterRecorded = WriterRule(
        code: .ruleAtNotAfterRecorded, section: "5.9",
        summary: "at is not after recorded: a record tells what has happened"
    ) { candidate, _, report in
        guard candidate.at > candidate.recorded else { return [] }
        return [report.problem(
            "at", "at \(candidate.at) is after the moment it is written (\(candidate.recorded.inUTC)): a record tells what has happened, not what will",
            hint: "give the moment it happened; a session's future days are data (session.scheduled days), not at")]
    }
}
