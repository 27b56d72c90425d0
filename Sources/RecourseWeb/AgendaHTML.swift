import Desk
import Escalation
import Journal
import Lexicon
import Reminders

/// The morning agenda as a page: the same reading (`AgendaReading`) and the same words
/// (`ReminderRow`, `ClockText`, the catalog's headings) as `recourse agenda`, laid out as cards a
/// phone shows without scrolling sideways. Built with the page's language current.
struct AgendaHTML {
    let reading: AgendaReading
    let time: TimeFormat

    func render() -> String {
        let agenda = reading.agenda
        var html = "<p class=\"lead\">\(HTML.escape(Message.agendaTitle.text(time.short(agenda.asOf), agenda.days)))</p>"
        html += section(Message.sectionOverdue.text(), agenda.overdue.count, empty: Message.nothingOverdue.text(), items: agenda.overdue.map(reminder))
        html += section(Message.sectionDueSoon.text(agenda.days), agenda.dueSoon.count, empty: Message.nothingDue.text(), items: agenda.dueSoon.map(reminder))
        html += section(Message.sectionClocks.text(), agenda.clocks.count, empty: Message.noClocks.text(), items: agenda.clocks.map { clock in
            "<li class=\"item\">\(caseLink(clock.caseID)) \(HTML.escape(clock.organizationName))<br>\(HTML.escape(ClockText.line(clock, time: time)))</li>"
        })
        html += section(Message.sectionQuiet.text(agenda.quietDays), agenda.quietCases.count, empty: Message.noQuietCases.text(), items: agenda.quietCases.map { item in
            let quietDays = Message.spanDays.text(Int(agenda.asOf.timeIntervalSince(item.lastContactAt) / 86_400))
            return "<li class=\"item\">\(caseLink(item.caseFile.id!)) \(HTML.escape(item.organizationName)) · \(HTML.escape(item.caseFile.title))"
                + facts([(Message.colLastContact.text(), time.short(item.lastContactAt)), (Message.colQuiet.text(), quietDays),
                         (Message.colPending.text(), "\(item.pendingPromises)")]) + "</li>"
        })
        if !reading.flagged.isEmpty {
            html += section(Message.sectionFlagged.text(), reading.flagged.count, empty: "", items: reading.flagged.map { item in
                "<li class=\"item\">\(caseLink(item.caseFile.id!)) \(HTML.escape(item.organizationName)) · \(HTML.escape(item.caseFile.title)) · "
                    + "<span class=\"late\">\(HTML.escape(item.kinds.map(\.words).joined(separator: " ")))</span></li>"
            })
        }
        return html
    }

    /// A promise as a card: the case and organization, what was promised, then the table's other
    /// columns as labelled facts (those with nothing to say left out).
    private func reminder(_ item: ReminderItem) -> String {
        let row = ReminderRow(item, time: time)
        let titles = ReminderRow.headings
        var pairs = [(titles[5], "\(row.due) (\(row.said))")]
        pairs.append((titles[6], row.when))
        for (title, value) in [(titles[7], row.moved), (titles[8], row.ref), (titles[9], row.agent)] where value != "—" { pairs.append((title, value)) }
        return "<li class=\"item\(row.late ? " late" : "")\">\(caseLink(row.caseID)) \(HTML.escape(row.organization))"
            + "<p class=\"promised\">\(HTML.escape(row.promise)) \(HTML.escape(row.promised))</p>" + facts(pairs, late: row.late ? titles[6] : nil) + "</li>"
    }

    private func facts(_ pairs: [(String, String)], late: String? = nil) -> String {
        "<dl>" + pairs.map { title, value in
            "<dt>\(HTML.escape(title))</dt><dd\(title == late ? " class=\"late\"" : "")>\(HTML.escape(value))</dd>"
        }.joined() + "</dl>"
    }

    private func caseLink(_ id: Int64) -> String { "<a href=\"/case/\(id)\">#\(id)</a>" }

    private func section(_ title: String, _ count: Int, empty: String, items: [String]) -> String {
        "<section><h2>\(HTML.escape(Message.sectionHeading.text(title, count)))</h2>"
            + (items.isEmpty ? "<p class=\"none\">\(HTML.escape(empty))</p>" : "<ul class=\"items\">" + items.joined() + "</ul>") + "</section>"
    }
}
