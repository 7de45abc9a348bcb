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
