import Foundation
import GRDB

/// The journal as it stood at a past moment (`--as-of`): only what had happened by then.
///
/// A contact counts once it had taken place (`occurred_at`); a promise had the fate it had then
/// (kept on 3 October is still pending on 1 October); an extension, a void, an attachment, a
/// submission or a response exists from when it was made; a correction recorded later is undone
/// from its history event, so a past morning's agenda and a case's timeline read as they would
/// have then; organizations and cases are rewound from their own history by `Rewind`. Every read
/// that takes `asOf` asks these rules, so no two screens disagree.
enum Snapshot {
    /// The promise as it was at `asOf`, or nil when it did not exist yet (an extension made later).
    ///
    /// - Parameter previousResolvedAt: for an extension, when the promise it replaced was moved.
    static func promise(_ promise: Promise, previousResolvedAt: Date?, asOf: Date) -> Promise? {
        if promise.supersedesId != nil, let moved = previousResolvedAt, moved > asOf { return nil }
        var promise = promise
        if let resolved = promise.resolvedAt, resolved > asOf {
            promise.status = .pending
            promise.resolvedAt = nil
            promise.note = nil
        }
        return promise
    }

    /// SQL true when the contact aliased `alias` had taken place and was not yet voided at `?`
    /// (the argument is bound twice: pass `asOf` for both).
    static func contactExisted(_ alias: String) -> String {
        "\(alias).occurred_at <= ? AND NOT EXISTS (SELECT 1 FROM contact_void v WHERE v.contact_id = \(alias).id AND v.voided_at <= ?)"
    }

    /// SQL for the case the contact aliased `alias` was on at `at` (Unix seconds): the case its
    /// first later `move` took it from, else the case it is on now. A move's `contact.moved_out`
    /// event is written on the case it left, and that case is resolved by uuid wherever the
    /// event travels, so every journal reads the same answer.
    static func caseOf(_ alias: String, at: Int64) -> String {
        """
        COALESCE((SELECT e.case_id FROM event e WHERE e.kind = 'contact.moved_out' AND e.entity = 'contact' \
        AND e.entity_id = \(alias).id AND e.at > \(at) ORDER BY e.at, e.id LIMIT 1), \(alias).case_id)
        """
    }

