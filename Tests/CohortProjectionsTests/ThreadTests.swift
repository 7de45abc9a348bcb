import Testing
import CohortLog
@testable import CohortProjections

/// A participant's history as threads (``Threads``): given these events, then these threads, for the
/// facilitators and for audiences that may see less.
@Suite struct ThreadTests {
    /// pa states w1, pb supports it (at the start and later), pa reflects on it, the facilitator reflects on
    /// it, w1 turns into w2, pc supports w2; pb also gives pa support that names no wish, and pa reflects
    /// without naming a wish. Record ids differ from entity ids, as in generated logs.
    static let story = opening + [
        #"{"id":"g1","type":"wish.stated","at":"2014-06-12T10:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","themes":["regie"],"text":"Ik wil loslaten."}}"#,
        #"{"id":"g2","type":"support.given","at":"2014-06-12T14:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"coaching","wish":"w1","session":"s1","note":"Doorgevraagd."}}"#,
        #"{"id":"g3","type":"reflection.recorded","at":"2014-06-20T20:00:00+02:00","by":"pa","data":{"reflection":"r1","participant":"pa","wish":"w1","visibility":"private","text":"Het hielp."}}"#,
        #"{"id":"g4","type":"support.given","at":"2014-07-01T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback"}}"#,
        #"{"id":"g5","type":"reflection.recorded","at":"2014-07-02T10:00:00+02:00","by":"f1","data":{"reflection":"r2","participant":"f1","wish":"w1","text":"Anna zoekt."}}"#,
        #"{"id":"g6","type":"reflection.recorded","at":"2014-07-03T10:00:00+02:00","by":"pa","data":{"reflection":"r3","participant":"pa","themes":["vertrouwen"],"text":"Los van een wens."}}"#,
        #"{"id":"g7","type":"support.given","at":"2014-07-04T10:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"feedback","wish":"w1"}}"#,
        #"{"id":"g8","type":"wish.stated","at":"2014-09-23T11:00:00+02:00","by":"pa","data":{"wish":"w2","participant":"pa","text":"Ik wil vertrouwen geven."}}"#,
        #"{"id":"g9","type":"wish.closed","at":"2014-09-23T11:01:00+02:00","by":"pa","data":{"wish":"w1","outcome":"transformed","into":"w2","note":"Anders gevraagd."}}"#,
        #"{"id":"g10","type":"support.given","at":"2014-09-23T15:00:00+02:00","by":"pc","data":{"from":"pc","to":"pa","kind":"intervisie","wish":"w2","session":"s2"}}"#,
        #"{"id":"g11","type":"support.given","at":"2014-09-23T16:00:00+02:00","by":"pa","data":{"from":"pa","to":"pc","kind":"resource"}}"#,
        #"{"id":"g12","type":"harvest.contributed","at":"2014-09-24T10:00:00+02:00","by":"f1","data":{"item":"h1","kind":"story","contributors":["pc","pa"],"title":"Loslaten","text":"Een verhaal."}}"#,
    ]

    static let state = fold(given(story))

    @Test func givenSupportOnAWishThenItLandsInThatWishsThreadByItsRecord() {
        let threads = Threads(Self.state, participant: "pa")
        #expect(threads.threads.map(\.wish.id.rawValue) == ["w1", "w2"])
        #expect(threads.threads[0].support.map(\.record.rawValue) == ["g2", "g7"])
        #expect(threads.threads[1].support.map(\.record.rawValue) == ["g10"])
    }

    @Test func givenSupportWithoutAWishThenItIsOtherSupportAndInNoThread() {
        let threads = Threads(Self.state, participant: "pa")
        #expect(threads.otherSupport.map(\.record.rawValue) == ["g4"])
        #expect(!threads.threads.flatMap(\.support).contains { $0.record.rawValue == "g4" })
    }

    @Test func givenAReflectionNamingAWishThenItJoinsTheThreadWhoeverWroteIt() {
        let threads = Threads(Self.state, participant: "pa")
        #expect(threads.threads[0].reflections.map(\.id.rawValue) == ["r1", "r2"])
        #expect(threads.threads[0].reflections.map(\.author.rawValue) == ["pa", "f1"])
        #expect(threads.threads[1].reflections.isEmpty)
        // A reflection of theirs that names no wish is among the others; the facilitator's is not theirs.
        #expect(threads.otherReflections.map(\.id.rawValue) == ["r3"])
    }

    @Test func givenATransformationThenTheThreadSaysWhatItBecameAndTheNewOneWhereItCameFrom() {
        let threads = Threads(Self.state, participant: "pa")
        #expect(threads.threads.map(\.number) == [1, 2])
        #expect(threads.threads[0].closing?.outcome == .transformed)
        #expect(threads.threads[0].closing?.into?.rawValue == "w2")
        #expect(threads.threads[0].from == nil)
        #expect(threads.threads[1].from?.rawValue == "w1")
        #expect(threads.threads[1].closing == nil)
    }

