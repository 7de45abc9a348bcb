import CohortReports

/// The Dutch of every field's meaning, ``AddWords/fieldDocs`` of ``Words/dutch``, under the name that
/// the test of its completeness (`AddWordsTests`) reads.
enum AddFieldDocs {
    static var table: [String: String] { Words.dutch.add.fieldDocs }
}
