import CohortLog

extension Record {
    /// Whether its personal values are erased in the file (`{"redacted":…}`): by a `data.redacted`, or
    /// in an evidence copy.
    var isErased: Bool {
        if case .redacted = personal { return true }
        return false
    }
}
