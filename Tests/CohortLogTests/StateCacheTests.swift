import Foundation
import Testing
@testable import CohortLog

/// The writer's cache beside a log (`LOG.state`): a snapshot of the verifier's fold that an append
/// continues from, used only while the log still begins with what it describes.
@Suite struct StateCacheTests {
    /// Sound logs with every kind of fact: retractions, redactions, withdrawals, reschedulings.
    static let logs = ["examples/sealed.jsonl", "examples/redacted.jsonl", "cohort/small.jsonl", "../events/eigen-regie-2014.jsonl"]

    /// Verifies `lines`, stopping after `split` of them to go through a cache (encode, decode) before
    /// going on.
    func verify(_ lines: [[UInt8]], splittingAfter split: Int) -> LogVerifier {
        var verifier = LogVerifier()
        var offsets: [Int] = []
        var offset = 0
        for (index, line) in lines.enumerated() {
            if index == split {
                verifier.finish()
                let cache = StateCache(verifier: verifier, length: offset, offsets: offsets, file: .init(device: 1, inode: 2))
                let decoded = StateCache(decoding: cache.encoded())
                #expect(decoded != nil)
                guard let decoded else { return verifier }
                #expect(decoded.offsets == offsets && decoded.length == offset && decoded.file == cache.file)
                #expect(dump(decoded.verifier.state) == dump(verifier.state))
                verifier = decoded.verifier
            }
            offsets.append(offset)
            line.withUnsafeBytes { bytes in
                verifier.feed(LineReader.Line(number: index + 1, bytes: bytes, ended: true, offset: offset))
            }
            offset += line.count + 1
        }
        verifier.finish()
        return verifier
    }

    @Test(arguments: logs) func aFoldContinuedFromTheCacheEndsAsTheWholeFoldDoes(_ log: String) throws {
        let lines = try fixtureLines(log).map { Array($0.utf8) }
        let whole = verify(lines, splittingAfter: lines.count + 1)
        #expect(whole.isSound)
        for split in Set([1, 2, lines.count / 3, lines.count / 2, lines.count - 1, lines.count]) where split >= 1 {
            let continued = verify(lines, splittingAfter: split)
            #expect(continued.isSound, "split after \(split)")
            #expect(continued.records == whole.records && continued.head == whole.head)
            #expect(dump(continued.state) == dump(whole.state), "split after \(split)")
            #expect(continued.state.withdrawals == continued.state.people.filter { $0.value.withdrawnAt != nil }.count)
        }
    }

    @Test func theCachesTablesAreLookedUpInPlace() throws {
        let lines = try fixtureLines("../events/eigen-regie-2014.jsonl").map { Array($0.utf8) }
        let whole = verify(lines, splittingAfter: lines.count + 1)
        let cache = StateCache(verifier: whole, length: 0, offsets: Array(0..<whole.records), file: .init(device: 0, inode: 0))
        let state = try #require(StateCache(decoding: cache.encoded())).verifier.state
        #expect(state.records.changed.isEmpty && state.records.count == whole.state.records.count)
        var ids = 0
        whole.state.records.forEach { id, info in
            ids += 1
            #expect(state.records[id] == info)
            #expect(state.knows(id, kind: .record))
        }
        #expect(ids == lines.count)
        #expect(state.records["no-such-record"] == nil && !state.knows("no-such-record", kind: .record))
        for (kind, set) in whole.state.introduced {
            set.forEach { id in #expect(state.knows(id, kind: kind)) }
            #expect(!state.knows("zz-\(kind)", kind: kind))
        }
    }

    @Test func aDamagedCacheIsNotBelieved() throws {
        let lines = try fixtureLines("cohort/small.jsonl").map { Array($0.utf8) }
        let whole = verify(lines, splittingAfter: lines.count + 1)
        let bytes = StateCache(verifier: whole, length: 10, offsets: Array(0..<whole.records), file: .init(device: 0, inode: 0)).encoded()
        #expect(StateCache(decoding: bytes) != nil)
        for index in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            var damaged = bytes
            damaged[index] ^= 0x20
            #expect(StateCache(decoding: damaged) == nil, "byte \(index)")
        }
        #expect(StateCache(decoding: Array(bytes.dropLast())) == nil)
        #expect(StateCache(decoding: []) == nil)
        #expect(StateCache(decoding: Array("cohort state cache 0\n".utf8)) == nil)
    }

    // MARK: - The writer with its cache

