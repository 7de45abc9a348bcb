import CohortLog

/// The UTC offsets of a time zone through time, read from the system's time zone database (TZif files,
/// RFC 8536, as in `/usr/share/zoneinfo`), or a fixed offset: what turns a local time without an offset
/// (`2014-07-01 10:00`, as spreadsheets and forms write it) into an RFC 3339 timestamp.
///
/// For example, in `Europe/Amsterdam` the local time 2014-07-01 10:00 is 2014-07-01T10:00:00+02:00 and
/// 2014-12-11 10:00 is 2014-12-11T10:00:00+01:00; 2014-03-30 02:30 does not exist (the clocks moved from
/// 02:00 to 03:00) and 2014-10-26 02:30 happened twice (``Resolution``).
public struct TimeZoneRules: Sendable {
    /// The zone's name (`Europe/Amsterdam`, `+02:00`, `UTC`).
    public let name: String
    /// The instants (seconds since the epoch, UTC) at which the offset changes, ascending, with the
    /// offset (seconds east of UTC) from then on.
    let transitions: [(at: Int, offset: Int)]
    /// The offset before the first transition.
    let initialOffset: Int
    /// The rule after the last transition (the TZif footer), if any.
    let rule: PosixRule?
    /// Every offset the zone uses.
    let offsets: [Int]

    /// A zone with one offset forever (`offset` in seconds east of UTC).
    public static func fixed(_ name: String, offset: Int) -> TimeZoneRules {
        TimeZoneRules(name: name, transitions: [], initialOffset: offset, rule: nil, offsets: [offset])
    }

    /// A zone with a POSIX `TZ` rule alone (`CET-1CEST,M3.5.0,M10.5.0/3`), as a TZif file ends with: the
    /// same offsets every year, read from no file.
    public init(name: String, rule text: String) throws(Failure) {
        guard let rule = PosixRule(text) else {
            throw Failure(message: "\"\(text)\" is not a time zone rule such as CET-1CEST,M3.5.0,M10.5.0/3")
        }
        let offsets = Set([rule.standard, rule.daylight?.offset].compactMap { $0 }).sorted()
        self.init(name: name, transitions: [], initialOffset: rule.standard, rule: rule, offsets: offsets)
    }

    init(name: String, transitions: [(at: Int, offset: Int)], initialOffset: Int, rule: PosixRule?, offsets: [Int]) {
        self.name = name
        self.transitions = transitions
        self.initialOffset = initialOffset
        self.rule = rule
        self.offsets = offsets
    }

