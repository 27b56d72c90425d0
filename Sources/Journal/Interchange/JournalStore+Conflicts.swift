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

    // MARK: - Writes

    /// Settles a conflict: the record shows the version kept, and the conflict is marked resolved.
    ///
    /// Keeping the version already shown changes no record. Keeping the other writes it over the
    /// record as a new change (an `interchange.conflict_resolved` event that holds the version it
    /// replaced), which other journals then receive like any edit. Nothing is deleted: both versions
    /// stay in the conflict and in the history.
    /// - Throws: `InterchangeError.conflictNotFound` for an unknown id; `.badLine` if the kept
    ///   version no longer fits the journal (a record it refers to is gone).
    public func resolveConflict(_ id: Int64, keep: InterchangeConflict.Shown, now: Date) throws -> InterchangeConflict {
        try write { db in
            guard let conflict = try Self.conflict(db, id: id), conflict.resolvedAt == nil else { throw InterchangeError.conflictNotFound(id) }
            let kept = try InterchangeParser.record(line: keep == .local ? conflict.localLine : conflict.incomingLine)
            let spec = kept.spec
            let row = try Row.fetchOne(db, sql: "SELECT * FROM \(spec.table) WHERE uuid = ?", arguments: [kept.uuid])
            guard let row else { throw InterchangeError.conflictNotFound(id) }
            let recordID: Int64 = row["id"]
            var rows: [(table: String, id: Int64)] = []
            var replaced: String?
            if keep != conflict.shown {
                let input = InterchangeInput(header: .init(version: InterchangeFormat.version, device: ""), records: [kept], events: [])
                var pass = InterchangeMerge.Pass(db: db, input: input, policy: .converge, source: conflict.source, now: now)
                let versions = try RevisionIndex.build(db).versions(of: kept.uuid) ?? RevisionIndex.Versions()
                replaced = RecordCodec.line(type: spec.type, uuid: kept.uuid, chain: versions.chain, revisedAt: versions.revisedAt,
                                            fields: try pass.fields(of: row, spec: spec))
                rows = try pass.overwrite(kept, id: recordID)
            }
            try db.execute(sql: "UPDATE conflict SET resolved_at = ?, shown = ? WHERE id = ?",
                           arguments: [now.wholeSecondsSince1970, keep.rawValue, id])
            let entityID: Int64 = ["alias", "channel"].contains(spec.type) ? row["organization_id"] : recordID
            var payload = ["conflict": String(id), "record": kept.uuid, "kept": keep.rawValue]
            payload["replaced"] = replaced
            try EventLog.append(db, kind: InterchangeFormat.conflictResolvedKind, entity: spec.entity, entityID: entityID,
                                caseID: try Self.caseID(db, of: spec, id: recordID), payload: payload, at: now, wrote: rows)
            return try Self.conflict(db, id: id)!
        }
    }

    /// The case a record belongs to, for its history events.
    static func caseID(_ db: Database, of spec: RecordSpec, id: Int64) throws -> Int64? {
        switch spec.type {
        case "case": id
        case "contact", "submission": try Int64.fetchOne(db, sql: "SELECT case_id FROM \(spec.table) WHERE id = ?", arguments: [id])
        case "promise", "attachment":
            try Int64.fetchOne(db, sql: "SELECT c.case_id FROM \(spec.table) r JOIN contact c ON c.id = r.contact_id WHERE r.id = ?", arguments: [id])
        default: nil
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
