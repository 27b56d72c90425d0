import ArgumentParser
import Channels
import Foundation

extension Recourse {
    /// `recourse check THING`: is this number or site a genuine channel, and of whom; does this
    /// text hold the phrases of a fake customer service.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a number, a web address or a text before you trust it: genuine channel, or red flags.",
            discussion: """
                Exit 0: a genuine channel, or a text with no red flags; 1: red flags, or a channel only an \
                unconfirmed source names; 2: an address Recourse does not know. Genuine channels are built in \
                per jurisdiction; add or replace them with *.channels files, and red-flag phrases with *.flags \
                files, in $XDG_CONFIG_HOME/recourse/channels/ (format: Sources/Channels/Data/CN.channels).

                Example: recourse check "+86 171 2345 6789"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("A phone number, a web or e-mail address, or a quoted text (what the caller said).", valueName: "thing"))
        var thing: String

        func validate() throws {
            guard !thing.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("nothing to check; give a number, an address or a quoted text")
            }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let result = try session.channelAdvisor().check(thing, officialChannels: try session.journalOfficialChannels(), language: .current)
            try session.output(result) { result.lines.joined(separator: "\n") }
            if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
        }
    }
}
