import Foundation
import GRDB

/// One line of `recourse cases`.
public struct CaseOverview: Sendable, Equatable {
    public let caseFile: CaseFile
    public let organizationName: String
    public let contactCount: Int
    public let lastContactAt: Date?
    public let pendingPromises: Int
    public let nextDueAt: Date?

    /// When anything last happened on the case: its latest contact, else its opening.
    public var lastActivityAt: Date { lastContactAt ?? caseFile.openedAt }
}

/// A case's full record, as `recourse show` prints it.
public struct CaseTimeline: Sendable {
    public struct Entry: Sendable {
        public let contact: Contact
        public let promises: [Promise]
        public let attachments: [Attachment]
    }

    public let caseFile: CaseFile
    public let organization: Organization
    public let entries: [Entry]
}

extension JournalStore {
    // MARK: - Writes

    public func closeCase(_ id: Int64, note: String?, now: Date) throws -> CaseFile {
        try setCaseStatus(id, to: .closed, note: note, now: now)
    }

    public func reopenCase(_ id: Int64, note: String?, now: Date) throws -> CaseFile {
        try setCaseStatus(id, to: .open, note: note, now: now)
    }

    private func setCaseStatus(_ id: Int64, to status: CaseStatus, note: String?, now: Date) throws -> CaseFile {
        let note = try TextRules.text(note, field: "note")
        return try write { db in
            guard var caseFile = try CaseFile.fetchOne(db, key: id) else { throw JournalError.caseNotFound(id) }
            guard caseFile.status != status else { throw JournalError.caseAlreadyInState(id: id, status: status) }
            caseFile.status = status
            caseFile.closedAt = status == .closed ? now.wholeSeconds : nil
            try caseFile.update(db)
            try EventLog.append(db, kind: status == .closed ? "case.closed" : "case.reopened", entity: .case,
                                entityID: id, caseID: id, payload: ["note": note], at: now, wrote: [("case_file", id)])
            return caseFile
        }
    }

    // MARK: - Reads

    /// Cases with their latest activity, newest first; open ones only unless `includeClosed`.
    public func caseOverviews(includeClosed: Bool = false) throws -> [CaseOverview] {
        try caseOverviews(includeClosed: includeClosed, first: nil).cases
    }

    /// The `first` cases by latest activity (all when nil), and how many there are in all.
    ///
    /// Ordering needs each case's latest contact, one index seek per case; counting its contacts
    /// is a scan of its index range, so it is done only for the cases returned (at 1M contacts
    /// that scan, for every open case, was most of `cases`).
    ///
    /// - Parameter asOf: the cases as they stood at that past moment (see `Snapshot`); nil for now.
    public func caseOverviews(includeClosed: Bool, first: Int?, asOf: Date? = nil) throws -> (cases: [CaseOverview], total: Int) {
        if let asOf = asOf ?? snapshot { return try caseOverviewsSnapshot(includeClosed: includeClosed, first: first, asOf: asOf) }
        return try read { db in
            let which = includeClosed ? "" : "WHERE c.status = 'open'"
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file c \(which)") ?? 0
            // Pending promises are few (the partial index `promise_pending_due` holds only those):
            // count them per case once, instead of joining contacts to promises for every case.
            let rows = try Row.fetchCursor(db, sql: """
                WITH pending AS MATERIALIZED (\(Self.pendingByCaseSQL)),
                shown AS MATERIALIZED (
                    SELECT c.id, (SELECT max(occurred_at) FROM contact WHERE case_id = c.id AND \(Self.notVoided("contact"))) AS last_contact_at
                    FROM case_file c \(which)
                    ORDER BY coalesce(last_contact_at, c.opened_at) DESC, c.id DESC LIMIT ?)
                SELECT c.*, o.name AS organization_name, shown.last_contact_at,
                       (SELECT count(*) FROM contact WHERE case_id = c.id AND \(Self.notVoided("contact"))) AS contact_count,
                       coalesce(pending.n, 0) AS pending_count, pending.next_due_at
                FROM shown JOIN case_file c ON c.id = shown.id JOIN organization o ON o.id = c.organization_id
                LEFT JOIN pending ON pending.case_id = c.id
                ORDER BY coalesce(shown.last_contact_at, c.opened_at) DESC, c.id DESC
                """, arguments: [first ?? -1])
            let cases = try Array(rows.map { row in
                CaseOverview(caseFile: CaseFile(row: row), organizationName: row["organization_name"],
                             contactCount: row["contact_count"],
                             lastContactAt: (row["last_contact_at"] as Int64?).map { Date(timeIntervalSince1970: Double($0)) },
                             pendingPromises: row["pending_count"],
                             nextDueAt: (row["next_due_at"] as Int64?).map { Date(timeIntervalSince1970: Double($0)) })
            })
            return (cases, total)
        }
    }

