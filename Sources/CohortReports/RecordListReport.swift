import CohortLog

/// `cohort show` as text: one line per record.
public enum RecordListReport {
    /// `    7  w-pa-1                  2014-06-12T11:00:00+02:00  wish.stated            pa    wish w-pa-1 of pa …`:
    /// seq, the record's id (what a retraction or an erasure names), at, type, by, and the event.
    public static func line(_ record: Record) -> String {
        let seq: String = String(record.seq).leftPadded(to: 5)
        let id: String = record.id.rawValue.padded(to: 22)
        let type: String = record.type.rawValue.padded(to: 22)
        let by: String = record.by.rawValue.padded(to: 5)
        return "\(seq)  \(id)  \(record.at)  \(type) \(by) \(EventSummary.line(record.event))"
    }
}
