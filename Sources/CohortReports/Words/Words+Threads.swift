/// The words of a participant's timeline told as threads: one per wish, then the assignment, what they gave, attendance.
public struct ThreadWords: Sendable {
}

extension ThreadWords {
    /// English.
    public static let english = ThreadWords()

    /// Nederlands.
    public static let dutch = ThreadWords()
}
