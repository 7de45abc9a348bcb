/// The words of `cohort replay`: the history session by session, the meeting apart from the practice between meetings.
public struct ReplayWords: Sendable {
}

extension ReplayWords {
    /// English.
    public static let english = ReplayWords()

    /// Nederlands.
    public static let dutch = ReplayWords()
}
