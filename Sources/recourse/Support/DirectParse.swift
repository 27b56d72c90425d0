import ArgumentParser

/// The everyday commands, parsed with the command itself as the root.
///
/// `Recourse.parseAsRoot()` first parses the whole command line a second time, against two
/// hidden commands, to see whether a completion script was asked for: 9 of the 64 million
/// instructions of a `log`. ArgumentParser skips that check for a command that names a
/// super-command, and prefixes its usage with that name, so these commands carry
/// `_superCommandName: "recourse"` and print the same help and errors parsed on their own
/// (`DirectParseTests` compares `recourse help X` with `recourse X --help`). Under `Recourse`
/// the setting is not consulted. Anything else (root flags, nested commands, completion
/// requests) goes through `Recourse.parseAsRoot()`.
enum DirectParse {
    static let superCommand = "recourse"

    static let commands: [String: any ParsableCommand.Type] = [
        "log": Recourse.Log.self, "overdue": Recourse.Overdue.self, "agenda": Recourse.AgendaCommand.self,
        "cases": Recourse.Cases.self, "show": Recourse.Show.self, "search": Recourse.Search.self,
    ]

    /// The parsed command when `arguments` (without the program name) start with one of
    /// `commands`; nil to let `Recourse` parse them.
    /// `--version` alone is answered here too, with what ArgumentParser would print.
    static func command(_ arguments: [String]) throws -> (any ParsableCommand)? {
        if arguments == ["--version"] { throw CleanExit.message(Recourse.configuration.version) }
        guard let name = arguments.first, let type = commands[name],
              !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") || $0 == "---completion" })
        else { return nil }
        return try type.parseAsRoot(Array(arguments.dropFirst()))
    }
}
