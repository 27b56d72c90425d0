import Foundation
import GRDB

extension JournalStore {
    // MARK: - Reads

    /// The conflicts imports and syncs found, oldest first; resolved ones only with `includeResolved`.
    public func conflicts(includeResolved: Bool = false) throws -> [InterchangeConflict] {
        try read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM conflict \(includeResolved ? "" : "WHERE resolved_at IS NULL") ORDER BY id")
            return try ids.compactMap { try Self.conflict(db, id: $0) }
        }
    }

    static func conflict(_ db: Database, id: Int64) throws -> InterchangeConflict? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM conflict WHERE id = ?", arguments: [id]) else { return nil }
        let type: String = row["record_type"], uuid: String = row["record_uuid"]
        let table = RecordSpec.named(type)?.table ?? "contact"
        let recordID = try Int64.fetchOne(db, sql: "SELECT id FROM \(table) WHERE uuid = ?", arguments: [uuid]) ?? 0
        let local: String = row["local_line"], incoming: String = row["incoming_line"]
        let localFields = JSONValue.parse(local)?.object ?? [:], incomingFields = JSONValue.parse(incoming)?.object ?? [:]
        let differing = Set(localFields.keys).union(incomingFields.keys)
            .subtracting(RecordSpec.envelopeKeys).filter { localFields[$0] != incomingFields[$0] }.sorted()
        return InterchangeConflict(
            id: id, recordType: type, recordUUID: uuid, recordID: recordID, localRevision: row["local_revision"],
            incomingRevision: row["incoming_revision"], localLine: local, incomingLine: incoming,
            shown: InterchangeConflict.Shown(rawValue: row["shown"]) ?? .local, source: row["source"],
            foundAt: row.date("found_at"), resolvedAt: row.optionalDate("resolved_at"), differingFields: differing)
    }
}
