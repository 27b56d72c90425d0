import Foundation
import GRDB

/// Every record of the journal as export lines, with what selecting a part of them needs: each
/// record's references, the events that wrote it, and the ids of its case.
///
/// Read in one transaction, so an export is a consistent picture even while another process writes.
struct InterchangeSnapshot {
    struct Record {
        let spec: RecordSpec
        let id: Int64
        let uuid: String
        let fields: [String: JSONValue]
        let versions: RevisionIndex.Versions
        /// The uuids this record refers to (its organization, case, contact, superseded promise).
        let references: [String]
        /// The local id of the case it belongs to, if any.
        let caseID: Int64?

        var line: String { RecordCodec.line(type: spec.type, uuid: uuid, chain: versions.chain, revisedAt: versions.revisedAt, fields: fields) }
    }

    struct Event {
        let id: Int64
        let uuid: String
        let at: Int64
        let caseID: Int64?
        let ownOrigin: Bool
        /// The uuids of the records the event is about (its entity and its case).
        let references: [String]
        let line: String
    }

    var records: [Record] = []
    var events: [Event] = []
    var device = ""
    var schema = 0
    var lastEventID: Int64 = 0
    /// sha256 -> (size, stored path) for every attachment.
    var files: [String: (size: Int64, path: String)] = [:]

    static func read(_ db: Database) throws -> InterchangeSnapshot {
        var snapshot = InterchangeSnapshot()
        snapshot.device = try String.fetchOne(db, sql: "SELECT uuid FROM device WHERE id = 1") ?? ""
        snapshot.schema = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        snapshot.lastEventID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") ?? 0
        let index = try RevisionIndex.build(db)

        var uuids: [String: [Int64: String]] = [:]
        var rows: [String: [Row]] = [:]
        for spec in RecordSpec.all {
            let fetched = try Row.fetchAll(db, sql: "SELECT * FROM \(spec.table) ORDER BY \(spec.orderColumn.map { $0 + ", " } ?? "")uuid")
            rows[spec.table] = fetched
            uuids[spec.table] = Dictionary(uniqueKeysWithValues: fetched.map { ($0["id"] as Int64, $0["uuid"] as String) })
        }
        let uuidOf = { (table: String, id: Int64) in uuids[table]?[id] }
        let facts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM case_fact").map { ($0["id"] as Int64, $0) })
        let flags = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM contact_flag"), by: { $0["contact_id"] as Int64 })
        let voids = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT * FROM contact_void").map { ($0["contact_id"] as Int64, $0) })
        // The case of each contact, for promises and attachments.
        let caseOfContact = Dictionary(uniqueKeysWithValues: (rows["contact"] ?? []).map { ($0["id"] as Int64, $0["case_id"] as Int64) })

        for spec in RecordSpec.all {
            for row in rows[spec.table] ?? [] {
                let id: Int64 = row["id"], uuid: String = row["uuid"]
                var fields = RecordCodec.fields(of: row, spec: spec, uuidOf: uuidOf)
                if spec.type == "case", let value = RecordCodec.facts(of: facts[id]) { fields["facts"] = value }
                if spec.type == "contact", let value = RecordCodec.flags(of: flags[id] ?? []) { fields["flags"] = value }
                if spec.type == "contact", let value = RecordCodec.void(of: voids[id]) { fields["void"] = value }
                let references = spec.fields.compactMap { field in field.references.flatMap { table in (row[field.column] as Int64?).flatMap { uuidOf(table, $0) } } }
                let caseID: Int64? = switch spec.type {
                case "case": id
                case "contact", "submission": row["case_id"]
                case "promise", "attachment": caseOfContact[row["contact_id"] as Int64]
                default: nil
                }
                snapshot.records.append(Record(spec: spec, id: id, uuid: uuid, fields: fields,
                                               versions: index.versions(of: uuid) ?? RevisionIndex.Versions(),
                                               references: references, caseID: caseID))
                if spec.type == "attachment" {
                    snapshot.files[row["sha256"]] = (row["size"], row["stored_path"])
                }
            }
        }

        let events = try JournalEvent.fetchCursor(db, sql: "SELECT * FROM event WHERE kind != ? ORDER BY at, uuid",
                                                  arguments: [InterchangeFormat.mergedKind])
        while let event = try events.next() {
            let entityTable = InterchangeEventLine.table(forEntity: event.entity)
            let entityUUID = entityTable.flatMap { uuidOf($0, event.entityId) }
            let caseUUID = event.caseId.flatMap { uuidOf("case_file", $0) }
            snapshot.events.append(Event(
                id: event.id!, uuid: event.uuid, at: event.at.wholeSecondsSince1970, caseID: event.caseId,
                ownOrigin: event.originHash == nil, references: [entityUUID, caseUUID].compactMap { $0 },
                line: InterchangeEventLine.line(event, device: snapshot.device, entityUUID: entityUUID, caseUUID: caseUUID)))
        }
        return snapshot
    }
}
