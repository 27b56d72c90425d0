import Foundation
import GRDB

/// Each record's revisions, read from the history: the uuid of every event that changed it, oldest first.
///
/// An event records the digest of every row it wrote; a record's revisions are the events whose
/// digest of one of its rows (the record's own, its case facts, its warnings, its void) differs from the
/// one before. An import records the rows it wrote in one `interchange.merged` event whose payload
/// holds, per record, the revisions the record came with: they stand in for that event, so a
/// record keeps the same revisions in every journal it reaches.
struct RevisionIndex {
    struct Versions {
        /// Revisions, oldest first; the last is the record's current revision.
        var chain: [String] = []
        /// When the current revision was made (its event's time, Unix seconds), where it was made.
        var revisedAt: Int64 = 0
        /// The newest local event that wrote the record (an import's included).
        var lastEventID: Int64 = 0
        /// The newest event written here by a command, not an import, that changed the record.
        var lastOwnEventID: Int64 = 0
    }

    private(set) var records: [String: Versions] = [:]

    func versions(of uuid: String) -> Versions? { records[uuid] }

    /// Walks the whole history once.
    static func build(_ db: Database) throws -> RevisionIndex {
        var owner: [String: String] = [:]
        for spec in RecordSpec.all {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, uuid FROM \(spec.table)")
            while let row = try rows.next() { owner["\(spec.table):\(row[0] as Int64)"] = row[1] }
        }
        let facts = try Int64.fetchAll(db, sql: "SELECT id FROM case_fact")
        for id in facts { owner["case_fact:\(id)"] = owner["case_file:\(id)"] }
        let flags = try Row.fetchCursor(db, sql: "SELECT id, contact_id FROM contact_flag")
        while let row = try flags.next() { owner["contact_flag:\(row[0] as Int64)"] = owner["contact:\(row[1] as Int64)"] }
        let voids = try Row.fetchCursor(db, sql: "SELECT id, contact_id FROM contact_void")
        while let row = try voids.next() { owner["contact_void:\(row[0] as Int64)"] = owner["contact:\(row[1] as Int64)"] }

        var index = RevisionIndex()
        var lastDigest: [String: String] = [:]
        let events = try Row.fetchCursor(db, sql: "SELECT id, uuid, kind, digests, payload, at FROM event WHERE digests IS NOT NULL ORDER BY id")
        while let event = try events.next() {
            let id: Int64 = event[0], uuid: String = event[1], kind: String = event[2], digestsText: String = event[3]
            guard let digests = try? JSONSerialization.jsonObject(with: Data(digestsText.utf8)) as? [String: String] else { continue }
            var touched: Set<String> = []
            for (key, digest) in digests where lastDigest[key] != digest {
                lastDigest[key] = digest
                if let record = owner[key] { touched.insert(record) }
            }
            guard !touched.isEmpty else { continue }
            let at: Int64 = event[5]
            let payload = kind == InterchangeFormat.mergedKind ? JSONValue.parse(event[4])?.object : nil
            let merged = payload?["versions"]?.object, times = payload?["times"]?.object ?? [:]
            for record in touched {
                var versions = index.records[record] ?? Versions()
                if let merged {
                    versions.chain = merged[record]?.array?.compactMap(\.string) ?? versions.chain + [uuid]
                    versions.revisedAt = times[record]?.integer ?? at
                } else {
                    if versions.chain.last != uuid { versions.chain.append(uuid) }
                    versions.revisedAt = at
                    versions.lastOwnEventID = id
                }
                versions.lastEventID = id
                index.records[record] = versions
            }
        }
        return index
    }
}
