/// The languages Recourse speaks. Adding one is adding a case here and one more column to every
/// row of `Message` (the catalog test fails until every row has it).
public enum Language: String, CaseIterable, Sendable {
    case en, zh

    /// The language words are shown in, chosen once at start-up by `Language.resolve` and read by
    /// every module (error messages, warnings, tables).
    ///
    /// Written only by the executable's `main` before any command runs, and by tests that pin a
    /// language; everything else reads it.
    nonisolated(unsafe) public static var current: Language = .en

    /// The user's language: `--lang`, else the `lang` setting, else the POSIX locale variables
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set decides), else English.
    ///
    /// A locale decides by its language part only: `zh_CN.UTF-8`, `zh_TW`, `zh` all give Chinese;
    /// `C`, `POSIX` and any other language give English, the only other language the catalog has.
    /// - Parameters:
    ///   - explicit: the `--lang` value, already checked.
    ///   - setting: the `lang` setting, already checked.
    public static func resolve(explicit: Language? = nil, setting: Language? = nil, environment: [String: String]) -> Language {
        if let explicit { return explicit }
        if let setting { return setting }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value) ?? .en
        }
        return .en
    }

    /// The language of a POSIX locale name such as `zh_CN.UTF-8` or `en_GB`, when the catalog has it.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// Reads what a user types for a language (`zh`, `en`, `中文`, `English`, `zh-CN`).
    public init?(userInput: String) {
        switch String(userInput.filter { !$0.isWhitespace }).lowercased() {
        case "中文", "汉语", "chinese", "zh-cn", "zh_cn", "zh-hans": self = .zh
        case "english", "英文", "英语": self = .en
        case let other:
            guard let language = Language(rawValue: other) else { return nil }
            self = language
        }
    }

    /// The accepted values, for help and error messages.
    public static let names = allCases.map(\.rawValue).joined(separator: ", ")
}
