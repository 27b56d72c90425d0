import Desk
import Foundation
import Journal
import Lexicon

/// The table `recourse cases` prints: the most recently active cases, a screenful unless `--all`.
struct CasesView {
    /// How many rows fit a terminal with room to spare; `agenda` shows as many per section.
    static let screenful = 25

    /// The cases to show, most recently active first.
    let cases: [CaseOverview]
    /// How many cases there are in all; those beyond `cases` are counted in a last line.
    let total: Int
    let includeClosed: Bool
    let time: TimeFormat

    func render() -> String {
        guard !cases.isEmpty else { return (includeClosed ? Message.noCasesYet : Message.noOpenCases).text() }
        var table = TextTable([
            .init(title: Message.colCase.text(), rightAligned: true), .init(title: Message.colOrganization.text(), maxWidth: 24, flexible: true),
            .init(title: Message.colTitle.text(), maxWidth: 40, flexible: true), .init(title: Message.colContacts.text(), rightAligned: true, dropOrder: 1),
            .init(title: Message.colPending.text(), rightAligned: true, dropOrder: 3), .init(title: Message.colNextDue.text()), .init(title: Message.colLastActivity.text(), dropOrder: 2),
        ])
        for item in cases {
            let title = item.caseFile.status == .closed ? Message.closedMark.text(item.caseFile.title) : item.caseFile.title
            table.add(["#\(item.caseFile.id!)", item.organizationName, title, "\(item.contactCount)",
                       "\(item.pendingPromises)", item.nextDueAt.map(nextDue) ?? "—", time.short(item.lastActivityAt)])
        }
        return table.render() + more
    }

    /// The count of cases left out of the screenful, and how to see them all.
    private var more: String {
        guard total > cases.count else { return "" }
        return "\n" + Message.moreCases.text(total - cases.count)
    }

    private func nextDue(_ date: Date) -> String {
        date < time.now ? Style.red.apply(Message.overdueMark.text(time.short(date))) : time.short(date)
    }
}
