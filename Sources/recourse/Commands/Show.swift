import ArgumentParser
import Journal

extension Recourse {
    /// `recourse show CASE`: one case's timeline.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a case's timeline: contacts, promises and their fate, evidence.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The case number.")
        var caseID: Int64

        @Flag(help: "Also list every recorded change, corrections included.")
        var history = false

        func run() throws {
            let session = try Session(global)
            let store = try session.openJournal()
            let timeline = try store.timeline(ofCase: caseID)
            let events = history ? try store.history(ofCase: caseID) : nil
            try session.output(TimelineJSON(timeline, history: events)) {
                TimelineView(timeline: timeline, history: events, time: TimeFormat(zone: session.zone, now: session.now)).render()
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

    init(_ timeline: CaseTimeline, history: [JournalEvent]?) {
        self.case = timeline.caseFile
        organization = timeline.organization
        contacts = timeline.entries.map { Entry(contact: $0.contact, promises: $0.promises, attachments: $0.attachments) }
        self.history = history
    }
}
