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

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized == b.serialized }

    /// The value written compactly on one line.
    public var serialized: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .string(let text): JSONEscapes.appendQuoted(text, to: &out)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONEscapes.appendQuoted(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
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
