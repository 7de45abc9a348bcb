/// The words of `cohort lines`: theme dynamics, evidence-tied lines and value-creation stories.
public struct LinesWords: Sendable {
}

extension LinesWords {
    /// English.
    public static let english = LinesWords()

    /// Nederlands.
    public static let dutch = LinesWords()
}
