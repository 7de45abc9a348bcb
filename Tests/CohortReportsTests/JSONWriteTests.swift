import Synchronization
import Testing
@testable import CohortReports

/// A report written a chunk at a time is byte for byte the report written whole, and a deferred part is
/// made only as it is written.
@Suite struct JSONWriteTests {
    /// A value with every kind of member, nested, with texts that need escaping.
    static let value: JSONValue = .object([
        ("name", .string("Zoë \"quoted\"\n\\ tab\t")), ("count", .int(-42)), ("ratio", .double(0.25)), ("infinite", .double(.infinity)),
        ("yes", .bool(true)), ("nothing", .null),
        ("list", .array((0..<300).map { .object([("at", .string("2014-06-12T10:00:00+02:00")), ("n", .int($0))]) })),
        ("later", .deferred { .array([.string("made"), .deferred { .int(7) }]) }),
        ("empty", .object([])), ("none", .array([])),
    ])

    @Test(arguments: [1, 7, 64, 1 << 16])
    func chunksJoinToTheWholeText(chunk: Int) {
        var chunks: [[UInt8]] = []
        JSONWriteTests.value.write(chunk: chunk) { chunks.append($0) }
        #expect(String(decoding: chunks.joined(), as: UTF8.self) == JSONWriteTests.value.serialized)
        // Every chunk but the last is at least a chunk long; none is empty.
        #expect(chunks.dropLast().allSatisfy { $0.count >= chunk })
        #expect(chunks.allSatisfy { !$0.isEmpty })
        if chunk < 1000 { #expect(chunks.count > 1) }
    }

    @Test func aDeferredPartIsWrittenAsItsValue() {
        #expect(JSONWriteTests.value.serialized.contains(#""later":["made",7],"empty":{}"#))
        #expect(JSONValue.deferred { .string("x") } == .string("x"))
    }

    @Test func aDeferredPartIsMadeOnlyWhenWrittenAndEachTime() {
        let made = Atomic<Int>(0)
        let value = JSONValue.array([.deferred { made.add(1, ordering: .relaxed); return .int(1) }])
        #expect(made.load(ordering: .relaxed) == 0)
        value.write { _ in }
        #expect(made.load(ordering: .relaxed) == 1)
        _ = value.serialized
        #expect(made.load(ordering: .relaxed) == 2)
    }
}