    /// The events of the small cohort's submission, in batches.
    func batches() throws -> [[String]] {
        let lines = try fixtureLines("cohort/small.submission.jsonl")
        return stride(from: 0, to: lines.count, by: 7).map { Array(lines[$0..<min($0 + 7, lines.count)]) }
    }

    func append(_ lines: [String], to path: String, environment: SealingEnvironment) throws -> AppendOutcome {
        let reading = SubmissionReader.read(Array(lines.joined(separator: "\n").utf8))
        #expect(reading.problems.isEmpty)
        return try LogWriter.append(reading.events, to: path, environment: environment)
    }

    @Test func appendsWithTheCacheWriteTheSameLogAsAppendsWithout() throws {
        let directory = try temporaryDirectory()
        let cached = directory.appendingPathComponent("cached.jsonl").path
        let uncached = directory.appendingPathComponent("uncached.jsonl").path
        let first = fixedEnvironment(), second = fixedEnvironment()
        for batch in try batches() {
            _ = try append(batch, to: cached, environment: first)
            // (An erasure rewrites the log and drops its cache; the next append makes a new one.)
            #expect(FileSystem.exists(StateCache.path(for: cached)) == !batch.contains { $0.contains("data.redacted") })
            unlink(StateCache.path(for: uncached))
            _ = try append(batch, to: uncached, environment: second)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: cached)) == Data(contentsOf: URL(fileURLWithPath: uncached)))
        // Resubmitting everything changes nothing, the cache answering which ids are there.
        for batch in try batches() {
            let outcome = try append(batch, to: cached, environment: first)
            #expect(outcome.appended.isEmpty && outcome.unchanged.count == batch.count)
        }
        #expect(LogVerifier.verify(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: cached)))).isSound)
    }

    @Test func theCacheIsWrittenAnewOnlyWhenItFallsBehind() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        let environment = fixedEnvironment()
        let batches = try batches()
        _ = try append(batches[0], to: log, environment: environment)
        func covered() throws -> Int {
            let fd = try FileSystem.openForReading(log)
            defer { close(fd) }
            let stamp = try #require(FileStamp(fd: fd))
            return try #require(StateCache.load(for: log, fd: fd, stamp: stamp)).verifier.records
        }
        #expect(try covered() == batches[0].count)
        _ = try append(batches[1], to: log, environment: environment)
        // Still the first batch's cache: the append read the few records after it.
        #expect(try covered() == batches[0].count)
        unlink(StateCache.path(for: log))
        _ = try append(batches[2], to: log, environment: environment)
        #expect(try covered() == batches[0].count + batches[1].count + batches[2].count)
    }

    /// A support given in the small cohort, with id `extra-N`.
    func support(_ number: Int) -> String {
        #"{"id":"extra-\#(number)","type":"support.given","at":"2014-09-20T10:00:00+02:00","by":"pa","data":{"from":"pa","to":"pb","kind":"feedback"}}"#
    }

    /// The small cohort and one support appended in batches, with the writer's cache beside it.
    func cachedLog(_ environment: SealingEnvironment) throws -> String {
        let log = try temporaryDirectory().appendingPathComponent("log.jsonl").path
        for batch in try batches() { _ = try append(batch, to: log, environment: environment) }
        _ = try append([support(0)], to: log, environment: environment)
        #expect(FileSystem.exists(StateCache.path(for: log)))
        return log
    }

    @Test func aLogWhoseLastRecordChangedIsReadAgainNotTakenFromTheCache() throws {
        let environment = fixedEnvironment()
        let log = try cachedLog(environment)
        // Change the last record in place (same file, same length): its digest, the head, changes.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        let lastLine = bytes.dropLast().lastIndex(of: 0x0A)! + 1
        let position = bytes[lastLine...].firstIndex(of: UInt8(ascii: "T"))!
        bytes[position + 1] = bytes[position + 1] == UInt8(ascii: "1") ? UInt8(ascii: "0") : UInt8(ascii: "1")
        let fd = open(log, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + lastLine, bytes.count - lastLine, off_t(lastLine)) }
        close(fd)
        let outcome = try append([support(1)], to: log, environment: environment)
        #expect(outcome.appended.count == 1 && outcome.head != .zero)
        // Chained to the log as it is, not to the head the cache remembered.
        let after = LogVerifier.verify(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: log))))
        #expect(after.problems.map(\.check) == [])
    }

    @Test(arguments: [false, true])
    func aLogChangedInPlaceWhereTheCacheCannotSeeIsReadAgainAndRefused(_ restoringTheModificationTime: Bool) throws {
        let environment = fixedEnvironment()
        let log = try cachedLog(environment)
        // Change the first record in place: the same file, the same length, the cache's last record intact.
        var info = stat()
        #expect(stat(log, &info) == 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        let position = try #require(bytes.firstIndex(of: UInt8(ascii: "P")))
        let fd = open(log, O_WRONLY)
        var changed: UInt8 = bytes[position] ^ 0x20
        _ = pwrite(fd, &changed, 1, off_t(position))
        if restoringTheModificationTime {
            // As a careful forger would: the modification time set back. The change time cannot be.
            var times = [info.st_atim, info.st_mtim]
            _ = futimens(fd, &times)
        }
        close(fd)
        #expect(throws: AppendError.self) { try append([support(1)], to: log, environment: environment) }
        let after = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        #expect(after.count == bytes.count, "nothing was appended")
        #expect(!LogVerifier.verify(bytes: after).isSound)
    }

    @Test func aLogReplacedOrCutShortIsReadAgain() throws {
        let directory = try temporaryDirectory()
        let log = directory.appendingPathComponent("log.jsonl").path
        let other = directory.appendingPathComponent("other.jsonl").path
        let environment = fixedEnvironment()
        let batches = try batches()
        for batch in batches { _ = try append(batch, to: log, environment: environment) }
        _ = try append([support(0)], to: log, environment: environment)
        _ = try append(batches[0], to: other, environment: fixedEnvironment(salts: ["f" + String(repeating: "0", count: 31)]))
        // Another log's cache, planted beside this one: not this file, so not used.
        try FileManager.default.removeItem(atPath: StateCache.path(for: log))
        try FileManager.default.copyItem(atPath: StateCache.path(for: other), toPath: StateCache.path(for: log))
        var outcome = try append([support(1)], to: log, environment: environment)
        #expect(outcome.records == batches.joined().count + 2)
        // The log cut back to its first records by hand (the cache covers more than is there).
        let all = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        var cut = 0
        for _ in 0..<10 { cut = all[cut...].firstIndex(of: 0x0A)! + 1 }
        let fd = open(log, O_WRONLY)
        ftruncate(fd, off_t(cut))
        close(fd)
        outcome = try append([support(2)], to: log, environment: environment)
        #expect(outcome.appended.first?.seq == 11)
        // The same log rewritten into a new file (an editor's save): a new inode, so read again.
        let rewritten = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        try FileManager.default.removeItem(atPath: log)
        try Data(rewritten).write(to: URL(fileURLWithPath: log))
        outcome = try append([support(2)], to: log, environment: environment)
        #expect(outcome.unchanged.count == 1)
        #expect(LogVerifier.verify(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: log)))).isSound)
    }
}

