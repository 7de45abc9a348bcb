#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CohortTool {
    /// The environment of this process, as `KEY=VALUE` pairs read from `environ`.
    public static func processEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return environment
    }

    /// Runs `cohort` as the process it is: its command-line arguments, `environment`, standard input,
    /// output and error; returns the exit status. A write past a file size limit fails with `EFBIG`
    /// instead of killing the process, so that the writer can cut the log back to what it held and say so.
    public static func runAsProcess(environment: [String: String]) -> Int32 {
        signal(SIGXFSZ, SIG_IGN)
        return run(Array(CommandLine.arguments.dropFirst()), .process(environment: environment))
    }
}
