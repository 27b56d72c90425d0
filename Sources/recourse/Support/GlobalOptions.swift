import ArgumentParser
import Lexicon

/// The flags every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal file (default: $RECOURSE_DB, else $XDG_DATA_HOME/recourse/journal.sqlite).",
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Print JSON instead of text (see docs/json.md).")
    var json = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Show things as if it were this moment (e.g. \"2026-12-01 09:00\"); commands that record refuse it.",
        valueName: "when"))
    var asOf: String?

    /// Read before parsing by `LanguageChoice` (so parse errors are already in the user's
    /// language); declared here so every command accepts it and `--help` lists it.
    @Option(help: ArgumentHelp("The interface language: zh or en (default: the lang setting, else LC_ALL/LC_MESSAGES/LANG).",
                               valueName: "lang"), completion: ValueCompletion.languages)
    var lang: String?

    func validate() throws {
        if let lang, Language(userInput: lang) == nil { throw ValidationError(Message.unknownLanguage.text(lang, Language.names)) }
    }
}
