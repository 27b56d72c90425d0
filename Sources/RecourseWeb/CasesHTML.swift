import Desk
import Journal

/// The cases as a page: `cases`'s rows (`CaseRow`, the catalog's headings) as cards.
enum CasesHTML {
    static func render(_ cases: [CaseOverview], time: TimeFormat) -> String {
        let titles = CaseRow.headings
        return "<ul class=\"items\">" + cases.map { item in
            let row = CaseRow(item, time: time)
            let facts = [(titles[3], row.contacts, false), (titles[4], row.pending, false), (titles[5], row.nextDue, row.overdue), (titles[6], row.lastActivity, false)]
            return "<li class=\"item\(row.overdue ? " late" : "")\"><a href=\"/case/\(row.id)\">#\(row.id)</a> \(HTML.escape(row.organization)) · \(HTML.escape(row.title))<dl>"
                + facts.map { "<dt>\(HTML.escape($0.0))</dt><dd\($0.2 ? " class=\"late\"" : "")>\(HTML.escape($0.1))</dd>" }.joined() + "</dl></li>"
        }.joined() + "</ul>"
    }
}
