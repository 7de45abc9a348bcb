import Foundation
import Glibc
import Testing

/// A pseudo-terminal: the master end the test drives, and the slave end's path for the program.
final class PseudoTerminal {
    let master: Int32
    let slavePath: String
    /// Everything the program has written so far (the terminal also echoes the answers).
    var transcript = ""

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `posix_openpt`, `grantpt`, `unlockpt` and `ptsname` of the C library (Swift's Glibc module leaves
    /// them out: they need _XOPEN_SOURCE), looked up by name.
    static func function<T>(_ name: String, as _: T.Type) -> T? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
        return unsafeBitCast(symbol, to: T.self)
    }
    typealias IntFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
        guard let openpt = PseudoTerminal.function("posix_openpt", as: IntFunction.self),
              let grantpt = PseudoTerminal.function("grantpt", as: IntFunction.self),
              let unlockpt = PseudoTerminal.function("unlockpt", as: IntFunction.self),
              let ptsname = PseudoTerminal.function("ptsname", as: NameFunction.self)
        else { throw Failure(description: "the C library has no posix_openpt") }
        master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw Failure(description: "no pseudo-terminal: errno \(errno)")
        }
        slavePath = String(cString: name)
    }

    deinit { close(master) }

    /// Starts the built `cohort` with the slave as standard input, output and error.
    func launch(_ arguments: [String], environment: [String: String]) throws -> Process {
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open \(slavePath)") }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
        return process
    }

    /// Reads until the transcript (after `from`) holds `text`; fails after `timeout` seconds, so that a
    /// program that hangs fails the test instead of stalling it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !transcript.contains(text) {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw Failure(description: "timed out waiting for \"\(text)\"; the terminal shows:\n\(transcript)")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready <= 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 {
                throw Failure(description: "the terminal closed before \"\(text)\"; it shows:\n\(transcript)")
            }
            transcript += String(decoding: buffer[..<count], as: UTF8.self)
        }
        let found = transcript
        return found
    }

    /// Types `line` and Enter.
    func answer(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the process to end, at most `timeout` seconds (then kills it and fails).
    func wait(_ process: Process, timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            // Keep reading, so that output does not fill the terminal's buffer.
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count > 0 { transcript += String(decoding: buffer[..<count], as: UTF8.self) }
            }
            if Date() > deadline {
                process.terminate()
                throw Failure(description: "cohort add did not end; the terminal shows:\n\(transcript)")
            }
        }
        return process.terminationStatus
    }
}

@Suite struct AddTerminalTests {
    @Test func aPersonAnswersOnARealTerminalCorrectsABadAnswerAndConfirms() throws {
        let log = try baseLog()
        let terminal = try PseudoTerminal()
        let process = try terminal.launch(
            ["add", log, "reflection", "--by", "pa"], environment: ["COHORT_NOW": "2014-06-12T16:00:00+02:00", "LANG": "C"])
        try terminal.expect("Recording reflection.recorded in")
        try terminal.expect("at [2014-06-12T16:00:00+02:00]: ")
        terminal.answer("")
        try terminal.expect("participant [pa]: ")
        terminal.answer("")
        try terminal.expect("reflection [ref-pa-1]: ")
        terminal.answer("")
        try terminal.expect("session [s1]: ")
        terminal.answer("s7")
        try terminal.expect(#"not accepted: "s7" is not a session in the log"#)
        terminal.answer("s1")
        try terminal.expect("wish [w-pa-1]: ")
        terminal.answer("")
        try terminal.expect("line: ")
        terminal.answer("")
        try terminal.expect("theme: ")
        terminal.answer("vertrouwen")
        try terminal.expect("visibility: ")
        terminal.answer("iedereen")
        try terminal.expect(#"--visibility is "iedereen""#)
        terminal.answer("group")
        try terminal.expect("text: ")
        terminal.answer("Vandaag durfde ik los te laten.")
        try terminal.expect("Record this? [Y/n] ")
        #expect(terminal.transcript.contains("--text         Vandaag durfde ik los te laten."))
        terminal.answer("y")
        try terminal.expect("appended 1 record (seq 13)")
        #expect(try terminal.wait(process) == 0)
        let line = try logLines(log).last ?? ""
        #expect(line.contains(#""at":"2014-06-12T16:00:00+02:00""#))
        #expect(line.contains(#""data":{"participant":"pa","reflection":"ref-pa-1","session":"s1","themes":["vertrouwen"],"visibility":"group","wish":"w-pa-1"}"#), "\(line)")
        #expect(cohort(["verify", log]).status == 0)
    }

    @Test func attendanceForASessionOnARealTerminalInDutch() throws {
        let log = try baseLog()
        let terminal = try PseudoTerminal()
        let process = try terminal.launch(
            ["add", log, "attendance", "--session", "s1", "--by", "f1"], environment: ["COHORT_NOW": "2014-06-12T17:00:00+02:00", "LANG": "nl_NL.UTF-8"])
        try terminal.expect("at [2014-06-12T17:00:00+02:00]: ")
        terminal.answer("")
        try terminal.expect("Aanwezigheid bij s1")
        try terminal.expect("pa Anna Proef [aanwezig]: ")
        terminal.answer("")
        try terminal.expect("pb Bram Proef [aanwezig]: ")
        terminal.answer("1")
        try terminal.expect("Vastleggen? [J/n] ")
        terminal.answer("j")
        #expect(try terminal.wait(process) == 0)
        let lines = try logLines(log).suffix(2)
        #expect(lines.first?.contains(#""data":{"dagdelen":2,"participant":"pa","session":"s1"}"#) == true)
        #expect(lines.last?.contains(#""data":{"dagdelen":1,"participant":"pb","session":"s1"}"#) == true)
    }

    @Test func withoutATerminalTheBinaryAsksNothingAndNamesTheMissingFlag() throws {
        let log = try baseLog()
        let before = try bytes(log)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["add", log, "reflection", "--by", "pa", "--participant", "pa"]
        process.environment = ["COHORT_NOW": testNow]
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.hasPrefix("cohort add: missing --text"), "\(message)")
        #expect(!message.contains("Recording"))
        #expect(try bytes(log) == before)
    }
}
