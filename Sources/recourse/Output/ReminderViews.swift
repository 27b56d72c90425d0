import Desk
import Foundation
import Journal
import Reminders
import Lexicon

/// One reminder in `overdue --json` and `agenda --json`.
struct ReminderJSON: Encodable {
    let promise: Promise
    let caseId: Int64
    let caseTitle: String
    let organizationName: String
    let contactAt: Date
    let agent: String?
    let reference: String?
    /// How many times the deadline was already extended.
    let slips: Int
    /// When the deadline was last moved, and the agent of the call that moved it.
    let movedAt: Date?
    let movedBy: String?
    /// Seconds past due at the as-of time (negative while upcoming).
    let lateSeconds: Int64
    let urgency: Double
    let amountMinor: Int64?
    let currency: String?

    init(_ item: ReminderItem, asOf: Date) {
        let p = item.pending
        promise = p.promise
        caseId = p.caseID
        caseTitle = p.caseTitle
        organizationName = p.organizationName
        contactAt = p.contactAt
        agent = p.agent
        reference = p.reference
        slips = p.slips
        movedAt = p.movedAt
        movedBy = p.movedBy
        lateSeconds = Int64(item.lateness(asOf: asOf))
        urgency = (item.urgency * 100).rounded() / 100
        amountMinor = p.amountMinor
        currency = p.currency
    }
}

/// The table of promises `overdue` and `agenda` print.
struct ReminderTable {
    let items: ArraySlice<ReminderItem>
    let time: TimeFormat
    /// Columns taken by the indent the table is printed with.
    var indent = 0

    func render() -> String {
        // How often the deadline moved has its own column, so cutting a long promise never hides it.
        let titles = ReminderRow.headings
        var table = TextTable([
            .init(title: titles[0], rightAligned: true), .init(title: titles[1], maxWidth: 20, flexible: true),
            .init(title: titles[2], rightAligned: true, dropOrder: 3), .init(title: titles[3], maxWidth: 30, flexible: true, minWidth: 12),
            .init(title: titles[4], maxWidth: 16, flexible: true, dropOrder: 1), .init(title: titles[5]), .init(title: titles[6], dropOrder: 4),
            .init(title: titles[7], maxWidth: 36, flexible: true, minWidth: 12),
            // A reference or a staff number cut short is useless on the phone: shown whole, or
            // (the agent first) left out when the terminal is too narrow.
            .init(title: titles[8], dropOrder: 5), .init(title: titles[9], dropOrder: 2),
        ], indent: indent)
        for item in items {
            let row = ReminderRow(item, time: time)
            var cells = row.cells
            if row.late { cells[6] = Style.red.apply(row.when) }
            table.add(cells)
        }
        return table.render()
    }
}

/// `agenda --json`.
struct AgendaJSON: Encodable {
    struct Quiet: Encodable {
        let `case`: CaseFile
        let organizationName: String
        let lastContactAt: Date
        let pendingPromises: Int
        let quietDays: Int
    }

    let asOf: Date
    let days: Int
    let overdue: [ReminderJSON]
    let dueSoon: [ReminderJSON]
    let escalationClocks: [EscalationClock]
    let quietCases: [Quiet]
    /// Open cases with a warning kept on one of their contacts.
    let flaggedCases: [FlaggedCase]

    init(_ agenda: Agenda, flagged: [FlaggedCase] = []) {
        flaggedCases = flagged
        asOf = agenda.asOf
        days = agenda.days
        overdue = agenda.overdue.map { ReminderJSON($0, asOf: agenda.asOf) }
        dueSoon = agenda.dueSoon.map { ReminderJSON($0, asOf: agenda.asOf) }
        escalationClocks = agenda.clocks
        quietCases = agenda.quietCases.map {
            Quiet(case: $0.caseFile, organizationName: $0.organizationName, lastContactAt: $0.lastContactAt,
                  pendingPromises: $0.pendingPromises, quietDays: Int(agenda.asOf.timeIntervalSince($0.lastContactAt) / 86_400))
        }
    }
}

