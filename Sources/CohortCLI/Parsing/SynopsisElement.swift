/// A part of a command's synopsis after its positionals, made from option specs: `[--head HEX]`,
/// `(--participant ID | --id ID [--id ID…])`.
///
/// A command's synopsis is, by default, each of its options in the order help lists them, as its spec
/// says (``OptionSpec/Synopsis``); a command whose options stand in groups or in another order
/// arranges them itself (``CommandOptions/synopsis``).
public enum SynopsisElement: Sendable {
    /// An option as its spec says: `[--head HEX]`, `[--type T…]`, bare when required (`--reason TEXT`),
    /// nothing when hidden.
    case option(OptionSpec)
    /// Alternatives: in parentheses when one must be given, else in brackets. The first option of each is
    /// bare (choosing the alternative is giving it), the others as their specs say:
    /// `(--xapi [--audience A] | --ics | --participant ID [--format json|md])`.
    case oneOf([[OptionSpec]], required: Bool)
    /// A flag that no spec declares but the command takes, shown as optional: `cohort add`'s
    /// `[--by ID]` and `[--FIELD VALUE…]`.
    case undeclared(OptionSpec)

    /// Each option in order, as its spec says.
    static func each(_ options: [OptionSpec]) -> [SynopsisElement] {
        options.filter { $0.synopsis != .hidden }.map { .option($0) }
    }

    /// As the synopsis shows it; empty for a hidden option.
    var text: String {
        switch self {
        case .option(let option):
            option.synopsis == .hidden ? "" : SynopsisElement.shown(option, bare: option.synopsis == .required)
        case .oneOf(let alternatives, let required):
            (required ? "(" : "[") + alternatives.map { options in
                options.enumerated().map { index, option in
                    SynopsisElement.shown(option, bare: index == 0 || option.synopsis == .required)
                }.joined(separator: " ")
            }.joined(separator: " | ") + (required ? ")" : "]")
        case .undeclared(let option):
            SynopsisElement.shown(option, bare: false)
        }
    }

    /// The declared options it shows.
    var options: [OptionSpec] {
        switch self {
        case .option(let option): option.synopsis == .hidden ? [] : [option]
        case .oneOf(let alternatives, _): alternatives.flatMap { $0 }
        case .undeclared: []
        }
    }

    /// `--head HEX` bare, `[--head HEX]` not; `-o FILE` for an option with a short name; the value as its
    /// choices (`text|json`) unless shown otherwise; a repeatable one `[--type T…]`, or bare
    /// `--id ID [--id ID…]`.
    static func shown(_ option: OptionSpec, bare: Bool) -> String {
        var text = option.short.map { "-\($0)" } ?? "--" + option.name
        if let value = option.shownValue ?? option.choices?.joined(separator: "|") ?? option.value {
            text += " " + value
        }
        if bare { return option.repeatable ? text + " [" + text + "…]" : text }
        return "[" + text + (option.repeatable ? "…" : "") + "]"
    }
}
