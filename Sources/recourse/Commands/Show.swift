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
            let timeline = try store.timeline(ofCase: caseID, asOf: session.snapshot)
            let events = history ? try store.history(ofCase: caseID, asOf: session.snapshot) : nil
            let submissions = try store.submissions(ofCase: caseID, asOf: session.snapshot)
            let flags = try store.contactFlags(ofCase: caseID)
            let facts = try store.caseFacts(ofCase: caseID)
            let escalation = submissions.isEmpty ? nil : try session.escalationClocks(store)
            let clocks = try escalation?.clocks(asOf: session.now).filter { $0.caseID == caseID } ?? []
            /// A body by its name in the user's language ("市场监督管理部门（12315）"), not its id.
            func bodyName(_ id: String) -> String {
                guard let body = escalation?.bodies.body(id) else { return id }
                return Words.chinese ? body.names.zh : body.names.en
            }
            try session.output(TimelineJSON(timeline, facts: facts, flags: flags, history: events, submissions: submissions, clocks: clocks)) {
                var text = TimelineView(timeline: timeline, history: events, time: session.time, flags: flags, facts: facts).render()
                if !submissions.isEmpty {
                    text += "\n\n" + Style.bold.apply(Message.submissionsHeading.text())
                    for item in submissions {
                        text += "\n  " + Message.submissionLine.text(item.id!, bodyName(item.body), session.time.short(item.submittedAt))
                            + (item.reference.map { " · " + Message.refPart.text($0) } ?? "")
                            + " · \(item.status.words)" + (item.respondedAt.map { " \(session.time.short($0))" } ?? "") + (item.outcome.map { " · \($0)" } ?? "")
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