    /// Undoes, newest first, the corrections of contacts and promises recorded after `asOf`, from
    /// the `from` values their history events kept.
    static func undoCorrections(_ db: Database, caseID: Int64, contacts: inout [Contact], promises: inout [Promise], asOf: Date) throws {
        let events = try JournalEvent.fetchAll(db, sql: """
            SELECT * FROM event WHERE case_id = ? AND kind IN ('contact.corrected', 'promise.corrected') AND at > ? ORDER BY id DESC
            """, arguments: [caseID, Int64(asOf.timeIntervalSince1970)])
        for event in events {
            guard let object = try? JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any],
                  let changes = object["changes"] as? [String: [String: Any]] else { continue }
            let old = changes.mapValues { $0["from"] as? String }
            if event.kind == "contact.corrected", let index = contacts.firstIndex(where: { $0.id == event.entityId }) {
                undo(old, on: &contacts[index])
            } else if event.kind == "promise.corrected", let index = promises.firstIndex(where: { $0.id == event.entityId }) {
                if let due = old["due_at"] ?? nil, let date = ISO8601DateFormatter().date(from: due) { promises[index].dueAt = date }
                if let words = old["due_words"] ?? nil { promises[index].dueWords = words }
                if let text = old["text"] ?? nil { promises[index].text = text }
            }
        }
    }

    /// The promises as they stood at `asOf`: corrections recorded later undone (see `undoCorrections`).
    static func undoPromiseCorrections(_ db: Database, _ promises: [Promise], asOf: Date) throws -> [Promise] {
        guard !promises.isEmpty else { return promises }
        let ids = "[" + promises.map { String($0.id!) }.joined(separator: ",") + "]"
        let caseIDs = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT case_id FROM event WHERE kind = 'promise.corrected' AND at > ? AND entity_id IN (SELECT value FROM json_each(?))
            """, arguments: [Int64(asOf.timeIntervalSince1970), ids])
        var promises = promises, contacts: [Contact] = []
        for caseID in caseIDs { try undoCorrections(db, caseID: caseID, contacts: &contacts, promises: &promises, asOf: asOf) }
        return promises
    }

    private static func undo(_ old: [String: String?], on contact: inout Contact) {
        for (field, value) in old {
            switch field {
            case "occurred_at": if let value, let date = ISO8601DateFormatter().date(from: value) { contact.occurredAt = date }
            case "channel": if let value, let channel = Channel(rawValue: value) { contact.channel = channel }
            case "direction": if let value, let direction = Direction(rawValue: value) { contact.direction = direction }
            case "address": contact.address = value
            case "agent": contact.agent = value
            case "reference": contact.reference = value
            case "duration_seconds": contact.durationSeconds = value.flatMap { Int64($0) }
            case "summary": contact.summary = value
            case "advice": contact.advice = value
            case "outcome": contact.outcome = value
            default: break
            }
        }
    }
}

extension JournalStore {
    /// `timeline(ofCase:)` as the case stood at `asOf`, inside the caller's read.
    static func timeline(_ db: Database, caseID id: Int64, asOf: Date) throws -> CaseTimeline {
        // A case opened later did not exist yet.
        let rewind = Rewind(db, asOf: asOf)
        guard let caseFile = try rewind.caseFile(id), caseFile.openedAt <= asOf else { throw JournalError.caseNotFound(id) }
        let organization = try rewind.organization(caseFile.organizationId)!
        let at = Int64(asOf.timeIntervalSince1970)
        var contacts = try Contact.fetchAll(db, sql: """
            SELECT * FROM contact k WHERE \(Snapshot.caseOf("k", at: at)) = ? AND \(Snapshot.contactExisted("k")) ORDER BY occurred_at, id
            """, arguments: [id, at, at])
        for index in contacts.indices { contacts[index].caseId = id }
        let promiseRows = try Row.fetchAll(db, sql: """
            SELECT p.*, q.resolved_at AS previous_resolved_at FROM promise p JOIN contact k ON k.id = p.contact_id
            LEFT JOIN promise q ON q.id = p.supersedes_id
            WHERE \(Snapshot.caseOf("k", at: at)) = ? ORDER BY p.id
            """, arguments: [id])
        var promises = promiseRows.compactMap { row in
            Snapshot.promise(Promise(row: row), previousResolvedAt: row.optionalDate("previous_resolved_at"), asOf: asOf)
        }
        // Evidence kept with the contact when it was logged (added by then) is part of the contact,
        // which counts from when it took place; evidence added later with `attach` from when it was added.
        let attachments = try Attachment.fetchAll(db, sql: """
            SELECT a.* FROM attachment a JOIN contact k ON k.id = a.contact_id
            WHERE \(Snapshot.caseOf("k", at: at)) = ? AND (a.added_at <= ? OR a.added_at <= k.recorded_at) ORDER BY a.id
            """, arguments: [id, at])
        try Snapshot.undoCorrections(db, caseID: id, contacts: &contacts, promises: &promises, asOf: asOf)
        contacts.sort { ($0.occurredAt, $0.id!) < ($1.occurredAt, $1.id!) }
        let promisesByContact = Dictionary(grouping: promises, by: \.contactId)
        let attachmentsByContact = Dictionary(grouping: attachments, by: \.contactId)
        return CaseTimeline(caseFile: caseFile, organization: organization, entries: contacts.map {
            CaseTimeline.Entry(contact: $0, promises: promisesByContact[$0.id!] ?? [], attachments: attachmentsByContact[$0.id!] ?? [])
        })
    }

    /// A submission as it stood at `asOf`: nil before it was sent; open while its answer had not
    /// yet come; its later close undone.
    static func submission(_ submission: Submission, closedAt: Date?, asOf: Date) -> Submission? {
        guard submission.submittedAt <= asOf else { return nil }
        var submission = submission
        if let closedAt, closedAt > asOf, submission.status == .closed {
            submission.status = submission.respondedAt.map { $0 <= asOf } == true ? .responded : .open
            submission.outcome = nil
        }
        if let responded = submission.respondedAt, responded > asOf {
            submission.respondedAt = nil
            if submission.status == .responded { submission.status = .open }
        }
        return submission
    }

    /// When each submission was closed, from its history.
    static func submissionClosings(_ db: Database) throws -> [Int64: Date] {
        let rows = try Row.fetchAll(db, sql: "SELECT entity_id, max(at) AS at FROM event WHERE kind = 'escalation.closed' GROUP BY entity_id")
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["entity_id"] as Int64, $0.date("at")) })
    }
}
