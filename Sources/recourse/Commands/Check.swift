import ArgumentParser
import Lexicon
import Channels
import Foundation

extension Recourse {
    /// `recourse check THING`: is this number or site a genuine channel, and of whom; does this
    /// text hold the phrases of a fake customer service.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: Message.helpCheckAbstract.literal,
            discussion: Message.helpCheckDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpCheckThing.literal, valueName: "thing"))
        var thing: String

        func validate() throws {
            guard !thing.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError(Message.checkNothingGiven.text())
            }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let result = try session.check(thing)
            try session.output(result) { result.lines.joined(separator: "\n") }
            if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
        }
    }
}
