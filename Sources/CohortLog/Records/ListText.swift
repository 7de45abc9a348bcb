/// How one value given as text holds a list (themes, days, contributors, targets), the same wherever a
/// person types one: a flag of `cohort add` (`--theme "vertrouwen, eigen regie"`), an answer to its
/// question, a cell of `cohort import`. The elements are separated by commas or semicolons; white space
/// at either end of each is dropped, and empty ones are left out. (So a theme holds no comma: `eigen
/// regie, vertrouwen` is always two themes.)
public enum ListText {
    /// The elements of `text`.
    public static func elements<S: StringProtocol>(_ text: S) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { part in
            String(part.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }.filter { !$0.isEmpty }
    }
}
