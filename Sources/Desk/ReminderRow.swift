import Journal
import Lexicon
import Reminders

/// One pending promise as `agenda` and `overdue` show it, cell by cell, in the user's words: the
/// terminal's table and the web's agenda page are both made of these.
public struct ReminderRow {
    public let promise: String
    public let organization: String
    public let caseID: Int64
    public let `case`: String
    public let promised: String
    /// The due words as said ("三个工作日内").
    public let said: String
    public let due: String
    /// "late by 3 days" or "in 5 hours".
    public let when: String
    /// True when past due: shown in red.
    public let late: Bool
    public let moved: String
    public let ref: String
    public let agent: String

    public init(_ item: ReminderItem, time: TimeFormat) {
        let p = item.pending
        let lateness = item.lateness(asOf: time.now)
        late = lateness > 0
        when = late ? Message.late.text(TimeFormat.span(lateness)) : Message.dueIn.text(TimeFormat.span(-lateness))
        promise = "#\(p.promise.id!)"
        organization = p.organizationName
        caseID = p.caseID
        self.case = "#\(p.caseID)"
        promised = p.promise.text
        said = p.promise.dueWords
        due = time.short(p.promise.dueAt)
        moved = p.slips > 0 ? ViewWords.moved(count: p.slips, at: p.movedAt.map(time.short), by: p.movedBy) : "—"
        ref = p.reference ?? "—"
        agent = p.agent ?? "—"
    }

    /// The cells in the table's column order (see `headings`).
    public var cells: [String] { [promise, organization, self.case, promised, said, due, when, moved, ref, agent] }

    /// The column headings, in the cells' order.
    public static var headings: [String] {
        [Message.colPromise, .colOrganization, .colCase, .colPromised, .colSaid, .colDue, .colWhen, .colMoved, .colRef, .colAgent].map { $0.text() }
    }
}

/// The morning agenda and the open cases with kept warnings, as `agenda` reads them.
public struct AgendaReading {
    public let agenda: Agenda
    public let flagged: [FlaggedCase]

    /// Reads the agenda as of `desk.now`; `snapshot` when that is a past moment (`--as-of`).
    public init(store: JournalStore, desk: Desk, snapshot: Bool, days: Int? = nil, quietDays: Int? = nil) throws {
        // Body profiles are only read when a submission is open: most mornings have none.
        let clocks: [any ClockSource] = try store.openSubmissions(asOf: snapshot ? desk.now : nil).isEmpty
            ? [] : [try desk.escalationClocks(store, snapshot: snapshot)]
        agenda = try ReminderEngine(store: store, clockSources: clocks, snapshot: snapshot)
            .agenda(asOf: desk.now, days: days ?? desk.settings.agendaDays, quietDays: quietDays ?? desk.settings.quietDays)
        flagged = try store.flaggedOpenCases()
    }
}
