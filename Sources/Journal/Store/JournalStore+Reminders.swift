import Foundation
import GRDB

/// A pending promise with what a reminder needs to say about it.
public struct PendingPromise: Sendable {
    public let promise: Promise
    public let caseID: Int64
    public let caseTitle: String
    public let organizationName: String
    /// The contact that made the promise: its time, agent and reference number.
    public let contactAt: Date
    public let agent: String?
    public let reference: String?
    /// How many times this promise's deadline was already moved (extensions before it).
    public let slips: Int
    /// When the deadline was last moved (nil when never moved).
    public let movedAt: Date?
    /// Who moved it: the agent of the call that gave the new deadline, when that call was logged
    /// with it (`log --extends`, `promise extend --contact`) and named an agent.
    public let movedBy: String?
    public let amountMinor: Int64?
    public let currency: String?
}

/// An open case where the company owes the next move and nothing has happened for a while.
public struct QuietCase: Sendable {
    public let caseFile: CaseFile
    public let organizationName: String
    public let lastContactAt: Date
    public let pendingPromises: Int
}

extension JournalStore {
    // MARK: - Reads

    /// Pending promises due before `cutoff`, soonest (most overdue) first.
    ///
    /// Uses the partial index on pending due times, so the cost follows the number of pending
    /// promises, not the size of the journal.
    ///
    /// - Parameter asOf: the promises pending at that past moment (`--as-of`, see `Snapshot`):
    ///   made in a contact that had taken place, not yet kept, broken or moved then. Nil for now.
    public func pendingPromises(dueBefore cutoff: Date, asOf: Date? = nil) throws -> [PendingPromise] {
        let asOf = asOf ?? snapshot
        return try read { db in
            // The contact's case then: a move made later is undone in a snapshot. A case closed by
            // then and not reopened since has `closed_at` at or before the moment: left out in SQL;
            // one reopened later is left out below, from its history (`Rewind`).
            let caseOfContact = asOf.map { Snapshot.caseOf("k", at: Int64($0.timeIntervalSince1970)) } ?? "k.case_id"
            let select = """
                SELECT p.*, c.id AS case_id, k.occurred_at AS contact_at, k.agent, k.reference,
                       c.title AS case_title, c.amount_minor, c.currency, o.name AS organization_name
                """
            let joins = """
                JOIN contact k ON k.id = p.contact_id
                JOIN case_file c ON c.id = \(caseOfContact)
                JOIN organization o ON o.id = c.organization_id
                """
            let rows: RowCursor
            if let asOf {
                let at = Int64(asOf.timeIntervalSince1970)
                rows = try Row.fetchCursor(db, sql: """
                    \(select) FROM promise p \(joins)
                    WHERE p.due_at < ? AND \(Snapshot.contactExisted("k")) AND (p.status = 'pending' OR p.resolved_at > ?)
                      AND (p.supersedes_id IS NULL OR (SELECT q.resolved_at FROM promise q WHERE q.id = p.supersedes_id) <= ?)
                      AND (c.closed_at IS NULL OR c.closed_at > ?)
                    ORDER BY p.due_at, p.id
                    """, arguments: [Int64(cutoff.timeIntervalSince1970.rounded(.up)), at, at, at, at, at])
            } else {
                rows = try Row.fetchCursor(db, sql: """
                    \(select) FROM promise p INDEXED BY promise_pending_due \(joins)
                    WHERE p.status = 'pending' AND p.due_at < ? AND \(Self.notVoided("k"))
                    ORDER BY p.due_at, p.id
                    """, arguments: [Int64(cutoff.timeIntervalSince1970.rounded(.up))])
            }
            // A cursor's rows look columns up through the statement's cached index; read each once.
            var partial = try Array(rows.map { row in
                PendingPromise(
                    promise: asOf.flatMap { Snapshot.promise(Promise(row: row), previousResolvedAt: nil, asOf: $0) } ?? Promise(row: row),
                    caseID: row["case_id"], caseTitle: row["case_title"],
                    organizationName: row["organization_name"], contactAt: row.date("contact_at"),
                    agent: row["agent"], reference: row["reference"], slips: 0, movedAt: nil, movedBy: nil,
                    amountMinor: row["amount_minor"], currency: row["currency"])
            })
            if let asOf {
                // The promise, its case and its organization as they stood then; a case closed then reminds of nothing.
                let corrected = try Snapshot.undoPromiseCorrections(db, partial.map(\.promise), asOf: asOf)
                let rewind = Rewind(db, asOf: asOf)
                partial = try zip(partial, corrected).compactMap { item, promise in
                    guard let caseFile = try rewind.caseFile(item.caseID), caseFile.status == .open,
                          let organization = try rewind.organization(caseFile.organizationId) else { return nil }
                    return PendingPromise(promise: promise, caseID: item.caseID, caseTitle: caseFile.title, organizationName: organization.name,
                                          contactAt: item.contactAt, agent: item.agent, reference: item.reference, slips: 0, movedAt: nil,
                                          movedBy: nil, amountMinor: caseFile.amountMinor, currency: caseFile.currency)
                }
            }
            let previousIDs = partial.compactMap(\.promise.supersedesId)
            let slips = try Self.slipCounts(db, for: previousIDs)
            let moves = try Self.moves(db, of: previousIDs)
            return partial.map { item in
                guard let previous = item.promise.supersedesId else { return item }
                let move = moves[previous]
                let movedHere = move.map { $0.contactID != item.promise.contactId } ?? false
                return PendingPromise(promise: item.promise, caseID: item.caseID, caseTitle: item.caseTitle,
                                      organizationName: item.organizationName, contactAt: item.contactAt, agent: item.agent,
                                      reference: item.reference, slips: (slips[previous] ?? 0) + 1,
                                      movedAt: move?.at, movedBy: movedHere ? item.agent : nil,
                                      amountMinor: item.amountMinor, currency: item.currency)
            }
        }
    }