/// Every fact of a rule state, one per line, sorted: two states with the same dump are the same.
func dump(_ state: RuleState) -> String {
    var lines = [
        "count \(state.count) organiser \(state.organiser ?? "-") opened \(state.openedAt ?? -1) max \(state.maxParticipants) active \(state.activeParticipants) withdrawals \(state.withdrawals)"
    ]
    for (id, person) in state.people {
        lines.append("person \(id) \(person.role) \(person.withdrawnAt ?? -1) \(person.registrationRetracted)")
    }
    for (id, session) in state.sessions {
        lines.append("session \(id) \(session.sizes.map { "\($0.record)=\($0.dagdelen)" }) \(session.cancellations.map { "\($0.record)@\($0.seq)" })")
        for (participant, records) in session.attendance {
            lines.append("attendance \(id) \(participant) \(records.map { "\($0.record)=\($0.dagdelen)" })")
        }
    }
    for (id, owner) in state.wishOwners { lines.append("wish \(id) \(owner)") }
    for (id, owner) in state.assignmentOwners { lines.append("assignment \(id) \(owner)") }
    for (kind, ids) in state.introduced {
        lines.append("introduced \(kind) \(ids.count)")
        ids.forEach { lines.append("introduced \(kind) \($0)") }
    }
    lines.append("records \(state.records.count)")
    state.records.forEach { id, info in
        lines.append("record \(id) \(info.type.rawValue) \(info.seq) \(info.hasPersonalValues) \(info.retractedAt ?? -1) \(info.subject ?? "-")")
    }
    for (kind, ids) in state.retractedIDs {
        for (id, seq) in ids { lines.append("retracted \(kind) \(id) \(seq)") }
    }
    return lines.sorted().joined(separator: "\n")
}
