import Testing
@testable import CohortLog

/// The id pattern `[A-Za-z0-9][A-Za-z0-9._:-]{0,63}`, matched by bit sets of the byte values: it must
/// agree with the pattern spelled out, for every byte at the first and at a later place, and at the
/// bounds of its length.
@Suite struct IDPatternTests {
    static func spelledOut(_ bytes: [UInt8]) -> Bool {
        func alphanumeric(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        guard (1...64).contains(bytes.count), alphanumeric(bytes[0]) else { return false }
        return bytes.dropFirst().allSatisfy { alphanumeric($0) || [0x2E, 0x5F, 0x3A, 0x2D].contains($0) }
    }

    static func matches(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { IDPattern.matches($0) }
    }

    @Test func agreesWithThePatternForEveryByteAtEveryPlace() {
        for value in 0...255 {
            let byte = UInt8(value)
            for bytes in [[byte], [byte, 0x61], [0x61, byte], [0x61, 0x62, byte, 0x63], Array(repeating: 0x61, count: 63) + [byte]] {
                #expect(Self.matches(bytes) == Self.spelledOut(bytes), "\(bytes)")
            }
        }
    }

    @Test func holdsOneToSixtyFourBytes() {
        #expect(!Self.matches([]))
        #expect(Self.matches(Array(repeating: 0x61, count: 64)))
        #expect(!Self.matches(Array(repeating: 0x61, count: 65)))
        #expect(Self.matches(Array("p-01.x_y:z".utf8)))
        #expect(!Self.matches(Array("-p01".utf8)))
    }
}
