import Foundation
import GRDB

/// Explicit row coding for the journal's records.
///
/// GRDB can derive this from `Codable`, but the derived path goes through Swift's dynamic casts,
/// which dominated the cost of listing a thousand cases. Writing it out keeps `cases`, `agenda`
/// and `log` fast; `Codable` remains for JSON output. Column names match `Schema/`.
extension Row {
    /// Times go through `Admission.readable`: a stored Int64.max must not trap every later read.
    func date(_ column: String) -> Date { Date(timeIntervalSince1970: Double(Admission.readable(self[column] as Int64))) }
    func optionalDate(_ column: String) -> Date? { (self[column] as Int64?).map { Date(timeIntervalSince1970: Double(Admission.readable($0))) } }
}

extension Organization: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], name: row["name"], nameKey: row["name_key"], kind: row["kind"],
                  jurisdiction: row["jurisdiction"], createdAt: row.date("created_at"),
                  sector: (row["sector"] as String?).flatMap(BankSector.init(rawValue:)))
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    /// In schema order: `sector` (schema 15) last.
    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("name", .text(name)), ("name_key", .text(nameKey)), ("kind", .init(kind)),
         ("jurisdiction", .init(jurisdiction)), ("created_at", .init(createdAt)), ("sector", .init(sector?.rawValue))]
    }
}

extension OrganizationAlias: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], alias: row["alias"], aliasKey: row["alias_key"])
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("organization_id", .integer(organizationId)), ("alias", .text(alias)),
         ("alias_key", .text(aliasKey))]
    }
}

extension OfficialChannel: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], kind: row["kind"],
                  address: row["address"], source: row["source"], verifiedAt: row.optionalDate("verified_at"))
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("organization_id", .integer(organizationId)), ("kind", .init(kind)),
         ("address", .text(address)), ("source", .init(source)), ("verified_at", .init(verifiedAt))]
    }
}

extension CaseFile: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], organizationId: row["organization_id"], title: row["title"],
                  category: row["category"], status: row["status"], openedAt: row.date("opened_at"),
                  closedAt: row.optionalDate("closed_at"), zone: row["zone"], desiredOutcome: row["desired_outcome"],
                  amountMinor: row["amount_minor"], currency: row["currency"], accountRef: row["account_ref"])
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("organization_id", .integer(organizationId)), ("title", .text(title)),
         ("category", .init(category)), ("status", .init(status)), ("opened_at", .init(openedAt)), ("closed_at", .init(closedAt)),
         ("zone", .text(zone)), ("desired_outcome", .init(desiredOutcome)), ("amount_minor", .init(amountMinor)),
         ("currency", .init(currency)), ("account_ref", .init(accountRef))]
    }
}

extension Contact: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], caseId: row["case_id"], occurredAt: row.date("occurred_at"),
                  recordedAt: row.date("recorded_at"), zone: row["zone"], channel: row["channel"], direction: row["direction"],
                  address: row["address"], agent: row["agent"], reference: row["reference"],
                  durationSeconds: row["duration_seconds"], summary: row["summary"], advice: row["advice"], outcome: row["outcome"])
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("case_id", .integer(caseId)), ("occurred_at", .init(occurredAt)),
         ("recorded_at", .init(recordedAt)), ("zone", .text(zone)), ("channel", .init(channel)), ("direction", .init(direction)),
         ("address", .init(address)), ("agent", .init(agent)), ("reference", .init(reference)),
         ("duration_seconds", .init(durationSeconds)), ("summary", .init(summary)), ("advice", .init(advice)), ("outcome", .init(outcome))]
    }
}

extension Promise: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], contactId: row["contact_id"], text: row["text"], dueAt: row.date("due_at"),
                  dueWords: row["due_words"], status: row["status"], resolvedAt: row.optionalDate("resolved_at"),
                  note: row["note"], supersedesId: row["supersedes_id"])
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("contact_id", .integer(contactId)), ("text", .text(text)), ("due_at", .init(dueAt)),
         ("due_words", .text(dueWords)), ("status", .init(status)), ("resolved_at", .init(resolvedAt)), ("note", .init(note)),
         ("supersedes_id", .init(supersedesId))]
    }
}

extension Attachment: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], contactId: row["contact_id"], sha256: row["sha256"], size: row["size"],
                  mediaType: row["media_type"], originalName: row["original_name"], storedPath: row["stored_path"],
                  addedAt: row.date("added_at"))
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("contact_id", .integer(contactId)), ("sha256", .text(sha256)), ("size", .integer(size)),
         ("media_type", .text(mediaType)), ("original_name", .text(originalName)), ("stored_path", .text(storedPath)),
         ("added_at", .init(addedAt))]
    }
}

extension JournalEvent: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], at: row.date("at"), kind: row["kind"], entity: row["entity"],
                  entityId: row["entity_id"], caseId: row["case_id"], payload: row["payload"], prevHash: row["prev_hash"], hash: row["hash"],
                  digests: row["digests"], originHash: row["origin_hash"], originDevice: row["origin_device"])
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("uuid", .text(uuid)), ("at", .init(at)), ("kind", .text(kind)), ("entity", .text(entity)),
         ("entity_id", .integer(entityId)), ("case_id", .init(caseId)), ("payload", .text(payload)), ("prev_hash", .text(prevHash)),
         ("hash", .text(hash)), ("digests", .init(digests)),
         ("origin_hash", .init(originHash)), ("origin_device", .init(originDevice))]
    }
}
