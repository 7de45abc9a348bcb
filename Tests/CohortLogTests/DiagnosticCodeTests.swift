import Foundation
import Testing
import CohortLog

/// The codes a person can meet in a diagnostic are one closed list, each rule has its own, and the
/// project's own format description names every one.
@Suite struct DiagnosticCodeTests {
    @Test func everyWriterRuleHasItsOwnRuleCodeInOrder() {
        let ruleCodes = DiagnosticCode.allCases.filter { $0.rawValue.hasPrefix("rule.") }
        #expect(WriterRule.all.map(\.code) == ruleCodes)
        #expect(Set(WriterRule.all.map(\.code)).count == WriterRule.all.count)
    }

    @Test func everyCodeIsNamedInDocsFormat() throws {
        let format = try String(
            contentsOf: fixtures.deletingLastPathComponent().appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let missing = DiagnosticCode.allCases.filter { !format.contains("`\($0.rawValue)`") }
        #expect(missing.isEmpty, "docs/FORMAT.md does not name \(missing.map(\.rawValue))")
    }

    @Test func aCodeIsWrittenAsItsStableName() {
        let problem = Diagnostic(line: 3, check: .ruleReferencesKnown, message: "m")
        #expect(problem.rendered(file: "f.jsonl") == "f.jsonl:3: error: m [rule.references-known]")
        #expect(DiagnosticCode(rawValue: "format.torn-tail") == .formatTornTail)
    }
}
