import Foundation
import Journal

/// The table `recourse cases` prints.
struct CasesView {
    let cases: [CaseOverview]
    let includeClosed: Bool
    let time: TimeFormat

    func render() -> String {
        guard !cases.isEmpty else { return includeClosed ? "No cases yet." : "No open cases." }
        var table = TextTable([
            .init(title: "CASE", rightAligned: true), .init(title: "ORGANIZATION", maxWidth: 24, flexible: true),
            .init(title: "TITLE", maxWidth: 40, flexible: true), .init(title: "CONTACTS", rightAligned: true, dropOrder: 1),
            .init(title: "PENDING", rightAligned: true, dropOrder: 3), .init(title: "NEXT DUE"), .init(title: "LAST ACTIVITY", dropOrder: 2),
        ])
        for item in cases {
            let title = item.caseFile.status == .closed ? "[closed] " + item.caseFile.title : item.caseFile.title
            table.add(["#\(item.caseFile.id!)", item.organizationName, title, "\(item.contactCount)",
                       "\(item.pendingPromises)", item.nextDueAt.map(nextDue) ?? "—", time.short(item.lastActivityAt)])
        }
        return table.render()
    }

    private func nextDue(_ date: Date) -> String {
        date < time.now ? Style.red.apply(time.short(date) + " overdue") : time.short(date)
    }
}
