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
        let titles = CaseRow.headings
        var table = TextTable([
            .init(title: titles[0], rightAligned: true), .init(title: titles[1], maxWidth: 24, flexible: true),
            .init(title: titles[2], maxWidth: 40, flexible: true), .init(title: titles[3], rightAligned: true, dropOrder: 1),
            .init(title: titles[4], rightAligned: true, dropOrder: 3), .init(title: titles[5]), .init(title: titles[6], dropOrder: 2),
        ])
        for item in cases {
            let row = CaseRow(item, time: time)
            var cells = row.cells
            if row.overdue { cells[5] = Style.red.apply(row.nextDue) }
            table.add(cells)
        }
        return table.render() + more
    }

    /// The count of cases left out of the screenful, and how to see them all.
    private var more: String {
        guard total > cases.count else { return "" }
        return "\n" + Message.moreCases.text(total - cases.count)
    }
}
