import Foundation
import Testing
import CohortLog
@testable import CohortImport

/// The time zone rules read from the system's TZif files, against Foundation's `TimeZone` as an oracle.
@Suite struct TimeZoneRulesTests {
    static let zones = ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Europe/Dublin", "Asia/Kolkata",
                        "Pacific/Auckland", "America/Sao_Paulo", "Asia/Tokyo"]

    /// Whether the system has a time zone database to read.
    static let database = FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Amsterdam")

    @Test(.enabled(if: database, "no time zone database in /usr/share/zoneinfo"), arguments: zones)
    func offsetsAgreeWithFoundationFrom1980To2045(_ name: String) throws {
        let rules = try TimeZoneRules.named(name, directory: nil)
        let zone = try #require(TimeZone(identifier: name))
        // Every six hours, and the hour either side of every transition Foundation knows.
        var instants: [Int] = Array(stride(from: 315_532_800, to: 2_366_841_600, by: 6 * 3600))
        var date = Date(timeIntervalSince1970: 315_532_800)
        while let next = zone.nextDaylightSavingTimeTransition(after: date), next.timeIntervalSince1970 < 2_366_841_600 {
            let at = Int(next.timeIntervalSince1970)
            instants += [at - 3600, at - 1, at, at + 3600]
            date = next
        }
        var differences: [String] = []
        for instant in instants {
            let expected = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
            if rules.offset(at: instant) != expected { differences.append("\(instant): \(rules.offset(at: instant)) ≠ \(expected)") }
        }
        #expect(differences.isEmpty, "\(name): \(differences.prefix(5)) (\(differences.count) in all)")
    }

    @Test func aRuleAloneGivesTheOffsetsOfEveryYear() throws {
        // A TZif file with no transitions and only its footer rule, as slim files have for recent years.
        let rules = try TimeZoneRules(name: "CET", tzif: Self.footerOnly("CET-1CEST,M3.5.0,M10.5.0/3"))
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        for instant in stride(from: 852_076_800, to: 2_366_841_600, by: 3 * 3600) {
            #expect(rules.offset(at: instant) == amsterdam.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))),
                    "\(instant)")
        }
        // The southern hemisphere: daylight time across the new year.
        let sydney = try TimeZoneRules(name: "AEST", tzif: Self.footerOnly("AEST-10AEDT,M10.1.0,M4.1.0/3"))
        #expect(sydney.offset(at: 1_420_070_400) == 11 * 3600)  // 2015-01-01: summer
        #expect(sydney.offset(at: 1_435_708_800) == 10 * 3600)  // 2015-07-01: winter
        // Negative times (v3 footers) and a zone without daylight time.
        let nuuk = try TimeZoneRules(name: "Nuuk", tzif: Self.footerOnly("<-02>2<-01>,M3.5.0/-1,M10.5.0/0"))
        #expect(nuuk.offset(at: 1_719_792_000) == -3600)  // 2024-07-01
        #expect(nuuk.offset(at: 1_704_067_200) == -7200)  // 2024-01-01
        #expect(try TimeZoneRules(name: "X", tzif: Self.footerOnly("<+0530>-5:30")).offset(at: 0) == 19_800)
    }

    @Test func aRuleAloneNeedsNoFile() throws {
        // Dutch time as `cohort generate` has it: summer time from the last Sunday of March to the last
        // Sunday of October, in the morning of every day from 1900 to 2200.
        let dutch = try TimeZoneRules(name: "Europe/Amsterdam", rule: "CET-1CEST,M3.5.0,M10.5.0/3")
        func lastSunday(_ year: Int, _ month: Int) -> Int {
            let last = Day(year: year, month: month, day: 31)!.daysSinceEpoch
            return last - ((last + 4) % 7 + 7) % 7
        }
        for year in 1900...2200 {
            let (start, end) = (lastSunday(year, 3), lastSunday(year, 10))
            let first = Day(year: year, month: 1, day: 1)!.daysSinceEpoch
            for day in first..<Day(year: year + 1, month: 1, day: 1)!.daysSinceEpoch {
                let expected = day >= start && day < end ? 7200 : 3600
                if dutch.offset(at: day * 86_400 + 7 * 3600) != expected { Issue.record("\(Day(daysSinceEpoch: day))") }
            }
        }
        #expect(throws: TimeZoneRules.Failure.self) { try TimeZoneRules(name: "x", rule: "CET-1CEST,M3.5.0") }
    }

    @Test func localTimesResolveToOneMomentNoneOrTwo() throws {
        let rules = try TimeZoneRules(name: "CET", tzif: Self.footerOnly("CET-1CEST,M3.5.0,M10.5.0/3"))
        func local(_ text: String) -> Int { (Timestamp(text + "Z")?.epochSeconds) ?? 0 }
        #expect(rules.resolve(local: local("2014-07-01T10:00:00")) == .unique(offset: 7200))
        #expect(rules.resolve(local: local("2014-12-11T10:00:00")) == .unique(offset: 3600))
        #expect(rules.resolve(local: local("2014-03-30T02:30:00")) == .skipped)
        #expect(rules.resolve(local: local("2014-10-26T02:30:00")) == .ambiguous(first: 7200, second: 3600))
        #expect(rules.resolve(local: local("2014-10-26T03:00:00")) == .unique(offset: 3600))
    }

    @Test func namesAndFilesThatAreNotZonesAreRefused() {
        for name in ["../../etc/passwd", "Europe/../../x", "", "Europe//Amsterdam", "+2:00", "+25:00"] {
            #expect(throws: TimeZoneRules.Failure.self, "\(name)") { try TimeZoneRules.named(name, directory: nil) }
        }
        #expect(throws: TimeZoneRules.Failure.self) { try TimeZoneRules(name: "x", tzif: Array("not a zone".utf8)) }
        #expect(throws: TimeZoneRules.Failure.self) { try TimeZoneRules(name: "x", tzif: Array(Self.footerOnly("CET-1").prefix(50))) }
    }

    /// A version 2 TZif file with one local time type, no transitions, and `rule` as its footer.
    static func footerOnly(_ rule: String) -> [UInt8] {
        func header() -> [UInt8] {
            // magic, version, 15 unused, then isutcnt isstdcnt leapcnt timecnt typecnt charcnt.
            Array("TZif2".utf8) + [UInt8](repeating: 0, count: 15)
                + [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 4]
        }
        let type: [UInt8] = [0, 0, 0x0E, 0x10, 0, 0] + Array("CET".utf8) + [0]  // +01:00, not DST, "CET"
        return header() + type + header() + type + [0x0A] + Array(rule.utf8) + [0x0A]
    }
}
