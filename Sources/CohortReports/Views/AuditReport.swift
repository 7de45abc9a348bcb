import CohortLog
import CohortProjections

/// `cohort audit`: findings grouped by severity, then totals, per log, as text or JSON Lines.
public struct AuditReport: Sendable {
    public let results: [AuditResult]
    public let words: Words

    public init(_ results: [AuditResult], words: Words) {
        self.results = results
        self.words = words
    }

    /// The text for a person: each log's findings (errors, then warnings) and totals, then a summary over
    /// all logs when there are several.
    public var document: Document {
        let w = words
        let says = w.audit
        var document = Document()
        for result in results {
            document.heading(3, says.auditOf(result.file))
            document.paragraph(Inline(stringLiteral: result.ok ? says.ok : says.notOK))
            for severity in [Severity.error, .warning] {
                let findings = result.findings.filter { $0.severity == severity }
                guard !findings.isEmpty else { continue }
                let label = severity == .error ? says.errors : says.warnings
                document.heading(3, "\(label) (\(findings.count))")
                document.list(findings.map { finding in
                    let seq = finding.seq.map { " (seq \($0))" } ?? ""
                    return "\(strong: finding.code.rawValue)\(seq): \(user: w.message(finding))"
                })
            }
            guard let t = result.totals, let head = result.head, let evidence = result.evidence else {
                // A log that does not verify: what verify names and how much was read, no figures.
                if !result.problems.isEmpty {
                    document.heading(3, Inline(stringLiteral: says.problemsVerifyNames))
                    var items = result.problems.map { problem -> Inline in
                        "\(user: (problem.line > 0 ? says.onLine(problem.line) + ": " : "") + problem.message) [\(problem.check.rawValue)]"
                    }
                    if result.omittedProblems > 0 { items.append(Inline(stringLiteral: says.andMore(result.omittedProblems))) }
                    document.list(items)
                }
                document.paragraph(Inline(stringLiteral: says.noFiguresFromAnUnsoundLog(result.lines)))
                continue
            }
            document.heading(3, Inline(stringLiteral: says.totals))
            document.list([
                Inline(stringLiteral: "\(says.activeParticipants): \(t.activeParticipants)"),
                Inline(stringLiteral: "\(says.eligibleParticipants): \(t.eligibleParticipants)"),
                Inline(stringLiteral: "\(says.scheduledDagdelen): \(t.scheduledDagdelen)"),
                Inline(stringLiteral: "\(says.attendedDagdelen): \(t.attendedDagdelen)"),
                Inline(stringLiteral: "\(says.invoiced): \(w.euros(t.invoiced))"),
                Inline(stringLiteral: "\(says.claimable): \(w.euros(t.claimable))"),
                Inline(stringLiteral: "\(says.claimed): \(w.euros(t.claimed))"),
                Inline(stringLiteral: "\(says.records): \(result.records)"),
            ])
            document.paragraph("\(says.headAudited): \(head.hex)")
            addEvidence(evidence, to: &document)
        }
        if results.count > 1 {
            let ok = results.filter(\.ok).count
            let warnings = results.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
            document.heading(2, Inline(stringLiteral: says.summary))
            document.paragraph(Inline(stringLiteral: says.summaryOfLogs(results.count, ok, results.count - ok, warnings)))
        }
        return document
    }

    /// The working paper: each participant's registration, invoice and counted attendance with the
    /// `seq` of the record behind each figure (`#12`), then each claim against the evidence before it.
    func addEvidence(_ paper: AuditEvidence, to document: inout Document) {
        let w = words
        let says = w.audit
        guard !paper.rows.isEmpty else { return }
        document.heading(3, Inline(stringLiteral: says.evidence))
        let header: [Inline] = [Inline(stringLiteral: says.participant), Inline(stringLiteral: says.invoice)]
            + paper.sessions.map { "\(user: $0.id.rawValue) (#\($0.seq))" }
            + [Inline(stringLiteral: says.dagdelen), Inline(stringLiteral: says.claimable)]
        document.table(header, paper.rows.map { row in
            var participant = "\(row.participant.rawValue) (#\(row.registered.map(String.init) ?? "–"))"
            if let withdrew = row.withdrew { participant += says.withdrewAt(withdrew) }
            let invoice = row.invoice.map { "\($0.id) \(w.euros($0.amount)) (#\($0.seq))" } ?? "–"
            return [Inline.user(participant), Inline.user(invoice)]
                + row.attendance.map { cell in Inline(stringLiteral: cell.map { "\($0.dagdelen) (#\($0.seq))" } ?? "–") }
                + [Inline(stringLiteral: String(row.attended)), Inline(stringLiteral: row.eligible ? w.euros(row.claimable) : "–")]
        })
        guard !paper.claims.isEmpty else { return }
        document.table(
            [Inline(stringLiteral: says.claim), Inline(stringLiteral: says.participants),
             Inline(stringLiteral: says.dagdelen), Inline(stringLiteral: says.amount), Inline(stringLiteral: says.head)],
            paper.claims.map { claim in
                let head = claim.head.map { String($0.hex.prefix(12)) + "… " + (claim.headKnown ? "✓" : "✗") } ?? "–"
                return [Inline.user("\(claim.claim) (#\(claim.seq))"),
                        Inline(stringLiteral: "\(claim.claimed.participants) / \(claim.evidence.participants)"),
                        Inline(stringLiteral: "\(claim.claimed.dagdelen) / \(claim.evidence.dagdelen)"),
                        Inline(stringLiteral: "\(w.euros(claim.claimed.amount)) / \(w.euros(claim.evidence.amount))"),
                        Inline(stringLiteral: head)]
            })
        document.paragraph(Inline(stringLiteral: says.perClaim))
    }

    /// One JSON object per log (JSON Lines): `file`, `ok`, `findings` (`code`, `severity`, `message`,
    /// `seq`), `totals` (null for a log that does not verify, which has `problems` and `lines` instead).
    public var jsonLines: [JSONValue] {
        results.map { result in
            var members: [(String, JSONValue)] = [
                ("file", .string(result.file)), ("ok", .bool(result.ok)),
                ("findings", .array(result.findings.map { finding in
                    .object([("code", .string(finding.code.rawValue)), ("severity", .string(finding.severity.rawValue)),
                             ("message", .string(words.message(finding))),
                             ("seq", finding.seq.map(JSONValue.int) ?? .null)])
                })),
            ]
            if let t = result.totals, let head = result.head {
                members.append(("totals", .object([
                    ("activeParticipants", .int(t.activeParticipants)), ("eligibleParticipants", .int(t.eligibleParticipants)),
                    ("scheduledDagdelen", .int(t.scheduledDagdelen)), ("attendedDagdelen", .int(t.attendedDagdelen)),
                    ("invoicedCents", .int(t.invoiced.value)), ("claimableCents", .int(t.claimable.value)),
                    ("claimedCents", .int(t.claimed.value)), ("records", .int(result.records)), ("head", .string(head.hex)),
                ])))
            } else {
                members.append(("totals", .null))
                members.append(("problems", .array(result.problems.map { problem in
                    .object([("line", .int(problem.line)), ("check", .string(problem.check.rawValue)), ("message", .string(problem.message))])
                })))
                members.append(("lines", .int(result.lines)))
            }
            return .object(members)
        }
    }
}
