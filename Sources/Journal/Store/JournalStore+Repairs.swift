import Foundation
import GRDB

/// Where `move` takes a contact: an existing case, or a new case (of the same or another organization).
public enum MoveTarget: Sendable, Equatable {
    case existing(Int64)
    /// A new case with this title; `organization` names (or creates) its organization, nil keeps the contact's.
    case new(title: String, organization: String?)
}

/// What `move` did, for the confirmation line and `--json`.
public struct MovedContact: Sendable {
    public let contact: Contact
    public let fromCase: Int64
    public let toCase: CaseFile
    public let openedCase: Bool
}

/// A contact the user declared logged by mistake.
public struct ContactVoid: Sendable, Equatable, Encodable {
    public let contactID: Int64
    public let reason: String
    public let voidedAt: Date
}

/// The user's repairs of their own mistakes: void, move, attach later, correct a promise's due.
///
/// Each is an update the history records as an event of its own, like every change; none deletes
/// or silently edits what was logged, and none is shown to a recipient as something the firm did.
extension JournalStore {
    // MARK: - Writes

    /// Declares a contact logged by mistake: it stays in the journal and its history, and from
    /// `now` on it is left out of letters, the agenda, counts and its promises' reminders.
    public func voidContact(_ id: Int64, reason: String?, now: Date) throws -> ContactVoid {
        let reason = try TextRules.requiredText(reason ?? "", field: "reason")
        return try write { db in
            guard let contact = try Contact.stored(db, id: id) else { throw JournalError.contactNotFound(id) }
            if try Self.isVoided(db, contactID: id) { throw JournalError.contactAlreadyVoided(id) }
            try db.execute(sql: "INSERT INTO contact_void (contact_id, reason, voided_at) VALUES (?, ?, ?)",
                           arguments: [id, reason, Int64(now.timeIntervalSince1970.rounded(.down))])
            let voidID = db.lastInsertedRowID
            try EventLog.append(db, kind: "contact.voided", entity: .contact, entityID: id, caseID: contact.caseId,
                                payload: ["reason": reason], at: now, wrote: [("contact_void", voidID)])
            return ContactVoid(contactID: id, reason: reason, voidedAt: now.wholeSeconds)
        }
    }

    /// Moves a contact, with its promises, attachments and warnings, to another case.
    ///
    /// Both cases' histories record the move (the event on each names the other), so neither
    /// case's timeline changes without a trace.
    public func moveContact(_ id: Int64, to target: MoveTarget, reason: String?, now: Date) throws -> MovedContact {
        let reason = try TextRules.text(reason, field: "reason")
        if case let .new(title, organization) = target {
            _ = try TextRules.requiredName(title, field: "case title")
            _ = try organization.map { try TextRules.requiredName($0, field: "organization name") }
        }
        return try write { db in
            guard var contact = try Contact.stored(db, id: id) else { throw JournalError.contactNotFound(id) }
            let fromCase = contact.caseId
            let destination: CaseFile, opened: Bool
            switch target {
            case let .existing(caseID):
                guard let caseFile = try CaseFile.stored(db, id: caseID) else { throw JournalError.caseNotFound(caseID) }
                guard caseFile.status == .open else { throw JournalError.caseClosed(caseID) }
                guard caseID != fromCase else { throw JournalError.contactAlreadyOnCase(contactID: id, caseID: caseID) }
                (destination, opened) = (caseFile, false)
            case let .new(title, organizationName):
                let organization: Organization
                if let organizationName {
                    if let known = try Self.organizationID(db, named: organizationName), let found = try Organization.stored(db, id: known) {
                        organization = found
                    } else {
                        organization = try Self.createOrganization(db, name: organizationName, kind: .other, jurisdiction: nil, now: now)
                    }
                } else {
                    let current = try CaseFile.stored(db, id: fromCase)!
                    organization = try Organization.stored(db, id: current.organizationId)!
                }
                let zone = contact.zone
                (destination, opened) = (try Self.openCase(db, organization: organization, title: title, zone: zone,
                                                           openedAt: min(contact.occurredAt, now), now: now), true)
            }
            contact.caseId = destination.id!
            try contact.update(db)
            struct Moved: Encodable { let fromCase: Int64; let toCase: Int64; let reason: String? }
            let payload = Moved(fromCase: fromCase, toCase: destination.id!, reason: reason)
            try EventLog.append(db, kind: "contact.moved_out", entity: .contact, entityID: id, caseID: fromCase,
                                payload: payload, at: now, wrote: [])
            try EventLog.append(db, kind: "contact.moved_in", entity: .contact, entityID: id, caseID: destination.id,
                                payload: payload, at: now, wrote: [("contact", id)])
            return MovedContact(contact: contact, fromCase: fromCase, toCase: destination, openedCase: opened)
        }
    }

