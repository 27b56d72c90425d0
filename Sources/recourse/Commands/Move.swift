import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse move CONTACT --case N | --new-case TITLE [--org NAME]`: a contact logged under the
    /// wrong case or company goes where it belongs, with its promises and evidence.
    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: Message.helpMoveAbstract.literal,
            discussion: Message.helpMoveDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpMoveContactID.literal))
        var contactID: Int64

        @Option(name: .customLong("case"), help: ArgumentHelp(Message.helpMoveCase.literal, valueName: "case-id"))
        var caseID: Int64?

        @Option(help: ArgumentHelp(Message.helpMoveNewCase.literal, valueName: "title"))
        var newCase: String?

        @Option(name: .customLong("org"), help: ArgumentHelp(Message.helpMoveOrganization.literal, valueName: "name"))
        var organization: String?

        @Option(help: ArgumentHelp(Message.helpMoveReason.literal))
        var reason: String?

        /// When the repair was made (not in the future), so a story can be replayed with its own times.
        @Option(help: ArgumentHelp(Message.helpRepairAt.literal, valueName: "when"))
        var at: String?

        func validate() throws {
            if caseID != nil && newCase != nil { throw ValidationError(Message.errMoveTwoTargets.text()) }
            if organization != nil && newCase == nil { throw ValidationError(Message.errOrganizationWithoutNewCase.text()) }
            if caseID == nil && newCase == nil { throw ValidationError(Message.errMoveNeedsTarget.text()) }
        }

        func run() throws {
            let session = try Session(global, .recording)
            let target: MoveTarget = caseID.map(MoveTarget.existing) ?? .new(title: newCase ?? "", organization: organization)
            let moved = try session.openJournal().moveContact(contactID, to: target, reason: reason, now: try session.moment(at))
            try session.output(["contact": moved.contact]) {
                (moved.openedCase ? Message.contactMovedToNewCase : Message.contactMoved)
                    .text(moved.contact.id!, moved.fromCase, moved.toCase.id!, moved.toCase.title)
            }
        }
    }
}
