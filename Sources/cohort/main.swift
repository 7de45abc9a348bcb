#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortCLI

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
exit(CohortTool.run(Array(CommandLine.arguments.dropFirst()), .process(environment: environment)))
