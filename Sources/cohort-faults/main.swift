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

let environment = CohortTool.processEnvironment()
if let plan = environment["COHORT_TEST_FAULT"].flatMap(FaultPlan.init) {
    FileSystem.installFaults(plan)
}
exit(CohortTool.runAsProcess(environment: environment))