    /// Why a zone could not be had.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// The zone named `name`: `UTC` (or `Z`), a fixed offset (`+02:00`, `-05:00`), or a zone of the
    /// time zone database (`Europe/Amsterdam`) read from `directory` (`TZDIR`, else
    /// `/usr/share/zoneinfo`).
    public static func named(_ name: String, directory: String?) throws(Failure) -> TimeZoneRules {
        if name == "UTC" || name == "Z" { return .fixed("UTC", offset: 0) }
        if let first = name.utf8.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            let digits = Array(name.utf8.dropFirst())
            guard digits.count == 5, digits[2] == UInt8(ascii: ":"),
                let hours = Int(String(decoding: digits[0..<2], as: UTF8.self)),
                let minutes = Int(String(decoding: digits[3..<5], as: UTF8.self)), hours <= 23, minutes <= 59
            else { throw Failure(message: "\"\(name)\" is not an offset such as +02:00") }
            let offset = (hours * 3600 + minutes * 60) * (first == UInt8(ascii: "-") ? -1 : 1)
            return .fixed(name, offset: offset)
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber || c == "_" || c == "-" || c == "+") }
        guard !name.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && $0.allSatisfy(allowed) }) else {
            throw Failure(message: "\"\(name)\" is not the name of a time zone such as Europe/Amsterdam")
        }
        let base = directory.flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
        let bytes: [UInt8]
        do { bytes = try FileSystem.readAll(base + "/" + name) } catch {
            throw Failure(message: "there is no time zone \"\(name)\" in \(base)")
        }
        return try TimeZoneRules(name: name, tzif: bytes)
    }

    /// Reads a TZif file (RFC 8536, versions 1 to 4).
    public init(name: String, tzif bytes: [UInt8]) throws(Failure) {
        let invalid = Failure(message: "the time zone file of \"\(name)\" is not a TZif file")
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        func i32(_ at: Int) -> Int { Int(Int32(truncatingIfNeeded: u32(at))) }
        func i64(_ at: Int) -> Int { Int(Int64(bitPattern: UInt64(u32(at)) << 32 | UInt64(u32(at + 4)))) }
        func counts(_ at: Int) -> (isut: Int, isstd: Int, leap: Int, time: Int, type: Int, char: Int)? {
            guard at + 44 <= bytes.count, bytes[at..<(at + 4)].elementsEqual("TZif".utf8) else { return nil }
            return (u32(at + 20), u32(at + 24), u32(at + 28), u32(at + 32), u32(at + 36), u32(at + 40))
        }
        guard let first = counts(0) else { throw invalid }
        let version = bytes[4]
        var header = 0
        var c = first
        var timeSize = 4
        if version >= UInt8(ascii: "2") {
            // Skip the version 1 block: the 64-bit block after it is the one that counts.
            header = 44 + c.time * 4 + c.time + c.type * 6 + c.char + c.leap * 8 + c.isstd + c.isut
            guard let second = counts(header) else { throw invalid }
            c = second
            timeSize = 8
        }
        let times = header + 44
        let indices = times + c.time * timeSize
        let types = indices + c.time
        let end = types + c.type * 6 + c.char + c.leap * (timeSize + 4) + c.isstd + c.isut
        guard c.type > 0, end <= bytes.count else { throw invalid }
        let typeOffsets = (0..<c.type).map { i32(types + $0 * 6) }
        var transitions: [(at: Int, offset: Int)] = []
        for index in 0..<c.time {
            let at = timeSize == 8 ? i64(times + index * 8) : i32(times + index * 4)
            let type = Int(bytes[indices + index])
            guard type < c.type else { throw invalid }
            transitions.append((at, typeOffsets[type]))
        }
        var rule: PosixRule?
        if timeSize == 8, end < bytes.count, bytes[end] == 0x0A,
            let close = bytes[(end + 1)...].firstIndex(of: 0x0A), close > end + 1
        {
            rule = PosixRule(String(decoding: bytes[(end + 1)..<close], as: UTF8.self))
        }
        var offsets = Set(typeOffsets)
        if let rule { offsets.formUnion([rule.standard, rule.daylight?.offset].compactMap { $0 }) }
        self.init(name: name, transitions: transitions, initialOffset: typeOffsets[0], rule: rule,
                  offsets: offsets.sorted())
    }

    /// The offset (seconds east of UTC) in force at `instant` (seconds since the epoch).
    public func offset(at instant: Int) -> Int {
        guard let last = transitions.last else { return rule?.offset(at: instant) ?? initialOffset }
        if instant >= last.at { return rule?.offset(at: instant) ?? last.offset }
        // The last transition not after the instant.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle].at <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : transitions[low - 1].offset
    }

    /// What a local time is in this zone.
    public enum Resolution: Sendable, Equatable {
        /// One moment, at this offset.
        case unique(offset: Int)
        /// None: the clocks skipped it (moved forward past it).
        case skipped
        /// Two moments: the clocks passed it twice (moved back); the offsets, the earlier moment's first.
        case ambiguous(first: Int, second: Int)
    }

    /// The offset(s) at which the local time `local` (seconds since the epoch as if the local time
    /// were UTC) occurs.
    public func resolve(local: Int) -> Resolution {
        let valid = Set(offsets.filter { offset(at: local - $0) == $0 }).sorted(by: >)
        switch valid.count {
        case 0: return .skipped
        case 1: return .unique(offset: valid[0])
        default: return .ambiguous(first: valid[0], second: valid[valid.count - 1])
        }
    }
}

/// The rule of a POSIX `TZ` string (`CET-1CEST,M3.5.0,M10.5.0/3`), as TZif files end with: the offsets
/// from the last transition on.
struct PosixRule: Sendable {
    /// Standard time's offset, seconds east of UTC.
    let standard: Int
    /// Daylight saving time: its offset, and when it starts and ends each year (in local standard and
    /// daylight time respectively).
    let daylight: (offset: Int, start: DayRule, startTime: Int, end: DayRule, endTime: Int)?

    /// A day of the year.
    enum DayRule: Sendable {
        /// `Mm.w.d`: day d (0 Sunday) of week w (5: the last) of month m.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
        /// `Jn`: day n from 1 to 365, 29 February not counted.
        case julian(Int)
        /// `n`: day n from 0 to 365, 29 February counted.
        case zeroBased(Int)