    /// `caseOverviews` at a past moment: cases opened by then, their contacts and pending promises as of then.
    ///
    /// One query for the cases with their contacts counted, one for the promises pending then
    /// (see `pendingPromises(dueBefore:asOf:)`), rather than a timeline per case.
    private func caseOverviewsSnapshot(includeClosed: Bool, first: Int?, asOf: Date) throws -> (cases: [CaseOverview], total: Int) {
        let pendingByCase = Dictionary(grouping: try pendingPromises(dueBefore: .distantFuture, asOf: asOf), by: \.caseID)
        return try read { db in
            let at = Int64(asOf.timeIntervalSince1970)
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.*,
                       (SELECT max(k.occurred_at) FROM contact k WHERE \(Snapshot.caseOf("k", at: at)) = c.id AND \(Snapshot.contactExisted("k"))) AS last_contact_at,
                       (SELECT count(*) FROM contact k WHERE \(Snapshot.caseOf("k", at: at)) = c.id AND \(Snapshot.contactExisted("k"))) AS contact_count
                FROM case_file c WHERE c.opened_at <= ?
                """, arguments: [at, at, at, at, at])
            let rewind = Rewind(db, asOf: asOf)
            let overviews = try rows.map { row -> CaseOverview in
                let caseFile = try rewind.caseFile(CaseFile(row: row))
                let pending = pendingByCase[caseFile.id!] ?? []
                return CaseOverview(caseFile: caseFile, organizationName: try rewind.organization(caseFile.organizationId)!.name,
                                    contactCount: row["contact_count"],
                                    lastContactAt: (row["last_contact_at"] as Int64?).map { Date(timeIntervalSince1970: Double($0)) },
                                    pendingPromises: pending.count, nextDueAt: pending.map(\.promise.dueAt).min())
            }
            .filter { includeClosed || $0.caseFile.status == .open }
            .sorted { ($0.lastActivityAt, $0.caseFile.id!) > ($1.lastActivityAt, $1.caseFile.id!) }
            return (first.map { Array(overviews.prefix($0)) } ?? overviews, overviews.count)
        }
    }

    /// Per case with pending promises: how many, and the earliest due. Read from the partial index
    /// of pending promises, so its cost follows the number pending, not the size of the journal.
    static let pendingByCaseSQL = """
        SELECT k.case_id, count(*) AS n, min(p.due_at) AS next_due_at
        FROM promise p INDEXED BY promise_pending_due JOIN contact k ON k.id = p.contact_id
        WHERE p.status = 'pending' AND \(notVoided("k")) GROUP BY k.case_id
        """

    /// The case with every contact in time order (voided ones left out), each with its promises and attachments.
    ///
    /// - Parameter asOf: a past moment to see the case as it stood then (`--as-of`, see `Snapshot`); nil for now.
    public func timeline(ofCase id: Int64, asOf: Date? = nil) throws -> CaseTimeline {
        try read { db in try (asOf ?? snapshot).map { try Self.timeline(db, caseID: id, asOf: $0) } ?? Self.timeline(db, caseID: id) }
    }

    /// `timeline(ofCase:)` inside the caller's read.
    static func timeline(_ db: Database, caseID id: Int64) throws -> CaseTimeline {
        guard let caseFile = try CaseFile.fetchOne(db, key: id) else { throw JournalError.caseNotFound(id) }
        let organization = try Organization.fetchOne(db, key: caseFile.organizationId)!
        // A voided contact was logged by mistake: it is kept (and in the history) but in no timeline.
        let contacts = try Contact.fetchAll(db, sql: """
            SELECT * FROM contact WHERE case_id = ? AND \(notVoided("contact")) ORDER BY occurred_at, id
            """, arguments: [id])
        let promises = try Promise.fetchAll(db, sql: """
            SELECT p.* FROM promise p JOIN contact k ON k.id = p.contact_id WHERE k.case_id = ? ORDER BY p.id
            """, arguments: [id])
        let attachments = try Attachment.fetchAll(db, sql: """
            SELECT a.* FROM attachment a JOIN contact k ON k.id = a.contact_id WHERE k.case_id = ? ORDER BY a.id
            """, arguments: [id])
        let promisesByContact = Dictionary(grouping: promises, by: \.contactId)
        let attachmentsByContact = Dictionary(grouping: attachments, by: \.contactId)
        return CaseTimeline(caseFile: caseFile, organization: organization, entries: contacts.map {
            CaseTimeline.Entry(contact: $0, promises: promisesByContact[$0.id!] ?? [],
                               attachments: attachmentsByContact[$0.id!] ?? [])
        })
    }

    /// Every change recorded for the case, oldest first.
    /// - Parameter asOf: only the changes recorded by then; nil for all.
    public func history(ofCase id: Int64, asOf: Date? = nil) throws -> [JournalEvent] {
        try read { db in
            guard try CaseFile.exists(db, key: id) else { throw JournalError.caseNotFound(id) }
            let until = (asOf ?? snapshot).map { Int64($0.timeIntervalSince1970) } ?? Int64.max
            return try JournalEvent.filter(Column("case_id") == id && Column("at") <= until).order(Column("id")).fetchAll(db)
        }
    }
}
