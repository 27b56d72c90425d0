import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse backup [PATH]`: a consistent copy, safe while another process writes.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the journal with SQLite's online backup, plus its evidence files.",
            discussion: """
                Default: backups/journal-<UTC time>.sqlite beside the journal. PATH may be a file or a folder. \
                Evidence files are copied into an attachments/ folder beside the copy, shared by backups.

                Example: recourse backup ~/backups/
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Where to write the copy.")
        var path: String?

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let stamp = JournalStore.fileStamp(session.now)
            var target = path ?? store.location.folder + "/backups/journal-\(stamp).sqlite"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                target += "/journal-\(stamp).sqlite"
            }
            let attachments = JournalLocation(path: target).attachmentsFolder
            try store.backup(to: target, attachmentsFolder: attachments)
            try session.output(["backup": target, "attachments": attachments]) { Message.backedUp.text(target) }
        }
    }
}
