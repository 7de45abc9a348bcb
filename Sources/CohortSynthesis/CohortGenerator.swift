// CohortSynthesis: synthetic cohorts for demos, benchmarks and tests (`cohort generate`), kept out of
// the log library. The same seed gives the same bytes on every machine (SeededRandom); every event goes
// through the writer's rules and is sealed as the writer seals it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CohortImport
import CohortLog

/// Makes believable, valid, sealed cohorts of any size, deterministic per seed (`cohort generate`): a
/// programme with its facilitators, participants from municipalities in the west of the Netherlands, five
/// sessions with attendance, invoices, and a stream of wishes (stated, revised, closed), support,
/// reflections, assignment progress and results, learning lines and harvest contributions, with one
/// withdrawal. Every event goes through the writer's rules before it is sealed; salts and `recorded` come
/// from the seed too, so the same arguments give the same bytes.
public struct CohortGenerator {
    public let participants: Int
    public let events: Int
    public let seed: UInt64

    public init(participants: Int, events: Int, seed: UInt64) {
        self.participants = max(2, participants)
        self.events = max(1, events)
        self.seed = seed
    }

    static let municipalities = ["Leiden", "Delft", "Gouda", "Zoetermeer", "Haarlem", "Woerden", "Katwijk", "Dordrecht",
                                 "Alphen aan den Rijn", "Westland", "Utrecht", "Amstelveen", "Schiedam", "Vlaardingen"]
    static let firstNames = ["Anna", "Bram", "Cor", "Dirk", "Eva", "Femke", "Gert", "Hanneke", "Ilse", "Joost", "Karin",
                             "Lotte", "Marieke", "Niels", "Olga", "Pieter", "Ruud", "Sanne", "Tom", "Wouter"]
    static let lastNames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Graaf", "Mulder", "Bos",
                            "Vos", "Peters", "Hendriks", "van Dijk", "Kuipers", "Verbeek"]
    static let themes = ["vertrouwen", "eigen regie", "loslaten", "van buiten naar binnen", "netwerksamenleving",
                         "leiderschap", "regelarm werken", "burgerparticipatie"]
    static let words = ("vertrouwen loslaten eigen regie team gemeente inwoner netwerk ruimte leren samen kijken vragen "
        + "luisteren durven kiezen sturen verantwoording initiatief medewerker leidinggevende gesprek regels afspraken "
        + "werkplezier ontwikkeling organisatie buiten binnen begeleiden proberen ontdekken groeien").split(separator: " ").map(String.init)

    /// Dutch time: the rule that the time zone database gives `Europe/Amsterdam` from 1996 on, summer
    /// time (+02:00) from the last Sunday of March to the last Sunday of October, else +01:00. Given here
    /// rather than read from the system's database, so that a seed gives the same bytes on every machine.
    static let dutchTime = (try? TimeZoneRules(name: "Europe/Amsterdam", rule: "CET-1CEST,M3.5.0,M10.5.0/3"))
        ?? .fixed("+01:00", offset: 3600)

    /// The offset of Dutch time on `day`, in minutes: that of its morning (07:00 UTC, after the clocks
    /// moved, if they did that night), which every event of the day gets.
    static func dutchOffset(_ day: Day) -> Int {
        dutchTime.offset(at: day.daysSinceEpoch * 86_400 + 7 * 3600) / 60
    }

    /// Writes the cohort to `path` (a new file, readable by its owner only, never over an existing one),
    /// whole or not at all: into a new file beside it, linked into place once it is complete; returns the
    /// number of records and the head.
    /// `progress` hears the number of records written so far, every few thousand.
    public func write(to path: String, progress: ((Int) -> Void)? = nil) throws(FileError) -> (records: Int, head: Digest) {
        if FileSystem.exists(path) { throw FileError(path, "cannot create", errno: EEXIST) }
        let (temporary, fd) = try FileSystem.createTemporary(beside: path, kind: "generate", mode: 0o600)
        defer {
            close(fd)
            FileSystem.remove(temporary)
        }
        let result = try write(fd: fd, path: path, progress: progress)
        try FileSystem.sync(fd: fd, path: path)
        // link(2) fails rather than replace a file that appeared meanwhile.
        guard link(temporary, path) == 0 else { throw FileError(path, "cannot create", errno: errno) }
        try FileSystem.syncDirectory(of: path)
        return result
    }

    /// Writes the cohort to an open file (standard output, say).
    public func write(fd: Int32, path: String, progress: ((Int) -> Void)? = nil) throws(FileError) -> (records: Int, head: Digest) {
        var sink = GeneratedLog(fd: fd, path: path, seed: seed)
        sink.progress = progress
        try generate(into: &sink)
        try sink.flush()
        return (sink.count, sink.head)
    }

    /// Feeds every event, in order, to `sink`.
    func generate(into sink: inout GeneratedLog) throws(FileError) {
        var random = SeededRandom(seed: seed)
        let start = Day(year: 2014, month: 6, day: 12) ?? Day(daysSinceEpoch: 16233)
        let people = (1...participants).map { String(format2: $0, prefix: "p") }
        func text(_ minimum: Int, _ maximum: Int) -> String {
            var sentence = ""
            for index in 0..<(minimum + random.below(maximum - minimum + 1)) {
                sentence += (index == 0 ? "" : " ") + random.pick(CohortGenerator.words)
            }
            return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        }
        /// A local Dutch time on `day`, `minute` minutes after 8:00, with the offset of that day.
        func at(_ day: Day, _ minute: Int) -> String {
            let offset = CohortGenerator.dutchOffset(day)
            let local = day.daysSinceEpoch * 86_400 + 8 * 3600 + minute * 60
            return Timestamp(epochSeconds: local - offset * 60, nanoseconds: 0, fractionDigits: 0, offsetMinutes: offset, isUTC: false).description
        }
        // The programme, its people and sessions, recorded before the start.
        let opening = Day(year: 2014, month: 4, day: 1) ?? start
        try sink.add(#"{"id":"open","type":"cohort.opened","at":"\#(at(opening, 0))","by":"org","data":{"cohort":"gen-\#(seed)","title":"Leernetwerkgroep \#(seed)","organiser":"org","period":{"from":"2014-06-01","to":"2015-01-31"},"participants":{"min":\#(min(8, participants)),"max":\#(min(participants + 2, 1000))},"dagdelen":14,"fee":{"amountCents":155000,"currency":"EUR","vat":"excluded"},"subsidy":{"fund":"A+O fonds Gemeenten","scheme":"Innovatieve projectenregeling","percent":50},"registrationDeadline":"2014-05-25"}}"#, day: opening)
        for facilitator in ["f1", "f2"] {
            try sink.add(#"{"id":"j-\#(facilitator)","type":"facilitator.joined","at":"\#(at(opening, 5))","by":"org","data":{"facilitator":"\#(facilitator)","name":"\#(random.pick(CohortGenerator.firstNames)) \#(random.pick(CohortGenerator.lastNames))"}}"#, day: opening)
        }
        let registration = Day(year: 2014, month: 5, day: 1) ?? start
        for (index, person) in people.enumerated() {
            let municipality = CohortGenerator.municipalities[index % CohortGenerator.municipalities.count]
            try sink.add(#"{"id":"r-\#(person)","type":"participant.registered","at":"\#(at(registration, index))","by":"f1","data":{"participant":"\#(person)","municipality":"\#(municipality)","role":"HR-adviseur","name":"\#(random.pick(CohortGenerator.firstNames)) \#(random.pick(CohortGenerator.lastNames))"}}"#, day: registration)
        }
        let sessionDays = [0, 103, 147, 181, 231].map { Day(daysSinceEpoch: start.daysSinceEpoch + $0) }
        let sizes = [2, 4, 2, 4, 2]
        let kinds = ["start", "meeting", "meeting", "manifestation", "closing"]
        let scheduling = Day(year: 2014, month: 5, day: 20) ?? start
        for index in 0..<5 {
            try sink.add(#"{"id":"s\#(index + 1)","type":"session.scheduled","at":"\#(at(scheduling, index))","by":"f1","data":{"session":"s\#(index + 1)","title":"Bijeenkomst \#(index + 1)","kind":"\#(kinds[index])","days":["\#(sessionDays[index])"],"dagdelen":\#(sizes[index]),"host":"\#(people[index % people.count])","location":"Stadhuis \#(CohortGenerator.municipalities[index % CohortGenerator.municipalities.count])"}}"#, day: scheduling)
        }
        for (index, person) in people.enumerated() {
            try sink.add(#"{"id":"inv-\#(person)","type":"fee.invoiced","at":"\#(at(start, -2 * 1440 + index))","by":"f1","data":{"invoice":"inv-\#(person)","participant":"\#(person)","amountCents":155000,"date":"2014-06-10"}}"#, day: start)
        }
        // The stream of learning, spread over the programme, with attendance after each session.
        let remaining = max(0, events - sink.count)
        let span = sessionDays[4].daysSinceEpoch - start.daysSinceEpoch + 1
        let leaver = participants >= 4 ? people[people.count - 1] : nil
        var active = people
        var wishes: [String: [String]] = [:]
        var open: [String: [String]] = [:]
        var started = Set<String>()
        var progress: [String: Int] = [:]
        var lines: [String] = []
        var nextSession = 0
        var counter = 0
        func visibility() -> String {
            let roll = random.below(100)
            return roll < 15 ? "private" : (roll < 75 ? "group" : "public")
        }
        for step in 0..<remaining {
            let day = Day(daysSinceEpoch: start.daysSinceEpoch + step * span / max(1, remaining))
            let minute = step % 600
            while nextSession < 5 && sessionDays[nextSession] <= day {
                let session = nextSession + 1
                for person in people where sink.count < events {
                    let roll = random.below(10)
                    let dagdelen = active.contains(person) ? (roll == 0 ? 0 : (roll == 1 ? sizes[nextSession] / 2 : sizes[nextSession])) : 0
                    try sink.add(#"{"id":"att-s\#(session)-\#(person)","type":"attendance.recorded","at":"\#(at(sessionDays[nextSession], 540))","by":"f2","data":{"session":"s\#(session)","participant":"\#(person)","dagdelen":\#(dagdelen)}}"#, day: sessionDays[nextSession])
                }
                if session >= 2 && session <= 4 && sink.count < events {
                    let line = "l-\(session)"
                    lines.append(line)
                    let theme = CohortGenerator.themes[(session * 3) % CohortGenerator.themes.count]
                    try sink.add(#"{"id":"ln-\#(session)","type":"line.emerged","at":"\#(at(sessionDays[nextSession], 560))","by":"f1","data":{"line":"\#(line)","title":"Leerlijn \#(theme)","themes":["\#(theme)"],"session":"s\#(session)","description":"\#(text(8, 30))"}}"#, day: sessionDays[nextSession])
                }
                if session == 2, let leaver, sink.count < events {
                    active.removeAll { $0 == leaver }
                    try sink.add(#"{"id":"wd-\#(leaver)","type":"participant.withdrew","at":"\#(at(sessionDays[1], 600))","by":"f1","data":{"participant":"\#(leaver)","reason":"Andere baan."}}"#, day: sessionDays[1])
                }
                nextSession += 1
            }
            guard sink.count < events else { break }
            counter += 1
            let person = random.pick(active)
            let id = "g\(counter)"
            let roll = random.below(100)
            if !started.contains(person) && roll < 30 {
                started.insert(person)
                progress[person] = 0
                try sink.add(#"{"id":"\#(id)","type":"assignment.started","at":"\#(at(day, minute))","by":"\#(person)","data":{"assignment":"a-\#(person)","participant":"\#(person)","visibility":"\#(visibility())","title":"\#(text(4, 10))","description":"\#(text(10, 40))"}}"#, day: day)
            } else if roll < 12 || wishes[person, default: []].isEmpty {
                let wish = "w-\(person)-\(counter)"
                wishes[person, default: []].append(wish)
                open[person, default: []].append(wish)
                try sink.add(#"{"id":"\#(id)","type":"wish.stated","at":"\#(at(day, minute))","by":"\#(person)","data":{"wish":"\#(wish)","participant":"\#(person)","themes":["\#(random.pick(CohortGenerator.themes))"],"visibility":"\#(visibility())","text":"\#(text(4, 14))"}}"#, day: day)
            } else if roll < 20, let wish = open[person]?.last {
                try sink.add(#"{"id":"\#(id)","type":"wish.revised","at":"\#(at(day, minute))","by":"\#(person)","data":{"wish":"\#(wish)","text":"\#(text(4, 14))"}}"#, day: day)
            } else if roll < 23, let wish = open[person]?.first {
                open[person]?.removeFirst()
                try sink.add(#"{"id":"\#(id)","type":"wish.closed","at":"\#(at(day, minute))","by":"\#(person)","data":{"wish":"\#(wish)","outcome":"\#(random.pick(["fulfilled", "fulfilled", "dropped"]))","note":"\#(text(3, 10))"}}"#, day: day)
            } else if roll < 50 {
                let other = random.pick(active.filter { $0 != person })
                let wish = wishes[other]?.last.map { #","wish":"\#($0)""# } ?? ""
                let note = random.below(2) == 0 ? #","note":"\#(text(3, 12))""# : ""
                try sink.add(#"{"id":"\#(id)","type":"support.given","at":"\#(at(day, minute))","by":"\#(person)","data":{"from":"\#(person)","to":"\#(other)","kind":"\#(random.pick(["feedback", "coaching", "intervisie", "resource", "other"]))"\#(wish),"visibility":"\#(visibility())"\#(note)}}"#, day: day)
            } else if roll < 75 || roll < 95 && !(started.contains(person) && (progress[person] ?? 100) < 100) {
                let line = lines.isEmpty || random.below(3) > 0 ? "" : #","line":"\#(random.pick(lines))""#
                try sink.add(#"{"id":"\#(id)","type":"reflection.recorded","at":"\#(at(day, minute))","by":"\#(person)","data":{"reflection":"ref-\#(counter)","participant":"\#(person)","themes":["\#(random.pick(CohortGenerator.themes))"]\#(line),"visibility":"\#(visibility())","text":"\#(text(3, 14))"}}"#, day: day)
            } else if roll < 95, let current = progress[person], current < 100 {
                let next = min(100, current + 2 + random.below(8))
                progress[person] = next
                if next >= 100 {
                    try sink.add(#"{"id":"\#(id)","type":"assignment.completed","at":"\#(at(day, minute))","by":"\#(person)","data":{"assignment":"a-\#(person)","result":"\#(text(8, 30))"}}"#, day: day)
                } else {
                    try sink.add(#"{"id":"\#(id)","type":"assignment.progressed","at":"\#(at(day, minute))","by":"\#(person)","data":{"assignment":"a-\#(person)","progress":\#(next)}}"#, day: day)
                }
            } else {
                let others = active.filter { $0 != person }
                let contributors = [person] + (others.isEmpty ? [] : [random.pick(others)])
                let line = lines.isEmpty ? "" : #","line":"\#(random.pick(lines))""#
                try sink.add(#"{"id":"\#(id)","type":"harvest.contributed","at":"\#(at(day, minute))","by":"f1","data":{"item":"h-\#(counter)","kind":"\#(random.pick(["insight", "product", "story", "plan"]))","contributors":["\#(contributors.joined(separator: "\",\""))"]\#(line),"cycle":"\#(random.pick(["immediate", "potential", "applied", "realised", "reframing"]))","title":"\#(text(2, 5))","text":"\#(text(5, 16))"}}"#, day: day)
            }
        }
    }
}

/// Where the generator's events go: each checked against the writer's rules and sealed, in order, into a
/// buffer written out in large pieces.
struct GeneratedLog {
    let fd: Int32
    let path: String
    var random: SeededRandom
    let salts: SaltStream
    var state = RuleState()
    var sealer: Sealer
    var buffer: [UInt8] = []
    var tape = JSONTape()
    var progress: ((Int) -> Void)?
    var count: Int { state.count }
    var head: Digest { sealer.head }

    init(fd: Int32, path: String, seed: UInt64) {
        self.fd = fd
        self.path = path
        random = SeededRandom(seed: seed ^ 0x5A17)
        let salts = SaltStream(seed: seed ^ 0x5A175A17)
        self.salts = salts
        sealer = Sealer(after: 0, head: .zero, environment: SealingEnvironment(now: { Timestamp(epochSeconds: 0) }, salt: { salts.next() }))
        buffer.reserveCapacity(1 << 21)
    }

    /// Checks `line` (a submitted event) against the rules and seals it, recorded an hour after `day`'s
    /// morning.
    mutating func add(_ line: String, day: Day) throws(FileError) {
        let bytes = Array(line.utf8)
        let result = bytes.withUnsafeBytes {
            SubmissionReader.readLine($0, number: count + 1, source: bytes[...], tape: &tape)
        }
        let event: SubmittedEvent
        switch result {
        case .success(let read): event = read
        case .failure(let problems):
            let first = problems.all.first.map { ($0.field.map { "\($0): " } ?? "") + $0.message } ?? "not well-formed"
            throw FileError(path, "cannot generate", reason: "event \(count + 1) is not well-formed: \(first)")
        }
        guard let id = event.givenID else {
            throw FileError(path, "cannot generate", reason: "event \(count + 1) has no id")
        }
        let recorded = Timestamp(epochSeconds: event.at.epochSeconds + 3600 + random.below(3600))
        let candidate = Candidate(id: id, seq: count + 1, at: event.at, recorded: recorded, by: event.by, event: event.event,
                                  hasPersonalValues: !event.personalMembers.isEmpty)
        let problems = WriterRule.check(candidate, against: state)
        guard problems.isEmpty else {
            throw FileError(path, "cannot generate", reason: "\(id) breaks \(problems[0].check): \(problems[0].message)")
        }
        state.apply(candidate)
        sealer.seal(event, id: id, recorded: recorded.description, to: &buffer)
        if buffer.count >= 1 << 21 { try flush() }
        if count & 0xFFF == 0 { progress?(count) }
    }

    mutating func flush() throws(FileError) {
        try FileSystem.writeAll(fd: fd, buffer, path: path)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Salts from a seed, for generated logs that are the same bytes every time.
final class SaltStream: @unchecked Sendable {
    var random: SeededRandom
    init(seed: UInt64) { random = SeededRandom(seed: seed) }
    func next() -> String { random.hex32() }
}

extension String {
    /// `p01`, `p12`: a prefix and a number of at least two digits.
    init(format2 number: Int, prefix: String) {
        self = prefix + (number < 10 ? "0" : "") + String(number)
    }
}
