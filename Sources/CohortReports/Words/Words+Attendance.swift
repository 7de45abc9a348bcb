/// The words of the attendance list (`cohort attendance`), as text and as CSV.
public struct AttendanceWords: Sendable {
    /// The heading: `Attendance list: Proefgroep eigen regie`.
    public let list: @Sendable (_ title: String) -> Inline
    /// The columns of the CSV and the first of the table.
    public let participant: String
    public let name: String
    public let municipality: String
    public let total: String
    public let possible: String
    public let rate: String
    /// The legend of an empty cell of a session held.
    public let notRecorded: String
    /// Printed below the list when a recorded figure counts less (after a withdrawal, above the
    /// session's size).
    public let notCounted: String
}

extension AttendanceWords {
    /// English.
    public static let english = AttendanceWords(
        list: { "Attendance list: \(user: $0)" },
        participant: "participant", name: "name", municipality: "municipality", total: "total", possible: "possible",
        rate: "rate", notRecorded: "· = not recorded",
        notCounted: "* recorded, but counted less: the session began after the participant withdrew, or is smaller than recorded")

    /// Nederlands.
    public static let dutch = AttendanceWords(
        list: { "Presentielijst: \(user: $0)" },
        participant: "deelnemer", name: "naam", municipality: "gemeente", total: "totaal", possible: "mogelijk",
        rate: "percentage", notRecorded: "· = niet vastgelegd",
        notCounted: "* vastgelegd, maar telt minder mee: de bijeenkomst begon nadat de deelnemer zich terugtrok, of is kleiner dan vastgelegd")
}
