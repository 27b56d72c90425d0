import ArgumentParser
import Lexicon

/// The flags every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        Message.helpGlobalOptionsDb.literal,
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: ArgumentHelp(Message.helpGlobalOptionsJson.literal))
    var json = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        Message.helpGlobalOptionsAsOf.literal,
        valueName: "when"))
    var asOf: String?

    /// Read before parsing by `LanguageChoice` (so parse errors are already in the user's
    /// language); declared here so every command accepts it and `--help` lists it.
    @Option(help: ArgumentHelp(Message.helpGlobalOptionsLang.literal,
                               valueName: "lang"), completion: ValueCompletion.languages)
    var lang: String?

    func validate() throws {
        if let lang, Language(userInput: lang) == nil { throw ValidationError(Message.unknownLanguage.text(lang, Language.names)) }
    }
}
