import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse overdue`: the short list of what is late now.
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overdue", _superCommandName: DirectParse.superCommand,
            abstract: Message.helpOverdueAbstract.literal,
            discussion: Message.helpOverdueDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Flag(help: ArgumentHelp(Message.helpOverdueExitStatus.literal))
        var exitStatus = false

        func run() throws {
            let session = try Session(global, .reading)
            let items = try ReminderEngine(store: try session.openJournal(), snapshot: session.snapshot != nil).overdue(asOf: session.now)
            try session.output(["overdue": items.map { ReminderJSON($0, asOf: session.now) }]) {
                items.isEmpty ? Message.nothingOverdueSentence.text() : ReminderTable(items: items[...], time: session.time).render()
            }
            if exitStatus && !items.isEmpty { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}
