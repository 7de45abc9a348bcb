import Foundation
import Testing
@testable import CohortLog

/// `FileSystem.readAll` reads every byte from where the file stands: a file, into one buffer of its size,
/// and a pipe, whose size is not known (read on in chunks).
@Suite struct ReadAllTests {
    static func bytes(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) } }

    @Test(arguments: [0, 1, 4095, 65_535, 65_536, 65_537, 200_001])
    func aFileIsReadWhole(count: Int) throws {
        let path = NSTemporaryDirectory() + "read-all-\(count)-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = ReadAllTests.bytes(count)
        try Data(expected).write(to: URL(fileURLWithPath: path))
        #expect(try FileSystem.readAll(path) == expected)
        // From where the file stands.
        let fd = try FileSystem.openForReading(path)
        defer { close(fd) }
        let skip = count / 3
        #expect(lseek(fd, off_t(skip), SEEK_SET) == off_t(skip))
        #expect(try FileSystem.readAll(fd: fd, path: path) == Array(expected[skip...]))
    }

    @Test(arguments: [0, 10, 65_536, 300_000])
    func aPipeIsReadWhole(count: Int) throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let expected = ReadAllTests.bytes(count)
        let (reading, writing) = (ends[0], ends[1])
        let writer = Thread {
            expected.withUnsafeBytes { all in
                var written = 0
                while written < all.count {
                    let step = write(writing, all.baseAddress! + written, min(4096, all.count - written))
                    if step <= 0 { break }
                    written += step
                }
            }
            close(writing)
        }
        writer.start()
        defer { close(reading) }
        #expect(try FileSystem.readAll(fd: reading, path: "pipe") == expected)
    }

    @Test func aFileGrownSinceItWasOpenedIsReadToItsEnd() throws {
        let path = NSTemporaryDirectory() + "read-all-growing-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = ReadAllTests.bytes(70_000)
        try Data(first).write(to: URL(fileURLWithPath: path))
        let fd = try FileSystem.openForReading(path)
        defer { close(fd) }
        // Read the first byte, then grow the file.
        var byte: UInt8 = 0
        #expect(read(fd, &byte, 1) == 1)
        let more = Array(ReadAllTests.bytes(150_000).reversed())
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(more))
        try handle.close()
        #expect(try FileSystem.readAll(fd: fd, path: path) == Array(first.dropFirst()) + more)
    }
}