    /// Adds evidence to a contact logged earlier. Each file is hashed and dated when it is added
    /// (`added_at`), which the evidence list shows, so nobody mistakes it for evidence kept at the time.
    public func attachFiles(_ paths: [String], toContact id: Int64, now: Date) throws -> [Attachment] {
        for path in paths { try AttachmentVault.checkName(of: path) }
        let caseID = try read { db -> Int64 in
            guard let contact = try Contact.stored(db, id: id) else { throw JournalError.contactNotFound(id) }
            return contact.caseId
        }
        let vault = AttachmentVault(folder: location.attachmentsFolder)
        var copies: [AttachmentVault.Copy] = []
        var created: [AttachmentVault.Copy] = []
        defer { vault.dropTemporaries(copies) }
        do {
            for path in paths { copies.append(try vault.copyIn(path)) }
            return try write { db in
                guard let contact = try Contact.stored(db, id: id) else { throw JournalError.contactNotFound(id) }
                // Always after the contact was recorded, even within the same second, so "added
                // later" (`addedAt > recordedAt`) is never lost to the clock's precision.
                let addedAt = max(now.wholeSeconds, contact.recordedAt.addingTimeInterval(1))
                var head: String?
                let attachments = try copies.map { file in
                    var attachment = Attachment(id: nil, uuid: newUUID(), contactId: id, sha256: file.sha256, size: file.size,
                                                mediaType: file.mediaType, originalName: file.originalName,
                                                storedPath: file.storedPath, addedAt: addedAt)
                    try attachment.insertRow(db)
                    head = try EventLog.append(db, kind: "attachment.added", entity: .attachment, record: attachment,
                                               caseID: caseID, at: now, after: head).hash
                    return attachment
                }
                created = try vault.place(copies)
                return attachments
            }
        } catch {
            if !created.isEmpty {
                try? write { db in try AttachmentVault.removeUnreferenced(created, in: db, folder: vault.folder) }
            }
            throw error
        }
    }

    /// The user's own correction of a promise they logged wrongly: its due time (and words, and
    /// optionally its text) are replaced in place, the old values kept in the history. Unlike
    /// `extendPromise`, no new promise is made, so no letter counts it as the firm moving its deadline.
    public func correctPromise(_ id: Int64, dueAt: Date, dueWords: String, text: String?, reason: String?, now: Date) throws -> Promise {
        let dueWords = try TextRules.requiredName(dueWords, field: "due time")
        let text = try text.map { try TextRules.requiredText($0, field: "promise") }
        let reason = try TextRules.text(reason, field: "reason")
        return try write { db in
            guard var promise = try Promise.stored(db, id: id) else { throw JournalError.promiseNotFound(id) }
            var changes: [String: FieldChange] = [:]
            let iso = { (date: Date) in ISO8601DateFormatter().string(from: date) }
            if promise.dueAt != dueAt.wholeSeconds {
                changes["due_at"] = FieldChange(from: iso(promise.dueAt), to: iso(dueAt.wholeSeconds))
            }
            if promise.dueWords != dueWords { changes["due_words"] = FieldChange(from: promise.dueWords, to: dueWords) }
            if let text, text != promise.text { changes["text"] = FieldChange(from: promise.text, to: text) }
            guard !changes.isEmpty else { throw JournalError.nothingToCorrect }
            promise.dueAt = dueAt.wholeSeconds
            promise.dueWords = dueWords
            if let text { promise.text = text }
            try promise.update(db)
            struct Correction: Encodable { let changes: [String: FieldChange]; let reason: String? }
            try EventLog.append(db, kind: "promise.corrected", entity: .promise, entityID: id,
                                caseID: try Self.caseID(db, contactID: promise.contactId),
                                payload: Correction(changes: changes, reason: reason), at: now, wrote: [("promise", id)])
            return promise
        }
    }

    // MARK: - Reads

    /// The void of a contact, if the user voided it.
    public func contactVoid(_ id: Int64) throws -> ContactVoid? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM contact_void WHERE contact_id = ?", arguments: [id]).map {
                ContactVoid(contactID: $0["contact_id"], reason: $0["reason"], voidedAt: $0.date("voided_at"))
            }
        }
    }

    /// The contact with this id (voided or not).
    public func contact(_ id: Int64) throws -> Contact {
        try read { db in
            guard let contact = try Contact.stored(db, id: id) else { throw JournalError.contactNotFound(id) }
            return contact
        }
    }

    static func isVoided(_ db: Database, contactID: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM contact_void WHERE contact_id = ?)", arguments: [contactID]) ?? false
    }

    /// SQL that is true when the contact aliased `alias` is not voided: every read that lists,
    /// counts or reminds about contacts asks this one condition.
    static func notVoided(_ alias: String) -> String {
        "NOT EXISTS (SELECT 1 FROM contact_void v WHERE v.contact_id = \(alias).id)"
    }
}
