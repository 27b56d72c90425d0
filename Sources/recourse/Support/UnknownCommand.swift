import ArgumentParser
import Journal

/// Catches a mistyped subcommand before ArgumentParser does.
///
/// Left to itself, `recourse agnda --db x` blames the valid `--db` ("Unknown option") and suggests
/// nothing. This walks the command words at the front of the arguments down the command tree and
/// stops at the first word that is neither a subcommand nor an option, whatever options follow.
enum UnknownCommand {
    /// Throws a usage error naming the unknown word and the nearest command, if any.
    static func check(_ arguments: [String], root: any ParsableCommand.Type) throws {
        var command = root
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return }
            if let next = subcommands.first(where: { name(of: $0) == word || $0.configuration.aliases.contains(word) }) {
                command = next
                continue
            }
            if word == "help" || command.configuration.defaultSubcommand != nil { return }
            let names = subcommands.filter { $0.configuration.shouldDisplay }.map(name(of:))
            throw CLIError.usage(Words.unknownCommand(word, suggestion: nearest(word, in: names), known: names))
        }
    }

    /// The name closest to `word` when it is close enough to be a typo.
    static func nearest(_ word: String, in names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: EditDistance.between(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let close = best.distance <= max(1, best.name.count / 3) || (word.count >= 3 && best.name.hasPrefix(word.lowercased()))
        return close ? best.name : nil
    }

    private static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }
}
