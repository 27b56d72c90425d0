import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse void CONTACT --reason WHY`: a contact logged by mistake leaves letters, the agenda
    /// and counts, and stays in the history.
    struct VoidCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: Message.helpVoidAbstract.literal,
            discussion: Message.helpVoidDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpVoidContactID.literal))
        var contactID: Int64

        @Option(help: ArgumentHelp(Message.helpVoidReason.literal))
        var reason: String

        /// When the repair was made (not in the future), so a story can be replayed with its own times.
        @Option(help: ArgumentHelp(Message.helpRepairAt.literal, valueName: "when"))
        var at: String?

        func run() throws {
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            let void = try store.voidContact(contactID, reason: reason, now: try session.moment(at))
            let caseID = try store.contact(contactID).caseId
            try session.output(void) { Message.contactVoided.text(void.contactID, caseID) }
        }
    }
}
