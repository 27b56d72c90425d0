import Desk
import ArgumentParser
import Channels
import Escalation
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse prep CASE`: the sheet to read before calling about a case.
    struct Prep: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prep",
            abstract: Message.helpPrepAbstract.literal,
            discussion: Message.helpPrepDiscussion.literal)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal)) var caseID: Int64
        @Option(help: ArgumentHelp(Message.helpPrepFormat.literal, valueName: "format")) var format = "md"

        func validate() throws {
            if format != "md" && format != "txt" { throw ValidationError(Message.prepUnknownFormat.text(format)) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let sheet = try PrepReading.sheet(caseID, store: store, desk: session.desk)
            Console.write(Data(sheet.render(markdown: format == "md").utf8))
        }
    }
}
