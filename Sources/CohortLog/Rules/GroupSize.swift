extension WriterRule {
    /// 5.4: at most `participants.max` registered participants who have not withdrawn.
    public static let groupSize = WriterRule(
        code: .ruleGroupSize, section: "5.4",
        summary: "at most participants.max registered participants who have not withdrawn",
        types: [.participantRegistered]
    ) { candidate, state, report in
        guard case .participantRegistered(let e) = candidate.event, state.people[e.participant.rawValue] == nil,
            state.activeParticipants + 1 > state.maxParticipants
        else { return [] }
        return [report.problem(
            "data.participant",
            "registering \(quoted(e.participant.rawValue)) makes \(state.activeParticipants + 1) participants; the cohort allows at most \(state.maxParticipants)",
            hint: "a participant must withdraw first, or the cohort is full")]
    }
}
