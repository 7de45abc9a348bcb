/// A calendar date, `YYYY-MM-DD`, without a time or a zone (the proleptic Gregorian calendar).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let daysSinceEpoch: Int

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// The day with this year, month (1–12) and day of the month, or nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1 && year <= 9999, month >= 1 && month <= 12, day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        daysSinceEpoch = Day.days(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parse(UnsafeRawBufferPointer($0)) }) else { return nil }
        self = day
    }

    /// Parses `YYYY-MM-DD` from ASCII bytes.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The year, month and day of the month.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// The next day.
    public var next: Day { Day(daysSinceEpoch: daysSinceEpoch + 1) }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Days as a set: sorted, each once, with the days that `days` gave more than once (each once, in
    /// order). A session's days are a set (docs/FORMAT.md, rule 5.6): its first day is the earliest.
    public static func set(of days: [Day]) -> (days: [Day], repeated: [Day]) {
        let sorted = days.sorted()
        var unique: [Day] = []
        var repeated: [Day] = []
        unique.reserveCapacity(sorted.count)
        for day in sorted {
            if unique.last == day {
                if repeated.last != day { repeated.append(day) }
            } else {
                unique.append(day)
            }
        }
        return (unique, repeated)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The value of `count` ASCII digits at `offset`, or nil when one is not a digit.
@inline(__always)
func digits(_ bytes: UnsafeRawBufferPointer, _ offset: Int, _ count: Int) -> Int? {
    var value = 0
    for i in offset..<(offset + count) {
        let digit = bytes[i] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
    }
    return value
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
