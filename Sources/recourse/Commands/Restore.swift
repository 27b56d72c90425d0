import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse restore BACKUP`: put a checked backup back in place of the journal.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: Message.helpRestoreAbstract.literal,
            discussion: Message.helpRestoreDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpRestoreBackup.literal))
        var backup: String

        func run() throws {
            let session = try Session(global, .recording)
            let result = try JournalStore.restore(from: backup, to: session.location, now: Date())
            let report = try session.openJournal().verify()
            try session.output(RestoreJSON(backup: backup, keptAside: result.keptAside, intact: report.isIntact,
                                           eventsChecked: report.eventsChecked, head: report.head)) {
                ([Message.restored.text(backup, report.eventsChecked, report.head)]
                    + (result.keptAside.map { [Message.restoredKeptAside.text($0)] } ?? [])
                    + [Message.restoredNext.text()])
                    .joined(separator: "\n")
            }
            if !report.isIntact { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}

struct RestoreJSON: Encodable {
    let backup: String
    let keptAside: String?
    let intact: Bool
    let eventsChecked: Int
    let head: String
}
