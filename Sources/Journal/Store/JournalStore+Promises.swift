import Foundation
import GRDB

/// How a pending promise ended.
public enum PromiseResolution: String, Sendable {
    case kept, broken, cancelled

    var status: PromiseStatus {
        switch self {
        case .kept: .kept
        case .broken: .broken
        case .cancelled: .cancelled
        }
    }
}

/// A new deadline for a pending promise, as given (in a call, or later).
public struct ExtensionDraft: Sendable, Equatable {
    public var promiseID: Int64
    public var dueAt: Date
    /// The new due time exactly as said ("明天之前").
    public var dueWords: String
    public var note: String?

    public init(promiseID: Int64, dueAt: Date, dueWords: String, note: String? = nil) {
        self.promiseID = promiseID
        self.dueAt = dueAt
        self.dueWords = dueWords
        self.note = note
    }

    /// The draft with its words checked, before any write starts.
    func checked() throws -> ExtensionDraft {
        ExtensionDraft(promiseID: promiseID, dueAt: dueAt, dueWords: try TextRules.requiredName(dueWords, field: "due time"),
                       note: try TextRules.text(note, field: "note"))
    }
}

/// A promise and the chain of extensions that led to it.
public struct PromiseExtension: Sendable {
    public let previous: Promise
    public let current: Promise
}

extension JournalStore {
    // MARK: - Writes

    /// Marks a pending promise kept, broken or cancelled at `at`.
    public func resolvePromise(_ id: Int64, as resolution: PromiseResolution, note: String?, at: Date, now: Date) throws -> Promise {
        let note = try TextRules.text(note, field: "note")
        return try write { db in
            var promise = try Self.pendingPromise(db, id)
            promise.status = resolution.status
            promise.resolvedAt = at.wholeSeconds
            promise.note = note
            try promise.update(db)
            try EventLog.append(db, kind: "promise.\(resolution.rawValue)", entity: .promise, entityID: id,
                                caseID: try Self.caseID(db, contactID: promise.contactId),
                                payload: ["status": resolution.rawValue, "note": note, "resolved_at": ISO8601DateFormatter().string(from: at)],
                                at: now, wrote: [("promise", id)])
            return promise
        }
    }

    /// Moves a pending promise's deadline, keeping the old one as `superseded`.
    ///
    /// The new due time is a new promise linked to the old, so the history shows how often the
    /// company moved the goal posts; the reminder engine weighs that in its urgency. A new deadline
    /// is usually given in a later call: with `contactID` the new promise belongs to that contact,
    /// so reminders name the agent who moved it; `at` is when it was moved.
    public func extendPromise(_ id: Int64, dueAt: Date, dueWords: String, note: String?, contactID: Int64? = nil,
                              at: Date? = nil, now: Date) throws -> PromiseExtension {
        let request = try ExtensionDraft(promiseID: id, dueAt: dueAt, dueWords: dueWords, note: note).checked()
        return try write { db in try Self.supersede(db, request, contactID: contactID, at: at ?? now, now: now) }
    }

    /// Supersedes `request.promiseID` with a new pending promise due at `request.dueAt`, made on
    /// `contactID` (which must be on the same case) or else on the original promise's contact.
    static func supersede(_ db: Database, _ request: ExtensionDraft, contactID: Int64?, at: Date, now: Date) throws -> PromiseExtension {
        var previous = try pendingPromise(db, request.promiseID)
        let caseID = try caseID(db, contactID: previous.contactId)
        if let contactID {
            guard let contact = try Contact.fetchOne(db, key: contactID) else { throw JournalError.contactNotFound(contactID) }
            guard contact.caseId == caseID else {
                throw JournalError.contactOnOtherCase(contactID: contactID, promiseID: request.promiseID, caseID: caseID ?? 0)
            }
        }
        previous.status = .superseded
        previous.resolvedAt = at.wholeSeconds
        previous.note = request.note
        try previous.update(db)
        var current = Promise(id: nil, uuid: newUUID(), contactId: contactID ?? previous.contactId, text: previous.text,
                              dueAt: request.dueAt.wholeSeconds, dueWords: request.dueWords, status: .pending, resolvedAt: nil,
                              note: nil, supersedesId: previous.id)
        try current.insert(db)
        struct Extended: Encodable {
            let newPromiseId: Int64; let previousDueAt: Date; let dueAt: Date; let dueWords: String; let note: String?
            let contactId: Int64; let movedAt: Date
        }
        try EventLog.append(db, kind: "promise.extended", entity: .promise, entityID: previous.id!, caseID: caseID,
                            payload: Extended(newPromiseId: current.id!, previousDueAt: previous.dueAt, dueAt: current.dueAt,
                                              dueWords: request.dueWords, note: request.note, contactId: current.contactId,
                                              movedAt: previous.resolvedAt!),
                            at: now, wrote: [("promise", previous.id!), ("promise", current.id!)])
        return PromiseExtension(previous: previous, current: current)
    }

    private static func pendingPromise(_ db: Database, _ id: Int64) throws -> Promise {
        guard let promise = try Promise.fetchOne(db, key: id) else { throw JournalError.promiseNotFound(id) }
        if promise.status == .superseded, let current = try latestInChain(db, from: id), current.id != id {
            throw JournalError.promiseSuperseded(id: id, current: current.id!, currentStatus: current.status)
        }
        guard promise.status == .pending else { throw JournalError.promiseNotPending(id: id, status: promise.status) }
        return promise
    }

    /// The last promise in the chain of extensions starting at `id` (itself when never extended).
    private static func latestInChain(_ db: Database, from id: Int64) throws -> Promise? {
        try Promise.fetchOne(db, sql: """
            WITH RECURSIVE chain(id, depth) AS (
                SELECT ?, 0
                UNION ALL SELECT p.id, chain.depth + 1 FROM promise p JOIN chain ON p.supersedes_id = chain.id)
            SELECT promise.* FROM promise JOIN chain USING (id) ORDER BY depth DESC LIMIT 1
            """, arguments: [id])
    }

    static func caseID(_ db: Database, contactID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT case_id FROM contact WHERE id = ?", arguments: [contactID])
    }

    // MARK: - Reads

    /// The promise that now stands for `id`: itself, or the last extension of it.
    public func currentPromise(for id: Int64) throws -> Promise {
        try read { db in
            guard let promise = try Self.latestInChain(db, from: id) else { throw JournalError.promiseNotFound(id) }
            return promise
        }
    }

    /// The case a promise was made on.
    public func caseID(ofPromise id: Int64) throws -> Int64 {
        try read { db in
            guard let caseID = try Int64.fetchOne(db, sql: "SELECT k.case_id FROM promise p JOIN contact k ON k.id = p.contact_id WHERE p.id = ?",
                                                  arguments: [id]) else { throw JournalError.promiseNotFound(id) }
            return caseID
        }
    }

    public func promise(_ id: Int64) throws -> Promise {
        try read { db in
            guard let promise = try Promise.fetchOne(db, key: id) else { throw JournalError.promiseNotFound(id) }
            return promise
        }
    }
}
