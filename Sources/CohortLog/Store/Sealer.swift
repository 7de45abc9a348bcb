/// Writes submitted events as sealed lines (docs/FORMAT.md section 2): members in the fixed order, compact,
/// `data` canonical, `personal` with a fresh salt (or `{}`), each line chained to the one before.
public struct Sealer {
    /// The seq the next line gets.
    public private(set) var nextSeq: Int
    /// The digest of the last line sealed (or of the log's last record).
    public private(set) var head: Digest
    let recorded: String
    let environment: SealingEnvironment

    /// A sealer that continues a log of `count` records whose head is `head`, writing `recorded` from the
    /// environment's clock (one time for the whole batch).
    public init(after count: Int, head: Digest, environment: SealingEnvironment) {
        self.init(after: count, head: head, recorded: environment.now(), environment: environment)
    }

    /// A sealer as above that writes `recorded` (converted to UTC) for the whole batch: the moment the
    /// writer's rules checked the batch against (no `at` after it).
    public init(after count: Int, head: Digest, recorded: Timestamp, environment: SealingEnvironment) {
        nextSeq = count + 1
        self.head = head
        self.environment = environment
        self.recorded = recorded.inUTC.description
    }

    /// Appends the sealed line of `event` under `id` (with its newline) to `out`, and returns its digest;
    /// `recorded` overrides the batch's time (the generator dates each event).
    @discardableResult
    public mutating func seal(_ event: SubmittedEvent, id: RecordID, recorded: String? = nil, to out: inout [UInt8]) -> Digest {
        let start = out.count
        out.append(contentsOf: "{\"seq\":".utf8)
        out.append(contentsOf: String(nextSeq).utf8)
        out.append(contentsOf: ",\"id\":".utf8)
        JSONEscapes.appendQuoted(id.rawValue, to: &out)
        out.append(contentsOf: ",\"type\":".utf8)
        JSONEscapes.appendQuoted(event.type.rawValue, to: &out)
        out.append(contentsOf: ",\"at\":".utf8)
        JSONEscapes.appendQuoted(event.atText, to: &out)
        out.append(contentsOf: ",\"recorded\":".utf8)
        JSONEscapes.appendQuoted(recorded ?? self.recorded, to: &out)
        out.append(contentsOf: ",\"by\":".utf8)
        JSONEscapes.appendQuoted(event.by.rawValue, to: &out)
        out.append(contentsOf: ",\"prev\":\"".utf8)
        head.appendHex(to: &out)
        out.append(contentsOf: "\",\"data\":".utf8)
        out.append(contentsOf: event.data)
        out.append(contentsOf: ",\"personal\":".utf8)
        let personalStart = out.count
        if event.personalMembers.isEmpty {
            out.append(contentsOf: "{}".utf8)
        } else {
            var members = event.personalMembers
            var salt: [UInt8] = []
            JSONEscapes.appendQuoted(environment.salt(), to: &salt)
            members.append(("salt", salt))
            CanonicalJSON.appendObject(members.map(\.name), to: &out) { index, out in out.append(contentsOf: members[index].json) }
        }
        out.append(UInt8(ascii: "}"))
        let digest = out.withUnsafeBytes { all in
            Chain.digest(
                line: UnsafeRawBufferPointer(rebasing: all[start..<out.count]), personalStart: personalStart - start)
        }
        out.append(0x0A)
        head = digest
        nextSeq += 1
        return digest
    }
}
