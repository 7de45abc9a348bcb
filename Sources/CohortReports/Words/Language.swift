import CohortLog

/// The language of a report's words: English or Dutch, complete in both.
public enum Language: String, Sendable, CaseIterable {
    case en, nl

    /// The language of `--lang`, else of the locale in the environment: Dutch when `LC_ALL`, else
    /// `LC_MESSAGES`, else `LANG` starts with `nl`; English otherwise (README.md).
    public static func from(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(rawValue: flag) { return language }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("nl") ? .nl : .en
    }

    /// The words of this language: the one place where a language chooses its words.
    public var words: Words {
        switch self {
        case .en: .english
        case .nl: .dutch
        }
    }
}
