import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse restore BACKUP`: put a checked backup back in place of the journal.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Replace the journal with a backup, after checking the backup completely.",
            discussion: """
                The backup must pass SQLite's integrity check, its history must verify and its evidence files \
                must hash right (in the attachments/ folder beside it). The current journal is kept aside as \
                JOURNAL.replaced-<UTC time>, never deleted; the swap is one rename. Run no other recourse \
                command meanwhile.

                Example: recourse restore backups/journal-20261125T010000Z.sqlite
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The backup file (e.g. backups/journal-20261125T010000Z.sqlite).")
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
