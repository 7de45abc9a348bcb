import CohortLog

/// A JSON value for output, with object members in the order given (so that reports read well and
/// golden files are stable).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    /// A number that need not be whole, written as Swift writes a `Double` (the shortest text that reads
    /// back as the same number); not finite: `null`.
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A value made only as it is written, and let go once written: a large part of a report (the
    /// harvest's stories of a long log) is then never held whole, as values or as text.
    case deferred(@Sendable () -> JSONValue)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized == b.serialized }

    /// The value written compactly on one line.
    public var serialized: String {
        var writer = Writer(flush: nil)
        write(to: &writer)
        return String(decoding: writer.out, as: UTF8.self)
    }

    /// Writes the value compactly on one line, handing `flush` its bytes a chunk of about `chunk` bytes
    /// at a time: a large report is never held whole as text.
    public func write(chunk: Int = 1 << 16, _ flush: ([UInt8]) -> Void) {
        withoutActuallyEscaping(flush) { flush in
            var writer = Writer(flush: flush, chunk: chunk)
            write(to: &writer)
            if !writer.out.isEmpty { flush(writer.out) }
        }
    }

    /// Where a value is written: bytes, handed on whenever a chunk is full (when there is a `flush`).
    struct Writer {
        var out: [UInt8] = []
        let flush: (([UInt8]) -> Void)?
        var chunk = 1 << 16

        init(flush: (([UInt8]) -> Void)?, chunk: Int = 1 << 16) {
            self.flush = flush
            self.chunk = chunk
            if flush != nil { out.reserveCapacity(chunk + 1024) }
        }

        /// Hands on what is written once a chunk is full.
        mutating func handOn() {
            guard let flush, out.count >= chunk else { return }
            flush(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    func write(to writer: inout Writer) {
        switch self {
        case .string(let text): JSONEscapes.appendQuoted(text, to: &writer.out)
        case .int(let value): writer.out.append(contentsOf: String(value).utf8)
        case .double(let value): writer.out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case .bool(let value): writer.out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: writer.out.append(contentsOf: "null".utf8)
        case .array(let values):
            writer.out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { writer.out.append(UInt8(ascii: ",")) }
                value.write(to: &writer)
            }
            writer.out.append(UInt8(ascii: "]"))
        case .object(let members):
            writer.out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { writer.out.append(UInt8(ascii: ",")) }
                JSONEscapes.appendQuoted(key, to: &writer.out)
                writer.out.append(UInt8(ascii: ":"))
                value.write(to: &writer)
            }
            writer.out.append(UInt8(ascii: "}"))
        case .deferred(let make):
            make().write(to: &writer)
        }
        writer.handOn()
    }
}

extension Diagnostic {
    /// The diagnostic as a JSON object: `line`, `message`, then `check`, `field` and `hint` when present.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("line", .int(line)), ("message", .string(message)), ("check", .string(check.rawValue))]
        if let field { members.append(("field", .string(field.description))) }
        if let hint { members.append(("hint", .string(hint))) }
        return .object(members)
    }
}
