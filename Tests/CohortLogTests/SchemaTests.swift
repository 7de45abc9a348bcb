import Testing
@testable import CohortLog

/// The fields of each event type (its schema) and what its payload says about its ids must agree:
/// every id field is visited, with the use the schema gives it.
@Suite struct SchemaTests {
    struct Recorder: IDVisitor {
        var seen: [String: IDUse] = [:]
        mutating func visit(_ id: String, kind: IDKind, use: IDUse, field: IDField) {
            seen[String(field.name.dropFirst(5))] = use
        }
    }

    /// A well-formed example of each type, built from its own schema.
    static func example(_ type: EventType) -> String {
        func value(_ kind: FieldKind) -> String {
            switch kind {
            case .id: "\"x1\""
            case .ids: "[\"x1\"]"
            case .text: "\"t\""
            case .texts: "[\"t\"]"
            case .date: "\"2014-06-12\""
            case .dates: "[\"2014-06-12\"]"
            case .integer(let range): String(range.lowerBound)
            case .choice(let words): "\"\(words[0])\""
            case .object(let fields): "{" + fields.map { "\"\($0.name)\":\(value($0.kind))" }.joined(separator: ",") + "}"
            case .digest: "\"" + String(repeating: "a", count: 64) + "\""
            case .currency: "\"EUR\""
            }
        }
        let data = type.fields.map { "\"\($0.name)\":\(value($0.kind))" }.joined(separator: ",")
        return #"{"type":"\#(type.rawValue)","at":"2014-06-12T11:00:00+02:00","by":"f1","data":{\#(data)}}"#
    }

    @Test(arguments: EventType.allCases)
    func everyIdFieldOfTheSchemaIsVisitedWithItsUse(_ type: EventType) throws {
        let reading = SubmissionReader.read(Array(Self.example(type).utf8))
        #expect(reading.problems == [])
        let event = try #require(reading.events.first?.event)
        #expect(event.type == type)
        var recorder = Recorder()
        event.visitIDs(&recorder)
        var expected: [String: IDUse] = [:]
        for field in type.fields {
            switch field.kind {
            case .id(_, let use), .ids(_, let use): expected[field.name] = use
            default: break
            }
        }
        #expect(recorder.seen.keys.sorted() == expected.keys.sorted())
        for (name, use) in expected { #expect(recorder.seen[name] == use, "\(type.rawValue).\(name)") }
    }

    @Test func personalFieldsAreThoseOfTheFormatsTable() {
        let personal = Dictionary(uniqueKeysWithValues: EventType.allCases.map { ($0.rawValue, $0.fields.filter(\.isPersonal).map(\.name).sorted()) })
        #expect(personal == [
            "cohort.opened": [], "facilitator.joined": ["name"], "participant.registered": ["email", "name"],
            "participant.withdrew": ["reason"], "session.scheduled": [], "session.rescheduled": ["reason"],
            "session.cancelled": ["reason"], "attendance.recorded": ["note"], "wish.stated": ["text"],
            "wish.revised": ["text"], "wish.closed": ["note"], "support.given": ["note"],
            "assignment.started": ["description", "title"], "assignment.progressed": ["note"],
            "assignment.completed": ["result"], "reflection.recorded": ["text"], "line.emerged": ["description"],
            "harvest.contributed": ["text", "title"], "fee.invoiced": [], "subsidy.claimed": ["note"],
            "event.retracted": [], "data.redacted": [],
        ])
    }
}

/// A sealed record's salt is 32 lowercase hex characters; anything else is a format problem of
/// `personal.salt`, wherever the bad character stands.
@Suite struct SaltTests {
    /// What the reader says of line 2 of the example log with its salt replaced by `salt`.
    func problems(withSalt salt: String) throws -> [String] {
        let line = try fixtureLines("examples/sealed.jsonl")[1]
        let start = try #require(line.range(of: #""salt":""#)).upperBound
        let end = try #require(line[start...].firstIndex(of: "\""))
        let changed = Array((line[..<start] + salt + line[end...]).utf8)
        var parser = RecordParser()
        switch changed.withUnsafeBytes({ parser.parse($0, number: 2) }) {
        case .record: return []
        case .invalid(let problems, _, _, _): return problems.map { "\($0.check.rawValue) \($0.field?.description ?? "")" }
        }
    }

    @Test func aSaltIsThirtyTwoLowercaseHexCharacters() throws {
        let good = "0123456789abcdef0123456789abcdef"
        #expect(try problems(withSalt: good) == [])
        var bad = [String(good.dropLast()), good + "0", good.uppercased(), ""]
        for place in [0, 7, 8, 15, 16, 31] {
            for wrong: Character in ["g", "A", "F", "/", ":", "`", " "] {
                var characters = Array(good)
                characters[place] = wrong
                bad.append(String(characters))
            }
        }
        for salt in bad {
            #expect(try problems(withSalt: salt) == ["format.personal personal.salt"], "salt \(salt)")
        }
    }
}

/// The reader finds a member's field by its name's bytes: every field of every type, and no near miss.
@Suite struct FieldTableTests {
    @Test(arguments: EventType.allCases)
    func everyFieldIsFoundByItsNameAndNoNearMiss(_ type: EventType) {
        let table = type.fieldTable
        for (index, spec) in type.fields.enumerated() {
            let name = Array(spec.name.utf8)
            #expect(name.withUnsafeBytes { table.index(of: $0) } == index, "\(spec.name)")
            #expect(name.withUnsafeBytes { table.index(of: $0, personalOnly: true) } == (spec.isPersonal ? index : nil))
            // The same name one byte shorter, longer, or changed at each place is no field of this type
            // (unless it is another field's name).
            var misses = [Array(name.dropLast()), name + [UInt8(ascii: "x")]]
            for place in name.indices {
                var changed = name
                changed[place] ^= 0x01
                misses.append(changed)
            }
            for miss in misses {
                let other = type.fields.firstIndex { Array($0.name.utf8) == miss }
                #expect(miss.withUnsafeBytes { table.index(of: $0) } == other, "\(String(decoding: miss, as: UTF8.self))")
            }
        }
    }
}
