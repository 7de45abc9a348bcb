/// The words of `cohort prepare`: the sheet for the next session.
public struct PrepareWords: Sendable {
}

extension PrepareWords {
    /// English.
    public static let english = PrepareWords()

    /// Nederlands.
    public static let dutch = PrepareWords()
}
