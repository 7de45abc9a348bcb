/// The fields of one event type as the reader matches them: their names end to end, and whether each
/// is personal or required, in memory made once per type and kept for the life of the process.
///
/// ``FieldSpec`` is a class of strings, and every look at one from the reader's loops counts a reference
/// up and down; the reader finds a member's field here, by its bytes, and turns to the spec only to
/// check a value or word a problem.
struct FieldTable: @unchecked Sendable {
    /// The number of fields.
    let count: Int
    /// The names, end to end.
    private let names: UnsafePointer<UInt8>
    /// Where each name ends in `names` (it starts where the one before it ends).
    private let ends: UnsafePointer<Int>
    /// Per field: 1 when personal, 2 when required.
    private let flags: UnsafePointer<UInt8>
    /// Per field: what it holds.
    private let kinds: UnsafePointer<FieldKind>

    /// The table of `specs` (made once for each type: it is never freed).
    init(_ specs: [FieldSpec]) {
        count = specs.count
        let bytes = specs.flatMap { Array($0.name.utf8) }
        let names = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        names.initialize(from: bytes, count: bytes.count)
        let ends = UnsafeMutablePointer<Int>.allocate(capacity: max(1, specs.count))
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, specs.count))
        let kinds = UnsafeMutablePointer<FieldKind>.allocate(capacity: max(1, specs.count))
        var end = 0
        for (index, spec) in specs.enumerated() {
            end += spec.name.utf8.count
            (ends + index).initialize(to: end)
            (flags + index).initialize(to: (spec.isPersonal ? 1 : 0) | (spec.isRequired ? 2 : 0))
            (kinds + index).initialize(to: spec.kind)
        }
        self.names = UnsafePointer(names)
        self.ends = UnsafePointer(ends)
        self.flags = UnsafePointer(flags)
        self.kinds = UnsafePointer(kinds)
    }

    /// Whether field `index` is personal.
    @inline(__always)
    func isPersonal(_ index: Int) -> Bool { flags[index] & 1 != 0 }

    /// Whether field `index` is required.
    @inline(__always)
    func isRequired(_ index: Int) -> Bool { flags[index] & 2 != 0 }

    /// What field `index` holds.
    @inline(__always)
    func kind(_ index: Int) -> FieldKind { kinds[index] }

    /// The field named by `name`'s bytes (unescaped UTF-8), or nil; only personal fields when `personal`.
    func index(of name: UnsafeRawBufferPointer, personalOnly: Bool = false) -> Int? {
        guard let base = name.baseAddress else { return nil }
        var start = 0
        for index in 0..<count {
            let end = ends[index]
            defer { start = end }
            if end - start == name.count, !personalOnly || isPersonal(index),
                memoryEquals(UnsafeRawPointer(names + start), base, name.count)
            {
                return index
            }
        }
        return nil
    }

    /// The field named `name` (a literal in a payload's code), or nil.
    func index(of name: StaticString) -> Int? {
        index(of: UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
}

extension EventType {
    /// This type's fields as the reader matches them.
    var fieldTable: FieldTable { EventType.fieldTables[index] }

    static let fieldTables: [FieldTable] = fieldLists.map(FieldTable.init)
}
