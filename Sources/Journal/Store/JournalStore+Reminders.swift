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
    public func pendingPromises(dueBefore cutoff: Date) throws -> [PendingPromise] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT p.*, k.case_id, k.occurred_at AS contact_at, k.agent, k.reference,
                       c.title AS case_title, c.amount_minor, c.currency, o.name AS organization_name
                FROM promise p INDEXED BY promise_pending_due
                JOIN contact k ON k.id = p.contact_id
                JOIN case_file c ON c.id = k.case_id
                JOIN organization o ON o.id = c.organization_id
                WHERE p.status = 'pending' AND p.due_at < ?
                ORDER BY p.due_at, p.id
                """, arguments: [Int64(cutoff.timeIntervalSince1970.rounded(.up))])
            // A cursor's rows look columns up through the statement's cached index; read each once.
            let partial = try Array(rows.map { row in
                PendingPromise(
                    promise: Promise(row: row), caseID: row["case_id"], caseTitle: row["case_title"],
                    organizationName: row["organization_name"], contactAt: row.date("contact_at"),
                    agent: row["agent"], reference: row["reference"], slips: 0, movedAt: nil, movedBy: nil,
                    amountMinor: row["amount_minor"], currency: row["currency"])
            })
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
    public func quietCases(lastContactBefore cutoff: Date) throws -> [QuietCase] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT * FROM (
                    SELECT c.*, o.name AS organization_name,
                           (SELECT max(occurred_at) FROM contact WHERE case_id = c.id) AS last_contact_at,
                           (SELECT direction FROM contact WHERE case_id = c.id ORDER BY occurred_at DESC, id DESC LIMIT 1) AS last_direction,
                           (SELECT count(*) FROM contact k JOIN promise p ON p.contact_id = k.id
                             WHERE k.case_id = c.id AND p.status = 'pending') AS pending_count
                    FROM case_file c JOIN organization o ON o.id = c.organization_id
                    WHERE c.status = 'open')
                WHERE last_contact_at < ? AND (pending_count > 0 OR last_direction = 'outbound')
                ORDER BY last_contact_at, id
                """, arguments: [Int64(cutoff.timeIntervalSince1970)])
            return try Array(rows.map { row in
                QuietCase(caseFile: CaseFile(row: row), organizationName: row["organization_name"],
                          lastContactAt: row.date("last_contact_at"),
                          pendingPromises: row["pending_count"])
            })
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
            try Organization.fetchOne(db, sql: "SELECT o.* FROM organization o JOIN case_file c ON c.organization_id = o.id WHERE c.id = ?",
                                      arguments: [caseID])
        }
    }

    public func organization(ofPromise promiseID: Int64) throws -> Organization? {
        try read { db in
            try Organization.fetchOne(db, sql: """
                SELECT o.* FROM organization o JOIN case_file c ON c.organization_id = o.id
                JOIN contact k ON k.case_id = c.id JOIN promise p ON p.contact_id = k.id WHERE p.id = ?
                """, arguments: [promiseID])
        }
    }
}
