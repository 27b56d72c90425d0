import Desk
import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse show CASE`: one case's timeline.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", _superCommandName: DirectParse.superCommand,
            abstract: Message.helpShowAbstract.literal,
            discussion: Message.helpShowDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal), completion: ValueCompletion.openCases)
        var caseID: Int64

        @Flag(help: ArgumentHelp(Message.helpShowHistory.literal))
        var history = false

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let reading = try CaseReading(caseID, store: store, desk: session.desk, snapshot: session.snapshot != nil)
            let events = history ? try store.history(ofCase: caseID, asOf: session.snapshot) : nil
            let (timeline, submissions, clocks) = (reading.timeline, reading.submissions, reading.clocks)
            try session.output(TimelineJSON(timeline, facts: reading.facts, flags: reading.flags, history: events, submissions: submissions, clocks: clocks)) {
                var text = TimelineView(timeline: timeline, history: events, time: session.time, flags: reading.flags, facts: reading.facts).render()
                if !submissions.isEmpty {
                    text += "\n\n" + Style.bold.apply(Message.submissionsHeading.text())
                    for item in submissions {
                        text += "\n  " + TimelineWords.submission(item, bodyName: reading.bodyName(item.body), time: session.time)
                    }
                    for clock in clocks { text += "\n  " + ClockText.line(clock, time: session.time) }
                }
                return text
            }
        }
    }
}

/// `show --json`.
struct TimelineJSON: Encodable {
    struct Entry: Encodable {
        let contact: Contact
        let promises: [Promise]
        let attachments: [Attachment]
        /// Warnings `log` kept on the contact (a number not genuine, red-flag phrases).
        let flags: [ContactFlag]
    }

    let `case`: CaseFile
    /// The transaction's time, counterparty and device, when any was recorded.
    let facts: CaseFacts?
    let organization: Organization
    let contacts: [Entry]
    let history: [JournalEvent]?
    let submissions: [Submission]
    let clocks: [EscalationClock]

    init(_ timeline: CaseTimeline, facts: CaseFacts? = nil, flags: [Int64: [ContactFlag]] = [:], history: [JournalEvent]?, submissions: [Submission], clocks: [EscalationClock]) {
        self.case = timeline.caseFile
        self.facts = facts
        organization = timeline.organization
        contacts = timeline.entries.map { Entry(contact: $0.contact, promises: $0.promises, attachments: $0.attachments,
                                           flags: flags[$0.contact.id!] ?? []) }
        self.history = history
        self.submissions = submissions
        self.clocks = clocks
    }
}
