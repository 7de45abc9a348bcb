/// A format a command writes its output in. Each command offers some of them with `--format`, the
/// first its default; the parser refuses the others.
public enum OutputFormat: String, Sendable {
    /// Plain text, for a terminal.
    case text
    /// Markdown.
    case md
    /// One self-contained HTML page.
    case html
    /// JSON: one value, or one per line.
    case json
    /// Comma-separated values (RFC 4180).
    case csv

    /// The format that `--format` chose among `offered`, else the first of them: the default.
    init(_ arguments: ParsedArguments, offered: [OutputFormat]) {
        self = arguments.value(.format(offered)).flatMap(OutputFormat.init(rawValue:)) ?? offered[0]
    }
}
