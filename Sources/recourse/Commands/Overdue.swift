import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse overdue`: the short list of what is late now.
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List pending promises past their due time, most overdue first.",
            discussion: """
                With --exit-status, exits 1 when anything is overdue (for cron and scripts).

                Example: recourse overdue --exit-status || notify-send "有承诺逾期"
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Exit 1 when anything is overdue, 0 when nothing is.")
        var exitStatus = false

        func run() throws {
            let session = try Session(global, .reading)
            let items = try ReminderEngine(store: try session.openJournal()).overdue(asOf: session.now)
            try session.output(["overdue": items.map { ReminderJSON($0, asOf: session.now) }]) {
                items.isEmpty ? Message.nothingOverdueSentence.text() : ReminderTable(items: items[...], time: session.time).render()
            }
            if exitStatus && !items.isEmpty { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}