    /// For each promise id, how many promises it superseded in turn (the length of its chain).
    private static func slipCounts(_ db: Database, for ids: [Int64]) throws -> [Int64: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            WITH RECURSIVE chain(start, id) AS (
                SELECT value, value FROM json_each(?)
                UNION ALL
                SELECT chain.start, p.supersedes_id FROM chain JOIN promise p ON p.id = chain.id
                WHERE p.supersedes_id IS NOT NULL)
            SELECT start, count(*) - 1 AS depth FROM chain GROUP BY start
            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["start"] as Int64, $0["depth"] as Int) })
    }

    /// For each superseded promise id: when it was moved, and the contact it was made on.
    private static func moves(_ db: Database, of ids: [Int64]) throws -> [Int64: (at: Date, contactID: Int64)] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT id, resolved_at, contact_id FROM promise WHERE id IN (SELECT value FROM json_each(?))",
                                    arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int64, (at: $0.date("resolved_at"), contactID: $0["contact_id"] as Int64)) })
    }

    /// Open cases waiting on the company — a promise is pending, or my last contact is unanswered —
    /// whose last contact was before `cutoff`. Oldest silence first.
    ///
    /// - Parameter asOf: the cases as they stood at that past moment (see `Snapshot`); nil for now.
    public func quietCases(lastContactBefore cutoff: Date, asOf: Date? = nil) throws -> [QuietCase] {
        if let asOf = asOf ?? snapshot { return try quietCasesSnapshot(lastContactBefore: cutoff, asOf: asOf) }
        return try read { db in
            // One probe per open case for its latest contact (when, and which way); pending
            // promises counted once from their partial index rather than per case.
            let rows = try Row.fetchCursor(db, sql: """
                WITH pending AS MATERIALIZED (\(Self.pendingByCaseSQL))
                SELECT c.*, o.name AS organization_name, k.occurred_at AS last_contact_at,
                       coalesce(pending.n, 0) AS pending_count
                FROM case_file c JOIN organization o ON o.id = c.organization_id
                JOIN contact k ON k.id = (SELECT id FROM contact WHERE case_id = c.id AND \(Self.notVoided("contact")) ORDER BY occurred_at DESC, id DESC LIMIT 1)
                LEFT JOIN pending ON pending.case_id = c.id
                WHERE c.status = 'open' AND k.occurred_at < ? AND (pending.n > 0 OR k.direction = 'outbound')
                ORDER BY k.occurred_at, c.id
                """, arguments: [Int64(cutoff.timeIntervalSince1970)])
            return try Array(rows.map { row in
                QuietCase(caseFile: CaseFile(row: row), organizationName: row["organization_name"],
                          lastContactAt: row.date("last_contact_at"),
                          pendingPromises: row["pending_count"])
            })
        }
    }

    /// `quietCases` at a past moment: each case's latest contact and pending promises as of then (a
    /// case closed by then and not reopened since is left out in SQL, one reopened later by `Rewind`).
    private func quietCasesSnapshot(lastContactBefore cutoff: Date, asOf: Date) throws -> [QuietCase] {
        let at = Int64(asOf.timeIntervalSince1970)
        let pending = try pendingPromises(dueBefore: .distantFuture, asOf: asOf)
        let pendingByCase = Dictionary(grouping: pending, by: \.caseID).mapValues(\.count)
        return try read { db in
            let rewind = Rewind(db, asOf: asOf)
            return try Row.fetchAll(db, sql: """
                SELECT c.*, k.occurred_at AS last_contact_at, k.direction AS last_direction
                FROM case_file c
                JOIN contact k ON k.id = (SELECT id FROM contact k2 WHERE \(Snapshot.caseOf("k2", at: at)) = c.id AND \(Snapshot.contactExisted("k2"))
                                          ORDER BY occurred_at DESC, id DESC LIMIT 1)
                WHERE c.opened_at <= ? AND (c.closed_at IS NULL OR c.closed_at > ?) AND k.occurred_at < ?
                ORDER BY k.occurred_at, c.id
                """, arguments: [at, at, at, at, Int64(cutoff.timeIntervalSince1970)]).compactMap { row -> QuietCase? in
                let caseFile = try rewind.caseFile(CaseFile(row: row))
                let count = pendingByCase[caseFile.id!] ?? 0
                guard caseFile.status == .open, count > 0 || (row["last_direction"] as String) == Direction.outbound.rawValue else { return nil }
                return QuietCase(caseFile: caseFile, organizationName: try rewind.organization(caseFile.organizationId)!.name,
                                 lastContactAt: row.date("last_contact_at"), pendingPromises: count)
            }
        }
    }

    /// The organization a name or alias matches, if any.
    public func organization(named name: String) throws -> Organization? {
        try read { db in
            guard let id = try Self.organizationID(db, named: name) else { return nil }
            return try Organization.fetchOne(db, key: id)
        }
    }

    /// The organization a case, contact or promise belongs to.
    public func organization(ofCase caseID: Int64) throws -> Organization? {
        try read { db in
            try asThen(db, Organization.fetchOne(db, sql: "SELECT o.* FROM organization o JOIN case_file c ON c.organization_id = o.id WHERE c.id = ?",
                                                 arguments: [caseID]))
        }
    }

    public func organization(ofPromise promiseID: Int64) throws -> Organization? {
        try read { db in
            try asThen(db, Organization.fetchOne(db, sql: """
                SELECT o.* FROM organization o JOIN case_file c ON c.organization_id = o.id
                JOIN contact k ON k.case_id = c.id JOIN promise p ON p.contact_id = k.id WHERE p.id = ?
                """, arguments: [promiseID]))
        }
    }

    /// `organization` as it stood at the store's snapshot moment, if it has one.
    private func asThen(_ db: Database, _ organization: Organization?) throws -> Organization? {
        guard let snapshot, let organization else { return organization }
        return try Rewind(db, asOf: snapshot).organization(organization)
    }
}
