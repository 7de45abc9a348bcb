// cohort-faults: `cohort` with faults injected into its file operations, for the tests only
// (Tests/CohortCLITests/FaultTests.swift, docs/RELIABILITY.md). It installs the plan of
// COHORT_TEST_FAULT (CohortFaults), then runs exactly as Sources/cohort/main.swift does. Not a product:
// `swift test` builds it, and it is never shipped.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortCLI
import CohortFaults
import CohortLog

// A write past a file size limit fails with EFBIG instead of killing the process, so that the writer can
// cut the log back to what it held and say so.
signal(SIGXFSZ, SIG_IGN)

var environment: [String: String] = [:]
var pointer = environ
while let entry = pointer.pointee {
    let text = String(cString: entry)
    if let equals = text.firstIndex(of: "=") {
        environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    pointer += 1
}
if let plan = environment["COHORT_TEST_FAULT"].flatMap(FaultPlan.init) {
    FileSystem.installFaults(plan)
}
exit(CohortTool.run(Array(CommandLine.arguments.dropFirst()), .process(environment: environment)))