/// The morning view in text.
struct AgendaView {
    let agenda: Agenda
    let time: TimeFormat
    /// Open cases with warnings on their contacts; their section is shown only when there are some.
    var flagged: [FlaggedCase] = []
    /// At most this many rows per section (the most urgent); nil shows everything.
    var limit: Int? = 25

    func render() -> String {
        var sections = [Style.bold.apply(Message.agendaTitle.text(time.short(agenda.asOf), agenda.days))]
        sections.append(section(Message.sectionOverdue.text(), agenda.overdue.count, agenda.overdue.isEmpty ? "  " + Message.nothingOverdue.text() : indent(ReminderTable(items: capped(agenda.overdue), time: time, indent: 2).render()) + more(agenda.overdue.count)))
        sections.append(section(Message.sectionDueSoon.text(agenda.days), agenda.dueSoon.count, agenda.dueSoon.isEmpty ? "  " + Message.nothingDue.text() : indent(ReminderTable(items: capped(agenda.dueSoon), time: time, indent: 2).render()) + more(agenda.dueSoon.count)))
        let clocks = agenda.clocks.flatMap { clock in
            wrapped("  #\(clock.caseID) \(clock.organizationName) · " + ClockText.line(clock, time: time), indent: "      ")
        }
        sections.append(section(Message.sectionClocks.text(), agenda.clocks.count, clocks.isEmpty ? "  " + Message.noClocks.text() : clocks.joined(separator: "\n")))
        var quiet = TextTable([.init(title: Message.colCase.text(), rightAligned: true), .init(title: Message.colOrganization.text(), maxWidth: 20, flexible: true),
                               .init(title: Message.colTitle.text(), maxWidth: 36, flexible: true), .init(title: Message.colLastContact.text()), .init(title: Message.colQuiet.text()),
                               .init(title: Message.colPending.text(), rightAligned: true)], indent: 2)
        for item in capped(agenda.quietCases) {
            quiet.add(["#\(item.caseFile.id!)", item.organizationName, item.caseFile.title, time.short(item.lastContactAt),
                       Message.spanDays.text(Int(agenda.asOf.timeIntervalSince(item.lastContactAt) / 86_400)), "\(item.pendingPromises)"])
        }
        sections.append(section(Message.sectionQuiet.text(agenda.quietDays), agenda.quietCases.count,
                                agenda.quietCases.isEmpty ? "  " + Message.noQuietCases.text() : indent(quiet.render()) + more(agenda.quietCases.count)))
        if !flagged.isEmpty {
            let lines = capped(flagged).flatMap { item in
                wrapped("  #\(item.caseFile.id!) \(item.organizationName) · \(item.caseFile.title) · "
                        + Style.red.apply(item.kinds.map(\.words).joined(separator: " ")), indent: "      ")
            }
            sections.append(section(Message.sectionFlagged.text(), flagged.count, lines.joined(separator: "\n") + more(flagged.count)))
        }
        return sections.joined(separator: "\n\n")
    }

    /// A long line (an escalation clock with its source) wrapped to the terminal's width.
    private func wrapped(_ line: String, indent: String) -> [String] {
        guard let width = Terminal.width else { return [line] }
        return TextWrap.wrap(line, width: width, indent: indent)
    }

    private func capped<T>(_ items: [T]) -> ArraySlice<T> { items.prefix(limit ?? items.count) }

    private func more(_ count: Int) -> String {
        guard let limit, count > limit else { return "" }
        return "\n  " + Message.moreItems.text(count - limit)
    }

    private func section(_ title: String, _ count: Int, _ body: String) -> String {
        Style.bold.apply(Message.sectionHeading.text(title, count)) + "\n" + body
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// One line for a desktop notification: counts, then the most urgent items.
    var notification: (title: String, body: String) {
        let title = Message.notificationTitle.text(agenda.overdue.count, agenda.dueSoon.count)
        let top = (agenda.overdue + agenda.dueSoon).prefix(3).map { "\($0.pending.organizationName): \($0.pending.promise.text) (\(time.short($0.pending.promise.dueAt)))" }
        let quiet = agenda.quietCases.isEmpty ? [] : [Message.notificationQuiet.text(agenda.quietCases.count)]
        return (title, (top + quiet).joined(separator: "\n"))
    }
}
