/// The words of `cohort prepare`: the sheet for the next session.
///
/// Each section has a heading with its count, a line saying what it holds, and a line for when it is
/// empty; each item says what it is and the evidence behind it. Ids people chose come in as `String` and
/// are marked as theirs; names, titles and texts come in as ``Inline``, already theirs; dates come in
/// already written (``Words/date(_:)``) and day counts as numbers.
///
///     words.prepare.statedWish("w-p01-2", "“…”", "12 June 2014", 146)
///     // wish w-p01-2 “…”, stated on 12 June 2014 (146 days ago)
public struct PrepareWords: Sendable {
    /// The title: `Preparing the next session`.
    public let title: String

    /// `Next session`.
    public let nextSession: String
    /// `No session is scheduled after this day.`
    public let noNextSession: String
    /// `When: 6 November 2014 (in 1 day)`, from the dates already written and the days until the first.
    public let when: @Sendable (_ dates: String, _ daysUntil: Int) -> String
    /// `Kind: meeting, 2 half-days`, from the kind's name and the dagdelen already counted.
    public let kind: @Sendable (_ kind: String, _ dagdelen: String) -> String
    /// `Hosted by Anna (pa), Leiden`, the municipality when known.
    public let host: @Sendable (_ person: Inline, _ municipality: Inline?) -> Inline
    /// `Location: Stadhuis Leiden`.
    public let location: @Sendable (_ location: Inline) -> Inline
    /// `Last session held: “Tweedaagse” (23 September 2014)`.
    public let lastSession: @Sendable (_ title: Inline, _ date: String) -> Inline
    /// `No session has been held yet.`
    public let noSessionHeld: String

    /// `Wishes without support (4)`.
    public let wishesWithoutSupport: @Sendable (_ count: Int) -> String
    /// What the section holds.
    public let wishesWithoutSupportExplained: String
    /// The section when empty.
    public let noWishesWithoutSupport: String
    /// `wish w-p01-2 “…”, stated on 12 June 2014 (146 days ago)`.
    public let statedWish: @Sendable (_ wish: String, _ text: Inline, _ date: String, _ daysAgo: Int) -> Inline

    /// `Quiet participants (1)`.
    public let quietParticipants: @Sendable (_ count: Int) -> String
    /// What the section holds, since the first day of the last session held (nil: none held yet).
    public let quietExplained: @Sendable (_ since: String?) -> String
    /// The section when empty.
    public let noQuietParticipants: @Sendable (_ since: String?) -> String
    /// `last support or reflection on 2 October 2014 (34 days ago)`.
    public let lastActivity: @Sendable (_ date: String, _ daysAgo: Int) -> String
    /// `no support or reflection yet`.
    public let noActivityYet: String

    /// `Stalled assignments (1)`.
    public let stalledAssignments: @Sendable (_ count: Int) -> String
    /// What the section holds: no progress for more than `days` days.
    public let stalledExplained: @Sendable (_ days: Int) -> String
    /// The section when empty.
    public let noStalledAssignments: @Sendable (_ days: Int) -> String
    /// `assignment as-p03 “…”` (the title when known).
    public let assignment: @Sendable (_ assignment: String, _ title: Inline?) -> Inline
    /// `last progress 40% on 29 September 2014 (37 days ago)`, with the step's note when there is one:
    /// `… on 29 September 2014: “…” (37 days ago)`.
    public let lastProgress: @Sendable (_ percent: Int, _ date: String, _ note: Inline?, _ daysAgo: Int) -> Inline
    /// `started on 12 June 2014, no progress since (146 days ago)`.
    public let onlyStarted: @Sendable (_ date: String, _ daysAgo: Int) -> String

    /// `Loose ends (2)`.
    public let looseEnds: @Sendable (_ count: Int) -> String
    /// What the section holds.
    public let looseEndsExplained: String
    /// The section when empty.
    public let noLooseEnds: String
    /// `withdrew on 1 October 2014`.
    public let withdrewOn: @Sendable (_ date: String) -> String
    /// `wish w-p08-1 “…”`.
    public let wish: @Sendable (_ wish: String, _ text: Inline) -> Inline

