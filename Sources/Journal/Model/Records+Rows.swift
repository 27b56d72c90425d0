import Foundation
import GRDB

/// Explicit row coding for the journal's records.
///
/// GRDB can derive this from `Codable`, but the derived path goes through Swift's dynamic casts,
/// which dominated the cost of listing a thousand cases. Writing it out keeps `cases`, `agenda`
/// and `log` fast; `Codable` remains for JSON output. Column names match `Schema/`.
extension Row {
    func date(_ column: String) -> Date { Date(timeIntervalSince1970: Double(self[column] as Int64)) }
    func optionalDate(_ column: String) -> Date? { (self[column] as Int64?).map { Date(timeIntervalSince1970: Double($0)) } }
}

private func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

extension Organization {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], name: row["name"], nameKey: row["name_key"], kind: row["kind"],
                  jurisdiction: row["jurisdiction"], createdAt: row.date("created_at"))
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["name"] = name; container["name_key"] = nameKey
        container["kind"] = kind; container["jurisdiction"] = jurisdiction; container["created_at"] = seconds(createdAt)
    }
}

extension OrganizationAlias {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], alias: row["alias"], aliasKey: row["alias_key"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["organization_id"] = organizationId
        container["alias"] = alias; container["alias_key"] = aliasKey
    }
}

extension OfficialChannel {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], kind: row["kind"],
                  address: row["address"], source: row["source"], verifiedAt: row.optionalDate("verified_at"))
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["organization_id"] = organizationId; container["kind"] = kind
        container["address"] = address; container["source"] = source; container["verified_at"] = verifiedAt.map(seconds)
    }
}

extension CaseFile {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], title: row["title"],
                  category: row["category"], status: row["status"], openedAt: row.date("opened_at"),
                  closedAt: row.optionalDate("closed_at"), zone: row["zone"], desiredOutcome: row["desired_outcome"],
                  amountMinor: row["amount_minor"], currency: row["currency"], accountRef: row["account_ref"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["organization_id"] = organizationId; container["title"] = title
        container["category"] = category; container["status"] = status; container["opened_at"] = seconds(openedAt)
        container["closed_at"] = closedAt.map(seconds); container["zone"] = zone; container["desired_outcome"] = desiredOutcome
        container["amount_minor"] = amountMinor; container["currency"] = currency; container["account_ref"] = accountRef
    }
}

extension Contact {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], caseId: row["case_id"], occurredAt: row.date("occurred_at"),
                  recordedAt: row.date("recorded_at"), zone: row["zone"], channel: row["channel"], direction: row["direction"],
                  address: row["address"], agent: row["agent"], reference: row["reference"],
                  durationSeconds: row["duration_seconds"], summary: row["summary"], advice: row["advice"], outcome: row["outcome"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["case_id"] = caseId
        container["occurred_at"] = seconds(occurredAt); container["recorded_at"] = seconds(recordedAt); container["zone"] = zone
        container["channel"] = channel; container["direction"] = direction; container["address"] = address; container["agent"] = agent
        container["reference"] = reference; container["duration_seconds"] = durationSeconds; container["summary"] = summary
        container["advice"] = advice; container["outcome"] = outcome
    }
}

extension Promise {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], contactId: row["contact_id"], text: row["text"], dueAt: row.date("due_at"),
                  dueWords: row["due_words"], status: row["status"], resolvedAt: row.optionalDate("resolved_at"),
                  note: row["note"], supersedesId: row["supersedes_id"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["contact_id"] = contactId; container["text"] = text
        container["due_at"] = seconds(dueAt); container["due_words"] = dueWords; container["status"] = status
        container["resolved_at"] = resolvedAt.map(seconds); container["note"] = note; container["supersedes_id"] = supersedesId
    }
}

extension Attachment {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], contactId: row["contact_id"], sha256: row["sha256"], size: row["size"],
                  mediaType: row["media_type"], originalName: row["original_name"], storedPath: row["stored_path"],
                  addedAt: row.date("added_at"))
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["contact_id"] = contactId; container["sha256"] = sha256
        container["size"] = size; container["media_type"] = mediaType; container["original_name"] = originalName
        container["stored_path"] = storedPath; container["added_at"] = seconds(addedAt)
    }
}

extension JournalEvent {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], at: row.date("at"), kind: row["kind"], entity: row["entity"],
                  entityId: row["entity_id"], caseId: row["case_id"], payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"],
                  digests: row["digests"])
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["at"] = seconds(at); container["kind"] = kind
        container["entity"] = entity; container["entity_id"] = entityId; container["case_id"] = caseId
        container["payload"] = payload; container["prev_hash"] = prevHash; container["hash"] = hash
        container["digests"] = digests
    }
}
