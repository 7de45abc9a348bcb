import Foundation
import Testing
import CohortLog
@testable import CohortProjections

/// The index the harvest reads each participant's things through finds exactly what filtering every list
/// for them finds, in the same order, on the sample cohort and for every audience.
@Suite struct PersonIndexTests {
    /// The sample cohort of `events/`, folded.
    static let sample: CohortState = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("events/eigen-regie-2014.jsonl").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var parser = RecordParser()
        var state = CohortState()
        for (index, line) in text.split(separator: "\n").enumerated() {
            var bytes = Array(line.utf8)
            let outcome = bytes.withUnsafeMutableBytes { parser.parse(UnsafeRawBufferPointer($0), number: index + 1) }
            if case .record(let record) = outcome { state.apply(record) }
        }
        return state
    }()

    /// The places `state` holds for `person`, found by filtering every list.
    static func filtered(_ state: CohortState, _ person: String) -> PersonIndex.Places {
        func places<Item>(_ items: [Item], _ concerns: (Item) -> Bool) -> [Int] {
            items.indices.filter { concerns(items[$0]) }
        }
        return PersonIndex.Places(
            wishes: places(state.wishes) { $0.owner.rawValue == person },
            assignments: places(state.assignments) { $0.owner.rawValue == person },
            reflections: places(state.reflections) { $0.author.rawValue == person },
            gave: places(state.supports) { $0.from.rawValue == person },
            received: places(state.supports) { $0.to.rawValue == person },
            contributions: places(state.contributions) { $0.contributors.contains { $0.rawValue == person } },
            attendance: places(state.attendance) { $0.participant.rawValue == person })
    }

    @Test(arguments: [Audience.facilitator, .group, .public, .participant(PersonID(unchecked: "p03"))])
    func everyonesPlacesAreWhatFilteringFinds(audience: Audience) {
        let sample = PersonIndexTests.sample
        #expect(sample.people.count >= 10 && sample.reflections.count >= 20 && sample.supports.count >= 20)
        let state = sample.visible(to: audience)
        #expect(!state.wishes.isEmpty)
        let index = PersonIndex(state)
        for person in PersonIndexTests.sample.people.map(\.id.rawValue) {
            let expected = PersonIndexTests.filtered(state, person)
            #expect(index[person] == expected, "\(person)")
            #expect(PersonIndex(state, person: person)[person] == expected, "\(person) alone")
        }
        #expect(index["nobody"] == PersonIndex.Places())
    }

    @Test func whatNamesEachWishIsWhatFilteringFinds() {
        let state = PersonIndexTests.sample
        let index = PersonIndex(state)
        var named = 0
        for wish in state.wishes.map(\.id) {
            let support = state.supports.indices.filter { state.supports[$0].wish == wish }
            let reflections = state.reflections.indices.filter { state.reflections[$0].wish == wish }
            #expect(index.supportOn[wish.rawValue] ?? [] == support)
            #expect(index.reflectionsOn[wish.rawValue] ?? [] == reflections)
            named += support.count + reflections.count
            // A person's own index holds what names their wishes, and nothing that names another's.
            let owner = state.wishes.first { $0.id == wish }!.owner.rawValue
            #expect(PersonIndex(state, person: owner).supportOn[wish.rawValue] ?? [] == support)
        }
        #expect(named > 0)
        let own = PersonIndex(state, person: "p03")
        let theirs = Set(state.wishes.filter { $0.owner.rawValue == "p03" }.map(\.id.rawValue))
        #expect(Set(own.supportOn.keys).isSubset(of: theirs) && Set(own.reflectionsOn.keys).isSubset(of: theirs))
    }
}