    /// `Attendance gaps (2)`.
    public let attendanceGaps: @Sendable (_ count: Int) -> String
    /// What the section holds: the last session held, by its title and date.
    public let attendanceGapsExplained: @Sendable (_ session: Inline, _ date: String) -> Inline
    /// The section when everyone attended all of the last session held.
    public let noAttendanceGaps: @Sendable (_ session: Inline) -> Inline
    /// `no attendance recorded`.
    public let notRecorded: String
    /// `1 of 4 half-days`, from the dagdelen attended and the session's already counted.
    public let attendedOf: @Sendable (_ attended: Int, _ of: String) -> String

    /// `Facilitators' reflections (2)`.
    public let facilitatorReflections: @Sendable (_ count: Int) -> String
    /// What the section holds, since the first day of the last session held (nil: none held yet).
    public let facilitatorReflectionsExplained: @Sendable (_ since: String?) -> String
    /// The section when empty.
    public let noFacilitatorReflections: @Sendable (_ since: String?) -> String
}

/// `n` with the noun that `n` asks for: `1 day`, `2 days`.
private func counted(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

/// `146 days ago`, `1 day ago`, `today`.
private func englishAgo(_ days: Int) -> String { days <= 0 ? "today" : counted(days, "day", "days") + " ago" }

/// `146 dagen geleden`, `1 dag geleden`, `vandaag`.
private func dutchAgo(_ days: Int) -> String { days <= 0 ? "vandaag" : counted(days, "dag", "dagen") + " geleden" }

extension PrepareWords {
    /// English.
    public static let english = PrepareWords(
        title: "Preparing the next session",
        nextSession: "Next session",
        noNextSession: "No session is scheduled after this day.",
        when: { dates, days in "When: \(dates) (in \(counted(days, "day", "days")))" },
        kind: { "Kind: \($0), \($1)" },
        host: { person, municipality in "Hosted by " + person + (municipality.map { ", " + $0 } ?? "") },
        location: { "Location: " + $0 },
        lastSession: { title, date in "Last session held: " + title + " (\(date))" },
        noSessionHeld: "No session has been held yet.",
        wishesWithoutSupport: { "Wishes without support (\($0))" },
        wishesWithoutSupportExplained: "Open wishes of active participants that no support names yet.",
        noWishesWithoutSupport: "No open wish of an active participant is without support.",
        statedWish: { wish, text, date, days in "wish \(user: wish) " + text + ", stated on \(date) (\(englishAgo(days)))" },
        quietParticipants: { "Quiet participants (\($0))" },
        quietExplained: { since in
            since.map { "Active participants who gave or received no support and recorded no reflection since \($0), the first day of the last session held." }
                ?? "Active participants who have given or received no support and recorded no reflection yet."
        },
        noQuietParticipants: { since in
            since.map { "Every active participant gave or received support or recorded a reflection since \($0)." }
                ?? "Every active participant has given or received support or recorded a reflection."
        },
        lastActivity: { date, days in "last support or reflection on \(date) (\(englishAgo(days)))" },
        noActivityYet: "no support or reflection yet",
        stalledAssignments: { "Stalled assignments (\($0))" },
        stalledExplained: { "Open assignments of active participants without progress for more than \($0) days." },
        noStalledAssignments: { "No open assignment has stood still for more than \($0) days." },
        assignment: { id, title in "assignment \(user: id)" + (title.map { " " + $0 } ?? "") },
        lastProgress: { percent, date, note, days in
            "last progress \(percent)% on \(date)" + (note.map { ": " + $0 } ?? "") + " (\(englishAgo(days)))"
        },
        onlyStarted: { date, days in "started on \(date), no progress since (\(englishAgo(days)))" },
        looseEnds: { "Loose ends (\($0))" },
        looseEndsExplained: "Open wishes and assignments of participants who withdrew.",
        noLooseEnds: "Nobody who withdrew left an open wish or assignment.",
        withdrewOn: { "withdrew on \($0)" },
        wish: { wish, text in "wish \(user: wish) " + text },
        attendanceGaps: { "Attendance gaps (\($0))" },
        attendanceGapsExplained: { session, date in
            "Active participants who missed all or part of " + session + " (\(date)), or whose attendance there is not recorded."
        },
        noAttendanceGaps: { "Every active participant attended all of " + $0 + "." },
        notRecorded: "no attendance recorded",
        attendedOf: { "\($0) of \($1)" },
        facilitatorReflections: { "Facilitators' reflections (\($0))" },
        facilitatorReflectionsExplained: { since in
            since.map { "What the facilitators reflected on since \($0)." } ?? "What the facilitators have reflected on so far."
        },
        noFacilitatorReflections: { since in
            since.map { "No facilitator recorded a reflection since \($0)." } ?? "No facilitator has recorded a reflection yet."
        })

    /// Nederlands.
    public static let dutch = PrepareWords(
        title: "Voorbereiding van de volgende bijeenkomst",
        nextSession: "Volgende bijeenkomst",
        noNextSession: "Er is na deze dag geen bijeenkomst gepland.",
        when: { dates, days in "Wanneer: \(dates) (over \(counted(days, "dag", "dagen")))" },
        kind: { "Soort: \($0), \($1)" },
        host: { person, municipality in "Te gast bij " + person + (municipality.map { ", " + $0 } ?? "") },
        location: { "Locatie: " + $0 },
        lastSession: { title, date in "Laatst gehouden bijeenkomst: " + title + " (\(date))" },
        noSessionHeld: "Er is nog geen bijeenkomst gehouden.",
        wishesWithoutSupport: { "Leerwensen zonder steun (\($0))" },
        wishesWithoutSupportExplained: "Open leerwensen van actieve deelnemers waarbij nog niemand steun heeft gegeven.",
        noWishesWithoutSupport: "Geen open leerwens van een actieve deelnemer is zonder steun.",
        statedWish: { wish, text, date, days in "leerwens \(user: wish) " + text + ", uitgesproken op \(date) (\(dutchAgo(days)))" },
        quietParticipants: { "Stille deelnemers (\($0))" },
        quietExplained: { since in
            since.map { "Actieve deelnemers die sinds \($0), de eerste dag van de laatst gehouden bijeenkomst, geen steun gaven of kregen en geen reflectie vastlegden." }
                ?? "Actieve deelnemers die nog geen steun hebben gegeven of gekregen en nog geen reflectie hebben vastgelegd."
        },
        noQuietParticipants: { since in
            since.map { "Elke actieve deelnemer gaf of kreeg sinds \($0) steun of legde een reflectie vast." }
                ?? "Elke actieve deelnemer heeft steun gegeven of gekregen of een reflectie vastgelegd."
        },
        lastActivity: { date, days in "laatste steun of reflectie op \(date) (\(dutchAgo(days)))" },
        noActivityYet: "nog geen steun of reflectie",
        stalledAssignments: { "Stilgevallen opdrachten (\($0))" },
        stalledExplained: { "Lopende opdrachten van actieve deelnemers zonder voortgang in meer dan \($0) dagen." },
        noStalledAssignments: { "Geen lopende opdracht staat langer dan \($0) dagen stil." },
        assignment: { id, title in "opdracht \(user: id)" + (title.map { " " + $0 } ?? "") },
        lastProgress: { percent, date, note, days in
            "laatste voortgang \(percent)% op \(date)" + (note.map { ": " + $0 } ?? "") + " (\(dutchAgo(days)))"
        },
        onlyStarted: { date, days in "gestart op \(date), sindsdien geen voortgang (\(dutchAgo(days)))" },
        looseEnds: { "Losse eindjes (\($0))" },
        looseEndsExplained: "Open leerwensen en opdrachten van deelnemers die zich hebben teruggetrokken.",
        noLooseEnds: "Wie zich terugtrok, liet geen open leerwens of opdracht achter.",
        withdrewOn: { "trok zich terug op \($0)" },
        wish: { wish, text in "leerwens \(user: wish) " + text },
        attendanceGaps: { "Ontbrekende aanwezigheid (\($0))" },
        attendanceGapsExplained: { session, date in
            "Actieve deelnemers die " + session + " (\(date)) geheel of gedeeltelijk misten, of van wie de aanwezigheid daar niet is vastgelegd."
        },
        noAttendanceGaps: { "Elke actieve deelnemer was de hele bijeenkomst " + $0 + " aanwezig." },
        notRecorded: "geen aanwezigheid vastgelegd",
        attendedOf: { "\($0) van \($1)" },
        facilitatorReflections: { "Reflecties van de begeleiders (\($0))" },
        facilitatorReflectionsExplained: { since in
            since.map { "Waarop de begeleiders sinds \($0) reflecteerden." } ?? "Waarop de begeleiders tot nu toe reflecteerden."
        },
        noFacilitatorReflections: { since in
            since.map { "Sinds \($0) legde geen begeleider een reflectie vast." } ?? "Nog geen begeleider heeft een reflectie vastgelegd."
        })
}
