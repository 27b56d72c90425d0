import Foundation
import Lexicon
import Reminders

/// Chooses the interface language before the command line is parsed, so that even a usage
/// error is in the user's language.
///
/// `--lang` is found in the raw arguments (ArgumentParser has not run yet); a settings file that
/// cannot be read is ignored here and reported by the command that reads it.
enum LanguageChoice {
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        let setting = (try? Settings.load(path: Session.configFolder(environment) + "/config"))?.lang
        return Language.resolve(explicit: explicit(in: arguments), setting: setting, environment: environment)
    }

    /// The value of `--lang X` or `--lang=X`, when it names a language.
    static func explicit(in arguments: [String]) -> Language? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") { return Language(userInput: String(argument.dropFirst("--lang=".count))) }
            if argument == "--lang", index + 1 < arguments.count { return Language(userInput: arguments[index + 1]) }
        }
        return nil
    }
}
