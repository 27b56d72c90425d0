import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse backup [PATH]`: a consistent copy, safe while another process writes.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: Message.helpBackupAbstract.literal,
            discussion: Message.helpBackupDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpBackupPath.literal))
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
