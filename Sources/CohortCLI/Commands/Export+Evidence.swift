import CohortLog
import CohortReports

extension Command {
    /// `cohort export LOG --evidence [-o FILE]`: the fund's copy of a log that verifies, written whole
    /// or not at all; a summary on standard error.
    static func exportEvidence(log: String, output: String?, invocation: Invocation) throws -> Int32 {
        let verified = try invocation.logSource(log, command: "export").log
        let meter = ProgressMeter("export: writing the evidence copy", path: log, invocation: invocation)
        let copy = try invocation.withOutput(output, protecting: [log]) { out in
            try EvidenceCopy.write(verified, progress: meter.callback) { bytes in out.write(bytes: bytes) }
        }
        meter.finish()
        let w = Words.english
        invocation.err.line(
            "cohort export: the evidence copy of \(log): \(w.count(copy.records, .record)), personal data withheld from "
                + "\(copy.withheld + copy.erased) (\(copy.erased) of them erased in the log already); head \(verified.head.hex)")
        return 0
    }
}