    @Test func givenAThreadThenItsMomentsAreInOrderOfWhenTheyHappenedWithTheClosingAfterTheRest() {
        let moments = Threads(Self.state, participant: "pa").threads[0].moments.map { moment -> String in
            switch moment {
            case .stated: "stated"
            case .revised: "revised"
            case .received(let support): support.record.rawValue
            case .reflection(let reflection): reflection.id.rawValue
            case .closed: "closed"
            }
        }
        #expect(moments == ["stated", "g2", "r1", "r2", "g7", "closed"])
    }

    @Test func givenWhatTheyGaveThenSupportToOthersAndContributionsNamingThem() {
        let threads = Threads(Self.state, participant: "pa")
        #expect(threads.gave.map(\.record.rawValue) == ["g11"])
        #expect(threads.contributions.map(\.id.rawValue) == ["h1"])
        let pb = Threads(Self.state, participant: "pb")
        #expect(pb.gave.map(\.record.rawValue) == ["g2", "g4", "g7"])
        #expect(pb.threads.isEmpty && pb.otherSupport.isEmpty && pb.contributions.isEmpty)
    }

    @Test func givenAttendanceRecordedOutOfOrderThenItIsInSessionOrder() {
        let state = fold(given(opening + [
            #"{"type":"attendance.recorded","at":"2014-09-23T17:00:00+02:00","by":"f1","data":{"session":"s2","participant":"pa","dagdelen":1}}"#,
            #"{"type":"attendance.recorded","at":"2014-09-24T09:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pa","dagdelen":2}}"#,
            #"{"type":"attendance.recorded","at":"2014-06-12T17:00:00+02:00","by":"f1","data":{"session":"s1","participant":"pb","dagdelen":2}}"#,
        ]))
        let threads = Threads(state, participant: "pa")
        #expect(threads.attendance.map(\.attendance.session.rawValue) == ["s1", "s2"])
        #expect(threads.attendance.map(\.attendance.dagdelen) == [2, 1])
        #expect(threads.attendance.map { $0.session?.title } == ["Start", "Slot"])
        // Attendance is private: the group's view of the same state has none.
        #expect(Threads(state.visible(to: .group), participant: "pa").attendance.isEmpty)
    }

    @Test func givenAPrivateReflectionThenOnlyItsAuthorAndTheFacilitatorsFindItInTheThread() {
        let group = Threads(Self.state.visible(to: .group), participant: "pa")
        #expect(group.threads[0].reflections.map(\.id.rawValue) == ["r2"])
        let own = Threads(Self.state.visible(to: .participant(PersonID(unchecked: "pa"))), participant: "pa")
        #expect(own.threads[0].reflections.map(\.id.rawValue) == ["r1", "r2"])
    }

    @Test func givenAPrivateWishThenOthersSeeNoThreadAndItsSupportNamesNoWish() {
        let state = fold(given(opening + [
            #"{"id":"g1","type":"wish.stated","at":"2014-06-12T10:00:00+02:00","by":"pa","data":{"wish":"w1","participant":"pa","visibility":"private","text":"Geheim."}}"#,
            #"{"id":"g2","type":"wish.stated","at":"2014-06-12T10:05:00+02:00","by":"pa","data":{"wish":"w2","participant":"pa","text":"Open."}}"#,
            #"{"id":"g3","type":"support.given","at":"2014-06-12T14:00:00+02:00","by":"pb","data":{"from":"pb","to":"pa","kind":"coaching","wish":"w1"}}"#,
            #"{"id":"g4","type":"wish.closed","at":"2014-07-01T10:00:00+02:00","by":"pa","data":{"wish":"w1","outcome":"transformed","into":"w2"}}"#,
        ]))
        let group = Threads(state.visible(to: .group), participant: "pa")
        // w2 is their first wish for the group, and nothing says where it came from.
        #expect(group.threads.map(\.wish.id.rawValue) == ["w2"])
        #expect(group.threads.map(\.number) == [1])
        #expect(group.threads[0].from == nil)
        #expect(group.otherSupport.map(\.record.rawValue) == ["g3"])
        #expect(group.otherSupport.map(\.wish) == [nil])
        let own = Threads(state.visible(to: .participant(PersonID(unchecked: "pa"))), participant: "pa")
        #expect(own.threads.map(\.wish.id.rawValue) == ["w1", "w2"])
        #expect(own.threads[0].support.map(\.record.rawValue) == ["g3"])
        #expect(own.threads[1].from?.rawValue == "w1")
        #expect(own.otherSupport.isEmpty)
    }

    @Test func givenSomeoneTheAudienceMayNotSeeThenThereAreNoThreads() {
        let threads = Threads(Self.state, participant: "zz")
        #expect(threads.person == nil)
        #expect(threads.threads.isEmpty && threads.gave.isEmpty && threads.otherReflections.isEmpty && threads.attendance.isEmpty)
    }
}
