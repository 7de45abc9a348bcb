extension Unicode.Scalar {
    /// Whether this character, standing in what a person wrote, could break a line of output or change how
    /// what follows it reads: the C0 and C1 control characters (line breaks, tabs and terminal escapes
    /// among them), DEL, the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069: a right-to-left override shows what follows it reversed) and the line and paragraph
    /// separators (U+2028, U+2029).
    ///
    /// The one definition for every output: reports show such a character as a space, pages as a space (or
    /// a line break where the text may have them), diagnostics and the listing of records as `?`.
    public var breaksLayout: Bool {
        switch value {
        case 0..<0x20, 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }
}
