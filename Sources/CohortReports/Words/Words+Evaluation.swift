/// The words of `cohort evaluate`: the programme against its promises.
public struct EvaluationWords: Sendable {
}

extension EvaluationWords {
    /// English.
    public static let english = EvaluationWords()

    /// Nederlands.
    public static let dutch = EvaluationWords()
}
