import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse attach CONTACT FILE…`: evidence found after the contact was logged (a forgotten
    /// screenshot), copied in, hashed and dated as added later.
    struct Attach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach",
            abstract: Message.helpAttachAbstract.literal,
            discussion: Message.helpAttachDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpAttachContactID.literal))
        var contactID: Int64

        @Argument(help: ArgumentHelp(Message.helpAttachFiles.literal, valueName: "file"))
        var files: [String]

        func run() throws {
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            let attachments = try store.attachFiles(files, toContact: contactID, now: session.now)
            let caseID = try store.contact(contactID).caseId
            try session.output(["attachments": attachments]) {
                Message.attachmentsAdded.text(attachments.count, contactID, caseID, session.time.short(session.now))
            }
        }
    }
}
