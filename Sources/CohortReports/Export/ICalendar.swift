import CohortLog
import CohortProjections

/// The sessions as an iCalendar file (RFC 5545), for a calendar application or a subscription: one
/// all-day `VEVENT` per session, from its earliest day to the day after its latest (`VALUE=DATE`).
///
/// What the public may see of a session, and nothing else: its title (`SUMMARY`), place (`LOCATION`),
/// the programme, its kind and size, and its host's name where the public harvest shows it
/// (`DESCRIPTION`). The output depends on the log alone, never on the clock, so that the same log
/// gives the same bytes:
///
/// - `UID` is `SESSION@COHORT.cohort` (`s2@eigen-regie-2014.cohort`): the same in every export, so that a
///   calendar updates the event instead of adding another. Neither id can hold an `@`, so two sessions
///   never share one.
/// - `SEQUENCE` counts the changes to what the event says (``SessionRevisions``): a move, a
///   cancellation, a retraction of either, the host's name shown, no longer shown or erased. A calendar
///   takes an event with a higher `SEQUENCE` over the copy it holds.
/// - `DTSTAMP` is when the log recorded the record that made the event say what it says (`recorded`, UTC):
///   it moves with every change, and only then.
/// - `STATUS` is `CONFIRMED`, or `CANCELLED` for a cancelled session or one whose scheduling was retracted,
///   which stays in the file so that calendars that hold it learn of the cancellation.
///
/// Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character or an escape); texts
/// are escaped (`\\`, `\;`, `\,`, `\n`) and control characters become spaces.
public struct ICalendar: Sendable {
    /// `PRODID`: what made the file.
    public static let productID = "-//cohort//cohort log format 1//EN"

    /// The cohort as the public may see it (``CohortState/visible(to:)``): the programme.
    public var state: CohortState
    /// What each session's event says, with its `SEQUENCE` and `DTSTAMP`.
    public var revisions: SessionRevisions
    /// The words of the descriptions.
    public var words: Words

    public init(state: CohortState, revisions: SessionRevisions, words: Words) {
        self.state = state
        self.revisions = revisions
        self.words = words
    }

    /// The calendar, CRLF line ends and folded lines included.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.productID, "CALSCALE:GREGORIAN"]
        if let programme = state.programme {
            lines.append("X-WR-CALNAME:" + ICalendar.escape(programme.title))
        }
        for entry in revisions.entriesInOrder {
            lines += event(entry)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.fold).joined()
    }

    /// The unique id of a session's event.
    public func uid(_ session: SessionID) -> String {
        session.rawValue + "@" + (revisions.cohort?.rawValue ?? state.programme?.cohort.rawValue ?? "unknown") + ".cohort"
    }

    /// The lines of one session's event (unfolded, without line ends).
    func event(_ entry: SessionRevisions.Entry) -> [String] {
        let session = entry.session
        // The earliest and the latest day, in whatever order the log wrote them.
        let first = session.days.min() ?? session.firstDay
        let last = session.days.max() ?? session.lastDay
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + ICalendar.escape(uid(session.id)),
            "DTSTAMP:" + ICalendar.dateTime(entry.lastRecorded),
            "DTSTART;VALUE=DATE:" + ICalendar.date(first),
            "DTEND;VALUE=DATE:" + ICalendar.date(last.next),
            "SUMMARY:" + ICalendar.escape(session.title),
        ]
        if let location = session.location {
            lines.append("LOCATION:" + ICalendar.escape(location))
        }
        lines.append("DESCRIPTION:" + ICalendar.escape(description(entry, first: first, last: last)))
        lines.append("SEQUENCE:\(entry.revision)")
        lines.append("STATUS:" + (session.isCancelled ? "CANCELLED" : "CONFIRMED"))
        lines.append("END:VEVENT")
        return lines
    }

    /// The description: the programme, then the kind, size and host (and the days, when the session
    /// does not take every day from its first to its last).
    func description(_ entry: SessionRevisions.Entry, first: Day, last: Day) -> String {
        let session = entry.session
        var paragraphs: [String] = []
        if let programme = state.programme { paragraphs.append(programme.title) }
        var facts = [words.name(session.kind), "\(session.dagdelen) \(words.halfDays)"]
        if let name = entry.hostName {
            facts.append(words.hostedBy + " " + words.text(name))
        }
        if session.isCancelled { facts.append(words.cancelled) }
        paragraphs.append(facts.joined(separator: ", "))
        let distinct = Set(session.days)
        if distinct.count != last.daysSinceEpoch - first.daysSinceEpoch + 1 {
            paragraphs.append(distinct.sorted().map { words.date($0) }.joined(separator: ", "))
        }
        return paragraphs.joined(separator: "\n")
    }

    /// A date as iCalendar writes it: `20140923`.
    public static func date(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return digits(year, 4) + digits(month, 2) + digits(dayOfMonth, 2)
    }

    /// A moment in UTC as iCalendar writes it, to the second: `20140527T103000Z`.
    public static func dateTime(_ time: Timestamp) -> String {
        let days = time.epochSeconds >= 0 ? time.epochSeconds / 86_400 : (time.epochSeconds - 86_399) / 86_400
        let second = time.epochSeconds - days * 86_400
        return date(Day(daysSinceEpoch: days)) + "T" + digits(second / 3600, 2) + digits(second / 60 % 60, 2)
            + digits(second % 60, 2) + "Z"
    }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A text value escaped (RFC 5545 section 3.3.11): `\` `;` `,` with a backslash, a line break
    /// (LF, CRLF or CR) as `\n`; other control characters (but tab) become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded (RFC 5545 section 3.1): at most 75 octets a line, each continuation
    /// starting with a space, split only between characters and never inside an escape; each line
    /// ended with CRLF.
    public static func fold(_ line: String) -> String {
        var out: [UInt8] = []
        var width = 0
        var scalars = Array(line.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            // An escape and the character it escapes stay together.
            var unit = Array(String(scalar).utf8)
            if scalar == "\\", let next = scalars.popFirst() { unit += Array(String(next).utf8) }
            if width + unit.count > 75 {
                out += [0x0D, 0x0A, 0x20]
                width = 1
            }
            out += unit
            width += unit.count
        }
        out += [0x0D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }
}
