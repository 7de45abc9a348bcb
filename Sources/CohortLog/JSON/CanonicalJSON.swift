/// Writes JSON values from a ``JSONTape`` in the writer's canonical form: compact, object members in
/// lexicographic order of their names (by UTF-8 bytes, which is code point order), strings escaped only
/// where JSON requires (``JSONEscapes/appendQuoted(_:to:)``), integers in plain decimal.
///
/// Two submissions that differ only in member order, spacing or escaping have the same canonical form;
/// the writer seals that form and derives ids and identity from it.
public enum CanonicalJSON {
    /// Appends the value at `token` canonically.
    public static func append(_ tape: JSONTape, _ token: Int, in bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        let value = tape[token]
        switch value.kind {
        case .object:
            if appendPlainObject(tape, token, in: bytes, to: &out) { return }
            var members: [(key: String, value: Int)] = []
            var member = token + 1
            for _ in 0..<value.count {
                members.append((tape.string(member, in: bytes), member + 1))
                member = Int(tape[member + 1].next)
            }
            appendObject(members.map(\.key), to: &out) { index, out in append(tape, members[index].value, in: bytes, to: &out) }
        case .array:
            out.append(UInt8(ascii: "["))
            var element = token + 1
            for index in 0..<Int(value.count) {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                append(tape, element, in: bytes, to: &out)
                element = Int(tape[element].next)
            }
            out.append(UInt8(ascii: "]"))
        case .string where !value.flag:
            // Without escapes, the bytes between the quotes are already canonical: JSON forbids a raw
            // quote, backslash or control character there, and the parser checked the UTF-8.
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: tape.raw(token, in: bytes))
            out.append(UInt8(ascii: "\""))
        case .string:
            JSONEscapes.appendQuoted(tape.string(token, in: bytes), to: &out)
        case .number:
            if let integer = tape.integer(token, in: bytes) {
                out.append(contentsOf: String(integer).utf8)
            } else {
                out.append(contentsOf: tape.raw(token, in: bytes))
            }
        case .true: out.append(contentsOf: "true".utf8)
        case .false: out.append(contentsOf: "false".utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    /// Appends the object at `token` when none of its member names has an escape, ordered by their bytes
    /// as they stand; false (and nothing written) otherwise.
    static func appendPlainObject(_ tape: JSONTape, _ token: Int, in bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) -> Bool {
        var members: [Int] = []
        members.reserveCapacity(Int(tape[token].count))
        var member = token + 1
        for _ in 0..<tape[token].count {
            if tape[member].flag { return false }
            members.append(member)
            member = Int(tape[member + 1].next)
        }
        let order = members.indices.sorted {
            tape.raw(members[$0], in: bytes).lexicographicallyPrecedes(tape.raw(members[$1], in: bytes))
        }
        out.append(UInt8(ascii: "{"))
        for (position, index) in order.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: tape.raw(members[index], in: bytes))
            out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
            append(tape, members[index] + 1, in: bytes, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// Appends an object with members named `names`, in lexicographic order of the names, each value
    /// written by `value` (given the member's index in `names`).
    public static func appendObject(_ names: [String], to out: inout [UInt8], value: (Int, inout [UInt8]) -> Void) {
        let order = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        out.append(UInt8(ascii: "{"))
        for (position, index) in order.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            JSONEscapes.appendQuoted(names[index], to: &out)
            out.append(UInt8(ascii: ":"))
            value(index, &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
