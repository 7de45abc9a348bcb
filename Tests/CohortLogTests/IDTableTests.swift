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
}
