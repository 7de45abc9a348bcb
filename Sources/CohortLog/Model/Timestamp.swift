/// A moment as RFC 3339 writes it, with its UTC offset: `2014-06-12T11:05:00+02:00`.
///
/// The instant and the offset are both kept, so that the timestamp is written back exactly as it was
/// given (fraction digits included) and its local date is the date "as written" (docs/AUDIT.md).
/// Timestamps compare by instant.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let epochSeconds: Int
    let storedNanoseconds: Int32
    let storedOffset: Int16
    let storedDigits: UInt8
    /// Whether the offset was written `Z`.
    public let isUTC: Bool
    /// Whether the offset was written `-00:00` (RFC 3339: UTC, local offset unknown).
    let isNegativeZero: Bool

    /// The fraction of the second, in nanoseconds.
    public var nanoseconds: Int { Int(storedNanoseconds) }
    /// How many fraction digits were written (0 when none).
    public var fractionDigits: Int { Int(storedDigits) }
    /// The UTC offset in minutes (east positive).
    public var offsetMinutes: Int { Int(storedOffset) }

    /// A timestamp in UTC (written with `Z`) at this instant, to the second or with nanoseconds.
    public init(epochSeconds: Int, nanoseconds: Int = 0, fractionDigits: Int = 0) {
        self.init(epochSeconds: epochSeconds, nanoseconds: nanoseconds, fractionDigits: fractionDigits, offsetMinutes: 0, isUTC: true)
    }

    package init(
        epochSeconds: Int, nanoseconds: Int, fractionDigits: Int, offsetMinutes: Int, isUTC: Bool,
        isNegativeZero: Bool = false
    ) {
        self.epochSeconds = epochSeconds
        storedNanoseconds = Int32(nanoseconds)
        storedDigits = UInt8(fractionDigits)
        storedOffset = Int16(offsetMinutes)
        self.isUTC = isUTC
        self.isNegativeZero = isNegativeZero
    }

    /// Parses an RFC 3339 timestamp with an offset; nil when it is not one.
    public init?(_ text: String) {
        var text = text
        guard case .success(let value) = text.withUTF8({ Timestamp.parse(UnsafeRawBufferPointer($0)) }) else {
            return nil
        }
        self = value
    }

    /// The date of this moment in its own offset (the date "as written").
    public var localDay: Day {
        Day(daysSinceEpoch: floorDiv(epochSeconds + offsetMinutes * 60, 86_400))
    }

    /// The date of this moment in UTC.
    public var utcDay: Day { Day(daysSinceEpoch: floorDiv(epochSeconds, 86_400)) }

    /// The same instant written in UTC with `Z`, keeping the fraction digits.
    public var inUTC: Timestamp {
        Timestamp(epochSeconds: epochSeconds, nanoseconds: nanoseconds, fractionDigits: fractionDigits)
    }

    /// Same instant (however it was written: compare ``description`` for the text).
    public static func == (a: Timestamp, b: Timestamp) -> Bool {
        a.epochSeconds == b.epochSeconds && a.nanoseconds == b.nanoseconds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(storedNanoseconds)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.epochSeconds, a.nanoseconds) < (b.epochSeconds, b.nanoseconds)
    }

    /// The timestamp in RFC 3339, exactly as it was written. (Reports write one for nearly every item
    /// they show: it is written into one string's bytes, not joined from a dozen strings.)
    public var description: String {
        let local = epochSeconds + offsetMinutes * 60
        let days = floorDiv(local, 86_400)
        let (year, month, date) = Day(daysSinceEpoch: days).components
        let second = local - days * 86_400
        let magnitude = abs(offsetMinutes)
        // A year of four digits, an offset under 100 hours and a fraction of at most nine digits, as every
        // timestamp read from text has; anything else is written as `Day` and `pad` write it.
        guard (0...9999).contains(year), magnitude < 6_000, (0...9).contains(fractionDigits), (0..<1_000_000_000).contains(nanoseconds) else {
            return Day(daysSinceEpoch: days).description + "T" + pad(second / 3600, 2) + ":" + pad(second / 60 % 60, 2) + ":"
                + pad(second % 60, 2) + (fractionDigits > 0 ? "." + pad(nanoseconds / Timestamp.tens[9 - fractionDigits], fractionDigits) : "")
                + (isUTC ? "Z" : (offsetMinutes < 0 || isNegativeZero ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2))
        }
        return String(unsafeUninitializedCapacity: 35) { buffer in
            var at = 0
            func put(_ byte: UInt8) {
                buffer[at] = byte
                at += 1
            }
            func put(_ value: Int, digits: Int) {
                var divisor = Timestamp.tens[digits - 1]
                while divisor > 0 {
                    put(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            put(year, digits: 4)
            put(UInt8(ascii: "-"))
            put(month, digits: 2)
            put(UInt8(ascii: "-"))
            put(date, digits: 2)
            put(UInt8(ascii: "T"))
            put(second / 3600, digits: 2)
            put(UInt8(ascii: ":"))
            put(second / 60 % 60, digits: 2)
            put(UInt8(ascii: ":"))
            put(second % 60, digits: 2)
            if fractionDigits > 0 {
                put(UInt8(ascii: "."))
                put(nanoseconds / Timestamp.tens[9 - fractionDigits], digits: fractionDigits)
            }
            if isUTC {
                put(UInt8(ascii: "Z"))
            } else {
                put(offsetMinutes < 0 || isNegativeZero ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                put(magnitude / 60, digits: 2)
                put(UInt8(ascii: ":"))
                put(magnitude % 60, digits: 2)
            }
            return at
        }
    }

    /// 10⁰ to 10⁹.
    static let tens = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000]

    /// Parses an RFC 3339 timestamp from ASCII bytes, or says what is wrong with it.
    ///
    /// Accepted: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to 9 digits, then `Z` or `+HH:MM` or
    /// `-HH:MM`. The `T` and `Z` are upper case.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<Timestamp, TimestampError> {
        guard bytes.count >= 19, let day = Day.parse(UnsafeRawBufferPointer(rebasing: bytes[0..<10])) else {
            if bytes.count >= 10, Day.parse(UnsafeRawBufferPointer(rebasing: bytes[0..<10])) != nil, bytes.count == 10 {
                return .failure(.noTime)
            }
            return .failure(.notRFC3339)
        }
        guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2), let second = digits(bytes, 17, 2)
        else { return .failure(.notRFC3339) }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.outOfRange) }
        var position = 19
        var nanoseconds = 0
        var fractionDigits = 0
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, case let digit = bytes[position] &- UInt8(ascii: "0"), digit < 10 {
                guard fractionDigits < 9 else { return .failure(.notRFC3339) }
                nanoseconds = nanoseconds * 10 + Int(digit)
                fractionDigits += 1
                position += 1
            }
            guard fractionDigits > 0 else { return .failure(.notRFC3339) }
            for _ in fractionDigits..<9 { nanoseconds *= 10 }
        }
        let rest = bytes.count - position
        var offsetMinutes = 0
        var isUTC = false
        var isNegativeZero = false
        if rest == 0 {
            return .failure(.noOffset)
        } else if rest == 1 && bytes[position] == UInt8(ascii: "Z") {
            isUTC = true
        } else if rest == 6, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"),
            bytes[position + 3] == UInt8(ascii: ":"), let oh = digits(bytes, position + 1, 2),
            let om = digits(bytes, position + 4, 2)
        {
            guard oh < 24, om < 60 else { return .failure(.outOfRange) }
            offsetMinutes = (oh * 60 + om) * (bytes[position] == UInt8(ascii: "-") ? -1 : 1)
            isNegativeZero = offsetMinutes == 0 && bytes[position] == UInt8(ascii: "-")
        } else {
            return .failure(.notRFC3339)
        }
        let local = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return .success(Timestamp(
            epochSeconds: local - offsetMinutes * 60, nanoseconds: nanoseconds, fractionDigits: fractionDigits,
            offsetMinutes: offsetMinutes, isUTC: isUTC, isNegativeZero: isNegativeZero))
    }
}

/// What is wrong with a timestamp.
public enum TimestampError: Error, Sendable {
    /// Not of the form `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
    case notRFC3339
    /// A date without a time.
    case noTime
    /// A time without `Z` or `±HH:MM`.
    case noOffset
    /// An hour, minute, second or offset out of range.
    case outOfRange

    /// The problem in plain words.
    public var message: String {
        switch self {
        case .notRFC3339: "is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SS with Z or an offset such as +02:00)"
        case .noTime: "is a date without a time (write YYYY-MM-DDTHH:MM:SS with Z or an offset such as +02:00)"
        case .noOffset: "has no UTC offset (end it with Z or an offset such as +02:00)"
        case .outOfRange: "has an hour, minute, second or offset out of range"
        }
    }
}

@inline(__always)
func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
