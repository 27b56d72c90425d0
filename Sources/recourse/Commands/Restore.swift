import ArgumentParser
import Foundation
import Journal

extension Recourse {
    /// `recourse restore BACKUP`: put a checked backup back in place of the journal.
    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the journal with a backup, after checking the backup completely.",
            discussion: """
                The backup must pass SQLite's integrity check, its history must verify and its evidence files \
                must hash right (in the attachments/ folder beside it). The current journal is kept aside as \
                JOURNAL.replaced-<UTC time>, never deleted; the swap is one rename. Run no other recourse \
                command meanwhile.
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
                // zh: 已从 … 恢复（N 条历史事件，链头 …）。原日志保留在 …
                (["Restored \(backup) (\(report.eventsChecked) history events, chain head \(report.head))."]
                    + (result.keptAside.map { ["The journal it replaced is kept as \($0)."] } ?? [])
                    + ["Run 'recourse doctor': evidence of contacts logged after this backup is reported there, and 'doctor --clean' moves it to quarantine/."])
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
