extension WriterRule {
    /// 5.5: `support.given`: `from` ≠ `to`; `wish`, when given, belongs to `to`.
    public static let supportBetweenTwo = WriterRule(
        code: .ruleSupportBetweenTwo, section: "5.5",
        summary: "support goes from one person to another, on a wish of the receiver",
        types: [.supportGiven]
    ) { candidate, state, report in
        guard case .supportGiven(let e) = candidate.event else { return [] }
        var problems: [Diagnostic] = []
        if e.from.rawValue == e.to.rawValue {
            problems.append(report.problem(
                "data.to", "data.from and data.to are both \(quoted(e.to.rawValue)): support is given to someone else",
                hint: "record what one learned alone as a reflection"))
        }
        if let wish = e.wish, let owner = state.wishOwners[wish.rawValue], owner != e.to.rawValue {
            problems.append(report.problem(
                "data.wish", "data.wish \(quoted(wish.rawValue)) is a wish of \(quoted(owner)), not of the receiver \(quoted(e.to.rawValue))",
                hint: "name a wish of \(e.to.rawValue), or leave wish out"))
        }
        return problems
    }
}
