import ArgumentParser
import Desk
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse when PHRASE`: when a due phrase falls, read exactly as `log --due` reads it
    /// (counted from the contact's time, in the organization's business days), saving nothing.
    /// It is what `serve`'s log form previews before saving, so the page never parses a date itself.
    struct When: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "when",
            abstract: Message.helpWhenAbstract.literal,
            discussion: Message.helpWhenDiscussion.literal,
            shouldDisplay: false)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpWhenPhrase.literal, valueName: "when"))
        var phrase: String

        @Option(help: ArgumentHelp(Message.helpLogAt.literal, valueName: "when"))
        var at: String?

        @Option(help: ArgumentHelp(Message.helpWhenOrganization.literal, valueName: "name"))
        var organization: String?

        @Option(name: .customLong("case"), help: ArgumentHelp(Message.helpLogCaseID.literal, valueName: "id"))
        var caseID: Int64?

        func run() throws {
            let session = try Session(global, .reading)
            // A new name (or no journal yet) counts as `log` does for a new organization.
            let resolved = try LogDesk.previewDue(phrase, at: at, organization: organization, caseID: caseID, desk: session.desk) {
                FileManager.default.fileExists(atPath: session.location.path) ? try session.openJournal() : nil
            }
            resolved.warnings.forEach(Console.warn)
            try session.output(WhenJSON(words: phrase, due: resolved.date, warnings: resolved.warnings)) {
                Message.whenResolved.text(session.time.short(resolved.date))
            }
        }
    }
}

/// `when --json`: the resolved moment with the words it was read from.
struct WhenJSON: Encodable {
    let words: String
    let due: Date
    let warnings: [String]
}
