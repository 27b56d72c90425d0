import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse show CASE`: one case's timeline.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a case's timeline: contacts, promises and their fate, evidence.",
            discussion: "Example: recourse show 1 --history")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The case number.", completion: ValueCompletion.openCases)
        var caseID: Int64

        @Flag(help: "Also list every recorded change, corrections included.")
        var history = false

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let timeline = try store.timeline(ofCase: caseID)
            let events = history ? try store.history(ofCase: caseID) : nil
            let submissions = try store.submissions(ofCase: caseID)
            let clocks = submissions.isEmpty ? [] : try session.escalationClocks(store).clocks(asOf: session.now).filter { $0.caseID == caseID }
            try session.output(TimelineJSON(timeline, history: events, submissions: submissions, clocks: clocks)) {
                var text = TimelineView(timeline: timeline, history: events, time: session.time).render()
                if !submissions.isEmpty {
                    text += "\n\n" + Style.bold.apply(Message.submissionsHeading.text())
                    for item in submissions {
                        text += "\n  " + Message.submissionLine.text(item.id!, item.body, session.time.short(item.submittedAt))
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
    }

    let `case`: CaseFile
    let organization: Organization
    let contacts: [Entry]
    let history: [JournalEvent]?
    let submissions: [Submission]
    let clocks: [EscalationClock]

    init(_ timeline: CaseTimeline, history: [JournalEvent]?, submissions: [Submission], clocks: [EscalationClock]) {
        self.case = timeline.caseFile
        organization = timeline.organization
        contacts = timeline.entries.map { Entry(contact: $0.contact, promises: $0.promises, attachments: $0.attachments) }
        self.history = history
        self.submissions = submissions
        self.clocks = clocks
    }
}
