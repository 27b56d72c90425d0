import Crypto
import Foundation
import GRDB

/// Appends to the journal's history, chaining each event to the one before by SHA-256.
///
/// The hash covers every column a reader relies on, so editing, inserting or deleting a row with
/// another tool breaks the chain at that row. SQL triggers already refuse UPDATE and DELETE.
enum EventLog {
    static let genesisHash = String(repeating: "0", count: 64)

    enum Entity: String { case journal, organization, `case`, contact, promise, attachment, escalation }

    /// Appends an event whose payload is any `Encodable`, digesting the rows it wrote by reading them back.
    @discardableResult
    static func append(
        _ db: Database, kind: String, entity: Entity, entityID: Int64, caseID: Int64?,
        payload: some Encodable, at: Date, wrote rows: [(table: String, id: Int64)]
    ) throws -> JournalEvent {
        try insert(db, kind: kind, entity: entity, entityID: entityID, caseID: caseID, payload: try encode(payload),
                   at: at, digests: try RowDigest.json(db, rows: rows), after: nil)
    }

    /// Appends the event for a record just inserted or updated, from the values in hand: the
    /// payload and the row's digest come from its `storedColumns`, with no read-back and no encoder.
    ///
    /// - Parameter previousHash: the chain's head when the caller already knows it (the event it
    ///   appended last in this transaction); nil reads it.
    @discardableResult
    static func append(
        _ db: Database, kind: String, entity: Entity, record: some StoredRecord, caseID: Int64?, at: Date,
        after previousHash: String? = nil
    ) throws -> JournalEvent {
        let columns = record.storedColumns
        let key = "\(type(of: record).databaseTableName):\(record.id!)"
        return try insert(db, kind: kind, entity: entity, entityID: record.id!, caseID: caseID,
                          payload: EventPayload.json(columns), at: at,
                          digests: RowDigest.json([(key, RowDigest.of(columns.lazy.map { ($0.name, $0.value.databaseValue) }))]), after: previousHash)
    }

    private static func insert(
        _ db: Database, kind: String, entity: Entity, entityID: Int64, caseID: Int64?, payload: String, at: Date,
        digests: String?, after previousHash: String?
    ) throws -> JournalEvent {
        let prev = try previousHash ?? String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1") ?? genesisHash
        var event = JournalEvent(
            id: nil, uuid: newUUID(), at: at.wholeSeconds, kind: kind, entity: entity.rawValue, entityId: entityID,
            caseId: caseID, payload: payload, prevHash: prev, hash: "", digests: digests)
        event.hash = hash(of: event)
        try event.insertRow(db)
        return event
    }

    /// The hash an event must carry, given its content and its `prevHash`. Events written before
    /// schema 3 have no digests, and their hash is computed exactly as it was then; an event
    /// imported from another journal (schema 7) also covers the hash and device it came with.
    static func hash(of event: JournalEvent) -> String {
        let fields: [String] = [
            event.prevHash, event.uuid, String(Int64(event.at.timeIntervalSince1970)), event.kind,
            event.entity, String(event.entityId), event.caseId.map { String($0) } ?? "", event.payload,
        ] + (event.digests.map { [$0] } ?? [])
            + (event.originHash.map { [$0, event.originDevice ?? ""] } ?? [])
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8))
        return Hex.of(digest)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: .withInternetDateTime))
        }
        return encoder
    }()

    static func encode(_ payload: some Encodable) throws -> String {
        String(decoding: try encoder.encode(payload), as: UTF8.self)
    }
}

/// One field's change, as recorded in a correction event.
struct FieldChange: Encodable {
    let from: String?
    let to: String?
}
