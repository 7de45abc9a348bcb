import CohortLog

/// `cohort show` as text: one line per record.
public enum RecordListReport {
    /// `   7  2014-06-12T11:00:00+02:00  wish.stated            pa   wish w-pa-1 of pa …`
    public static func line(_ record: Record) -> String {
        let seq: String = String(record.seq).leftPadded(to: 5)
        let type: String = record.type.rawValue.padded(to: 22)
        let by: String = record.by.rawValue.padded(to: 5)
        return "\(seq)  \(record.at)  \(type) \(by) \(EventSummary.line(record.event))"
    }
}
