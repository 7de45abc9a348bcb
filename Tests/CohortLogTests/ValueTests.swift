import Testing
@testable import CohortLog

@Suite struct TimestampTests {
    @Test(arguments: ["2014-06-12T11:05:00+02:00", "2014-06-12T09:06:13Z", "2015-01-29T23:59:59.123-05:30", "2014-12-31T23:00:00.5+01:00",
                      "2014-06-12T09:06:13-00:00", "2014-06-12T09:06:13+00:00"])
    func aTimestampIsWrittenBackExactlyAsGiven(_ text: String) throws {
        #expect(try #require(Timestamp(text)).description == text)
    }

    @Test(arguments: [
        ("2014-06-12T11:05:00", TimestampError.noOffset), ("2014-06-12", .noTime), ("2014-06-12 11:05:00Z", .notRFC3339),
        ("2014-06-12T25:05:00Z", .outOfRange), ("2014-02-30T10:00:00Z", .notRFC3339), ("2014-06-12T11:05:00+2:00", .notRFC3339),
        ("2014-06-12T11:05:00z", .notRFC3339), ("2014-06-12T11:05:00.Z", .notRFC3339), ("", .notRFC3339),
    ])
    func aTimestampWithoutAnOffsetOrOutOfRangeIsRefused(_ text: String, _ error: TimestampError) {
        var text = text
        let result = text.withUTF8 { Timestamp.parse(UnsafeRawBufferPointer($0)) }
        guard case .failure(let found) = result else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(found == error)
    }

    /// The timestamp as it was written before it was written into one string's bytes: joined from the
    /// day's text and padded numbers.
    static func joined(_ t: Timestamp) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        let local = t.epochSeconds + t.offsetMinutes * 60
        let days = Int((Double(local) / 86_400).rounded(.down))
        let second = local - days * 86_400
        var text = Day(daysSinceEpoch: days).description + "T" + pad(second / 3600, 2) + ":" + pad(second / 60 % 60, 2) + ":" + pad(second % 60, 2)
        if t.fractionDigits > 0 {
            var fraction = t.nanoseconds
            for _ in t.fractionDigits..<9 { fraction /= 10 }
            text += "." + pad(fraction, t.fractionDigits)
        }
        if t.isUTC { return text + "Z" }
        let magnitude = abs(t.offsetMinutes)
        return text + (t.offsetMinutes < 0 || t.isNegativeZero ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
    }

    @Test func aTimestampIsWrittenAsItsPartsJoinedWould() {
        var random = SystemRandomNumberGenerator()
        var written = 0
        // Instants from before year 1 to after 9999, every number of fraction digits, offsets of both signs.
        for _ in 0..<20_000 {
            let epoch = Int.random(in: -65_000_000_000...255_000_000_000, using: &random)
            let digits = Int.random(in: 0...9, using: &random)
            let nanoseconds = digits == 0 ? 0 : Int.random(in: 0..<1_000_000_000, using: &random) / Timestamp.tens[9 - digits] * Timestamp.tens[9 - digits]
            let offset = Int.random(in: -1_439...1_439, using: &random)
            let isUTC = Int.random(in: 0..<4, using: &random) == 0
            let t = Timestamp(epochSeconds: epoch, nanoseconds: nanoseconds, fractionDigits: digits, offsetMinutes: isUTC ? 0 : offset,
                              isUTC: isUTC, isNegativeZero: !isUTC && offset == 0 && Bool.random(using: &random))
            #expect(t.description == TimestampTests.joined(t), "\(t.epochSeconds) \(t.offsetMinutes)")
            written += 1
        }
        // The edges: an offset of 100 hours or more, and the first and last second of the years 0 and 9999.
        for t in [Timestamp(epochSeconds: 0, nanoseconds: 0, fractionDigits: 0, offsetMinutes: 6_000, isUTC: false),
                  Timestamp(epochSeconds: -62_167_219_200), Timestamp(epochSeconds: -62_167_219_201),
                  Timestamp(epochSeconds: 253_402_300_799), Timestamp(epochSeconds: 253_402_300_800)] {
            #expect(t.description == TimestampTests.joined(t))
        }
        #expect(written == 20_000)
    }

    @Test func timestampsCompareByInstantAndKnowTheirLocalDate() throws {
        let amsterdam = try #require(Timestamp("2014-06-13T01:30:00+02:00"))
        let utc = try #require(Timestamp("2014-06-12T23:30:00Z"))
        #expect(amsterdam == amsterdam)
        #expect(!(amsterdam < utc) && !(utc < amsterdam))
        #expect(amsterdam.localDay.description == "2014-06-13")
        #expect(utc.localDay.description == "2014-06-12")
        #expect(amsterdam.inUTC.description == "2014-06-12T23:30:00Z")
    }
}

@Suite struct DayTests {
    @Test func daysRoundTripAcrossLeapYearsAndCenturies() throws {
        for text in ["1970-01-01", "2000-02-29", "2014-06-12", "2100-03-01", "1600-02-29", "9999-12-31"] {
            #expect(try #require(Day(text)).description == text)
        }
        #expect(Day("2014-02-29") == nil)
        #expect(Day("1900-02-29") == nil)
        #expect(Day("2014-13-01") == nil)
        #expect(Day("14-06-12") == nil)
        #expect(Day("2014-06-12")?.next.description == "2014-06-13")
    }
}

@Suite struct IdentifierTests {
    @Test func idsFollowThePatternOfTheFormat() {
        for good in ["p03", "w-p03-1", "a", "x.y_z:1-2", String(repeating: "a", count: 64)] { #expect(RecordID(good) != nil) }
        for bad in ["", "-p", ".p", "p 3", "p/3", "é", String(repeating: "a", count: 65)] { #expect(RecordID(bad) == nil) }
    }
}
