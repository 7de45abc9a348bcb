/// A report before it has a format: headings, paragraphs, lists and tables of ``Inline`` text, rendered
/// as plain text (``Document/text``) or Markdown (``Document/markdown``). What a person wrote is kept
/// apart from the report's own words, so that each format can make it harmless in its own way.
public struct Document: Sendable {
    /// One block of a report.
    public enum Block: Sendable {
        case heading(Int, Inline)
        case paragraph(Inline)
        case list([Inline])
        case table([Inline], [[Inline]])
    }

    /// The blocks, in order.
    public var blocks: [Block] = []

    public init() {}

    public mutating func heading(_ level: Int, _ text: Inline) { blocks.append(.heading(level, text)) }
    public mutating func paragraph(_ text: Inline) { blocks.append(.paragraph(text)) }
    public mutating func list(_ items: [Inline]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ header: [Inline], _ rows: [[Inline]]) { blocks.append(.table(header, rows)) }
}

/// A run of text: the report's own words, and what a person wrote (``Span/user``).
public struct Inline: Sendable, ExpressibleByStringInterpolation {
    /// A piece of an inline text.
    public enum Span: Sendable {
        /// The report's own words.
        case word(String)
        /// Text a person wrote (or an id or name they chose): escaped or cleaned for the format.
        case user(String)
        /// The report's own words, emphasised.
        case strong(String)
    }

    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(stringLiteral value: String) { spans = [.word(value)] }
    public init(stringInterpolation: StringInterpolation) { spans = stringInterpolation.spans }

    /// Builds inline text from a literal with interpolations: `"\(user: name) gave \(kind)"`.
    public struct StringInterpolation: StringInterpolationProtocol {
        var spans: [Span] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { if !literal.isEmpty { spans.append(.word(literal)) } }
        public mutating func appendInterpolation(_ word: String) { spans.append(.word(word)) }
        public mutating func appendInterpolation(_ number: Int) { spans.append(.word(String(number))) }
        public mutating func appendInterpolation(user text: String) { spans.append(.user(text)) }
        public mutating func appendInterpolation(strong text: String) { spans.append(.strong(text)) }
        public mutating func appendInterpolation(_ inline: Inline) { spans += inline.spans }
    }

    /// Text a person wrote.
    public static func user(_ text: String) -> Inline { Inline([.user(text)]) }

    /// Joins pieces with a separator of the report's own words.
    public static func joined(_ pieces: [Inline], separator: String) -> Inline {
        var spans: [Span] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { spans.append(.word(separator)) }
            spans += piece.spans
        }
        return Inline(spans)
    }

    public static func + (a: Inline, b: Inline) -> Inline { Inline(a.spans + b.spans) }
}