        /// The day in `year`.
        func day(in year: Int) -> Day? {
            switch self {
            case .monthWeekDay(let month, let week, let weekday):
                guard let first = Day(year: year, month: month, day: 1) else { return nil }
                let firstWeekday = ((first.daysSinceEpoch + 4) % 7 + 7) % 7
                var day = first.daysSinceEpoch + (weekday - firstWeekday + 7) % 7 + 7 * (week - 1)
                while Day(daysSinceEpoch: day).components.month != month { day -= 7 }
                return Day(daysSinceEpoch: day)
            case .julian(let n):
                guard let january = Day(year: year, month: 1, day: 1) else { return nil }
                let leap = Day(year: year, month: 2, day: 29) != nil
                return Day(daysSinceEpoch: january.daysSinceEpoch + n - 1 + (leap && n >= 60 ? 1 : 0))
            case .zeroBased(let n):
                guard let january = Day(year: year, month: 1, day: 1) else { return nil }
                return Day(daysSinceEpoch: january.daysSinceEpoch + n)
            }
        }
    }

    /// Parses a TZ string; nil when it is not one this reader knows.
    init?(_ text: String) {
        var scanner = Array(text.utf8)[...]
        func name() -> Bool {
            if scanner.first == UInt8(ascii: "<") {
                guard let close = scanner.firstIndex(of: UInt8(ascii: ">")) else { return false }
                scanner = scanner[(close + 1)...]
                return true
            }
            let letters = scanner.prefix { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
            guard letters.count >= 3 else { return false }
            scanner = scanner.dropFirst(letters.count)
            return true
        }
        func number() -> Int? {
            let digits = scanner.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            guard !digits.isEmpty else { return nil }
            scanner = scanner.dropFirst(digits.count)
            return Int(String(decoding: digits, as: UTF8.self))
        }
        /// `[+-]hh[:mm[:ss]]` in seconds.
        func time() -> Int? {
            var sign = 1
            if scanner.first == UInt8(ascii: "+") { scanner = scanner.dropFirst() } else if scanner.first == UInt8(ascii: "-") {
                sign = -1
                scanner = scanner.dropFirst()
            }
            guard let hours = number() else { return nil }
            var seconds = hours * 3600
            for unit in [60, 1] {
                guard scanner.first == UInt8(ascii: ":") else { break }
                scanner = scanner.dropFirst()
                guard let value = number() else { return nil }
                seconds += value * unit
            }
            return sign * seconds
        }
        func dayRule() -> (DayRule, Int)? {
            let rule: DayRule
            if scanner.first == UInt8(ascii: "M") {
                scanner = scanner.dropFirst()
                guard let month = number(), scanner.popFirst() == UInt8(ascii: "."), let week = number(),
                    scanner.popFirst() == UInt8(ascii: "."), let weekday = number(),
                    (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
                else { return nil }
                rule = .monthWeekDay(month: month, week: week, weekday: weekday)
            } else if scanner.first == UInt8(ascii: "J") {
                scanner = scanner.dropFirst()
                guard let n = number(), (1...365).contains(n) else { return nil }
                rule = .julian(n)
            } else {
                guard let n = number(), (0...365).contains(n) else { return nil }
                rule = .zeroBased(n)
            }
            var at = 7200
            if scanner.first == UInt8(ascii: "/") {
                scanner = scanner.dropFirst()
                guard let value = time() else { return nil }
                at = value
            }
            return (rule, at)
        }
        guard name(), let standardWest = time() else { return nil }
        standard = -standardWest
        guard !scanner.isEmpty else {
            daylight = nil
            return
        }
        guard name() else { return nil }
        var daylightOffset = standard + 3600
        if let first = scanner.first, first != UInt8(ascii: ",") {
            guard let west = time() else { return nil }
            daylightOffset = -west
        }
        guard scanner.popFirst() == UInt8(ascii: ","), let (start, startTime) = dayRule(),
            scanner.popFirst() == UInt8(ascii: ","), let (end, endTime) = dayRule(), scanner.isEmpty
        else { return nil }
        daylight = (daylightOffset, start, startTime, end, endTime)
    }

    /// The offset at `instant`.
    func offset(at instant: Int) -> Int {
        guard let daylight else { return standard }
        let localDay = Day(daysSinceEpoch: Int((Double(instant + standard) / 86_400).rounded(.down)))
        let year = localDay.components.year
        guard let startDay = daylight.start.day(in: year), let endDay = daylight.end.day(in: year) else { return standard }
        let start = startDay.daysSinceEpoch * 86_400 + daylight.startTime - standard
        let end = endDay.daysSinceEpoch * 86_400 + daylight.endTime - daylight.offset
        let inDaylight = start < end ? (start <= instant && instant < end) : !(end <= instant && instant < start)
        return inDaylight ? daylight.offset : standard
    }
}
