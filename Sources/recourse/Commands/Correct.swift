import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse correct CONTACT`: fix a logged contact without losing what it said before.
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a logged contact; the old values stay in the history ('show --history').",
            discussion: """
                Give only the fields to change; an empty value (--agent "") clears a field.

                Example: recourse correct 4 --ref CS20261124-89 --reason "参考编号记错了"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The contact number (see 'recourse show CASE').")
        var contactID: Int64

        @Option(help: ArgumentHelp("When it really happened.", valueName: "when")) var at: String?
        @Option(help: ArgumentHelp("The channel.", valueName: "channel")) var via: String?
        @Option(help: ArgumentHelp("outbound or inbound.", valueName: "direction")) var direction: String?
        @Option(help: "The number or address used.") var number: String?
        @Option(help: "The agent.") var agent: String?
        @Option(name: .customLong("ref"), help: ArgumentHelp("The reference number.", valueName: "ref")) var reference: String?
        @Option(help: ArgumentHelp("The length: 12m, 1h30m.", valueName: "duration")) var duration: String?
        @Option(help: "The summary.") var summary: String?
        @Option(help: "The advice given.") var advice: String?
        @Option(help: "The outcome.") var outcome: String?
        @Option(help: "Why the record changes; kept in the history.") var reason: String?

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
            let contact = try session.openJournal().correctContact(contactID, correction, now: session.now)
            try session.output(["contact": contact]) { Message.contactCorrected.text(contact.id!, contact.caseId) }
        }

        private static func clearable(_ value: String) -> String? { value.isEmpty ? nil : value }
    }
}
