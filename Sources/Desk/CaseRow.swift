import Foundation
import Journal
import Lexicon

/// One case as `cases` lists it, cell by cell (the terminal's table, the web's cases page).
public struct CaseRow {
    public let id: Int64
    public let organization: String
    /// The title, marked when the case is closed.
    public let title: String
    public let contacts: String
    public let pending: String
    /// The next due time, "—" when none.
    public let nextDue: String
    /// True when the next due time has passed: shown in red.
    public let overdue: Bool
    public let lastActivity: String

    public init(_ item: CaseOverview, time: TimeFormat) {
        id = item.caseFile.id!
        organization = item.organizationName
        title = item.caseFile.status == .closed ? Message.closedMark.text(item.caseFile.title) : item.caseFile.title
        contacts = "\(item.contactCount)"
        pending = "\(item.pendingPromises)"
        let overdue = item.nextDueAt.map { $0 < time.now } ?? false
        self.overdue = overdue
        nextDue = item.nextDueAt.map { overdue ? Message.overdueMark.text(time.short($0)) : time.short($0) } ?? "—"
        lastActivity = time.short(item.lastActivityAt)
    }

    /// The column headings, in the order `cells` gives them.
    public static var headings: [String] {
        [Message.colCase, .colOrganization, .colTitle, .colContacts, .colPending, .colNextDue, .colLastActivity].map { $0.text() }
    }

    public var cells: [String] { ["#\(id)", organization, title, contacts, pending, nextDue, lastActivity] }
}
