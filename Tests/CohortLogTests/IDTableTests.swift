import Testing
@testable import CohortLog

/// The id table the rule state keys its per-record tables by: it must agree with a `Set<String>` on
/// every insert and lookup, whatever the ids' lengths and however often it grows.
@Suite struct IDTableTests {
    @Test func numbersIDsInTheOrderTheyWereFirstAdded() {
        var table = IDTable()
        #expect(table.index(of: "a") == nil)
        #expect(table.insert("r-p01") == (0, true))
        #expect(table.insert("w-p04-149932") == (1, true))
        #expect(table.insert("r-p01") == (0, false))
        #expect(table.index(of: "w-p04-149932") == 1)
        #expect(table.index(of: "w-p04-14993") == nil)
        #expect(table.id(at: 1) == "w-p04-149932")
        #expect(table.count == 2)
    }

    @Test func agreesWithASetAcrossGrowthAndLengths() {
        var table = IDTable()
        var model: [String: Int] = [:]
        var order: [String] = []
        var x: UInt64 = 12345
        for step in 0..<40_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            // 4 to 46 bytes: within a word, across words, many sharing their first eight bytes.
            let padding = Int(x >> 58) % 40
            let id = "id-" + String(repeating: "x", count: padding) + String(x >> 44 % 5000)
            let expected = model[id]
            if step % 3 == 0 {
                #expect(table.index(of: id) == expected, "lookup of \(id)")
            } else {
                let result = table.insert(id)
                #expect(result.inserted == (expected == nil), "insert of \(id)")
                if let expected { #expect(result.index == expected) } else {
                    model[id] = order.count
                    order.append(id)
                }
            }
        }
        #expect(table.count == order.count)
        var seen: [String] = []
        table.forEach { id, index in
            #expect(order[index] == id)
            seen.append(id)
        }
        #expect(seen == order)
    }

    @Test func reservingKeepsEveryIDFindable() {
        var table = IDTable()
        for n in 0..<100 { table.insert("g\(n)") }
        table.reserveCapacity(50_000)
        for n in 0..<200 { table.insert("g\(n)") }
        #expect(table.count == 200)
        for n in 0..<200 { #expect(table.index(of: "g\(n)") == n) }
    }

    @Test func keepsIDsOfAnyUTF8ByteForByte() {
        var table = IDTable()
        let ids = ["", "é", "e\u{301}", "日本語の識別子です", String(repeating: "z", count: 64), "z"]
        for id in ids { #expect(table.insert(id).inserted) }
        for (index, id) in ids.enumerated() {
            #expect(table.index(of: id) == index)
            #expect(table.id(at: index) == id)
        }
    }

    @Test func hashMixesEveryByteOfEveryLength() {
        // Ids that differ only in their last byte, at every length: the tail of an id (the bytes after its
        // last whole word) must change the hash as its first bytes do.
        for length in 1...24 {
            var hashes = Set<UInt64>()
            for last in 0..<64 {
                let id = Array(repeating: UInt8(ascii: "a"), count: length - 1) + [UInt8(48 + last)]
                hashes.insert(id.withUnsafeBufferPointer(IDTable.hash))
            }
            #expect(hashes.count == 64, "length \(length)")
        }
    }
}

/// Values keyed by id, as the rule state keeps people, sessions and owners: the same answers as a
/// dictionary, values changed in place, and the ids in the order they were first given a value.
@Suite struct IDMapTests {
    @Test func agreesWithADictionary() {
        var map = IDMap<Int>()
        var model: [String: Int] = [:]
        var x: UInt64 = 99
        for step in 0..<5_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let id = "p" + String(x >> 52)
            switch step % 4 {
            case 0: #expect(map[id] == model[id])
            case 1, 2:
                map[id] = step
                model[id] = step
            default:
                map[id]? += 1
                model[id]? += 1
            }
            #expect(map.count == model.count)
        }
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == model)
    }

    @Test func changesValuesInPlaceAndRemovesOnNil() {
        var map = IDMap<[Int]>()
        map["s1"] = [1]
        map["s2"] = []
        map["s1"]?.append(2)
        map["s3"]?.append(9)
        #expect(map["s1"] == [1, 2])
        #expect(map["s3"] == nil)
        #expect(map.count == 2)
        map["s1"] = nil
        #expect(map["s1"] == nil)
        #expect(map.count == 1)
        map["s1"] = [3]
        #expect(map.map(\.key) == ["s1", "s2"])
        #expect(!map.isEmpty)
    }
}
