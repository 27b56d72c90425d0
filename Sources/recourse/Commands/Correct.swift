import Desk
import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse correct CONTACT`: fix a logged contact without losing what it said before.
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: Message.helpCorrectAbstract.literal,
            discussion: Message.helpCorrectDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpCorrectContactID.literal))
        var contactID: Int64

        @Option(help: ArgumentHelp(Message.helpCorrectAt.literal, valueName: "when")) var at: String?
        @Option(help: ArgumentHelp(Message.helpCorrectVia.literal, valueName: "channel")) var via: String?
        @Option(help: ArgumentHelp(Message.helpCorrectDirection.literal, valueName: "direction")) var direction: String?
        @Option(help: ArgumentHelp(Message.helpCorrectNumber.literal)) var number: String?
        @Option(help: ArgumentHelp(Message.helpCorrectAgent.literal)) var agent: String?
        @Option(name: .customLong("ref"), help: ArgumentHelp(Message.helpCorrectReference.literal, valueName: "ref")) var reference: String?
        @Option(help: ArgumentHelp(Message.helpCorrectDuration.literal, valueName: "duration")) var duration: String?
        @Option(help: ArgumentHelp(Message.helpCorrectSummary.literal)) var summary: String?
        @Option(help: ArgumentHelp(Message.helpCorrectAdvice.literal)) var advice: String?
        @Option(help: ArgumentHelp(Message.helpCorrectOutcome.literal)) var outcome: String?
        @Option(help: ArgumentHelp(Message.helpCorrectReason.literal)) var reason: String?
        @Flag(help: ArgumentHelp(Message.helpCorrectImpersonation.literal)) var impersonation = false

        func validate() throws {
            _ = try via.map(ChoiceParsing.channel)
            _ = try direction.map(ChoiceParsing.direction)
        }

        func run() throws {
            let session = try Session(global, .recording)
            var correction = ContactCorrection()
            correction.occurredAt = try at.map { try session.moment($0) }
            correction.channel = try via.map(ChoiceParsing.channel)
            correction.direction = try direction.map(ChoiceParsing.direction)
            correction.address = number.map(Self.clearable)
            correction.agent = agent.map(Self.clearable)
            correction.reference = reference.map(Self.clearable)
            correction.durationSeconds = try duration.map { $0.isEmpty ? nil : try DurationText.seconds($0) }
            correction.summary = summary.map(Self.clearable)
            correction.advice = advice.map(Self.clearable)
            correction.outcome = outcome.map(Self.clearable)
            correction.reason = reason
            let store = try session.openJournal()
            let edits: [Any?] = [at, via, direction, number, agent, reference, duration, summary, advice, outcome]
            // A mark alone is not a correction of what was logged; with other changes, those are
            // checked and written first, so a refused value leaves no mark behind.
            if impersonation, edits.allSatisfy({ $0 == nil }) {
                try session.markImpersonation(contactID, store: store)
                return
            }
            let contact = try store.correctContact(contactID, correction, now: session.now)
            if impersonation { try session.markImpersonation(contactID, store: store) }
            try session.output(["contact": contact]) { Message.contactCorrected.text(contact.id!, contact.caseId) }
        }

        private static func clearable(_ value: String) -> String? { value.isEmpty ? nil : value }
    }
}
