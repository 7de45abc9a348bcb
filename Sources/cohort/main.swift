// cohort: the executable. It only starts the command line, which lives in CohortCLI so that tests can
// run every command in-process.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortCLI

exit(CohortTool.runAsProcess(environment: CohortTool.processEnvironment()))
