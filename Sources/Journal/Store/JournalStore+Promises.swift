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
    /// company moved the goal posts; the reminder engine weighs that in its urgency.
    public func extendPromise(_ id: Int64, dueAt: Date, dueWords: String, note: String?, now: Date) throws -> PromiseExtension {
        let note = try TextRules.text(note, field: "note")
        let dueWords = try TextRules.requiredName(dueWords, field: "due time")
        return try write { db in
            var previous = try Self.pendingPromise(db, id)
            previous.status = .superseded
            previous.resolvedAt = now.wholeSeconds
            previous.note = note
            try previous.update(db)
            var current = Promise(id: nil, uuid: newUUID(), contactId: previous.contactId, text: previous.text,
                                  dueAt: dueAt.wholeSeconds, dueWords: dueWords, status: .pending, resolvedAt: nil,
                                  note: nil, supersedesId: id)
            try current.insert(db)
            struct Extended: Encodable { let newPromiseId: Int64; let previousDueAt: Date; let dueAt: Date; let dueWords: String; let note: String? }
            try EventLog.append(db, kind: "promise.extended", entity: .promise, entityID: id,
                                caseID: try Self.caseID(db, contactID: previous.contactId),
                                payload: Extended(newPromiseId: current.id!, previousDueAt: previous.dueAt,
                                                  dueAt: current.dueAt, dueWords: dueWords, note: note),
                                at: now, wrote: [("promise", id), ("promise", current.id!)])
            return PromiseExtension(previous: previous, current: current)
        }
    }

    private static func pendingPromise(_ db: Database, _ id: Int64) throws -> Promise {
        guard let promise = try Promise.fetchOne(db, key: id) else { throw JournalError.promiseNotFound(id) }
        guard promise.status == .pending else { throw JournalError.promiseNotPending(id: id, status: promise.status) }
        return promise
    }

    static func caseID(_ db: Database, contactID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT case_id FROM contact WHERE id = ?", arguments: [contactID])
    }

    // MARK: - Reads

    public func promise(_ id: Int64) throws -> Promise {
        try read { db in
            guard let promise = try Promise.fetchOne(db, key: id) else { throw JournalError.promiseNotFound(id) }
            return promise
        }
    }
}
