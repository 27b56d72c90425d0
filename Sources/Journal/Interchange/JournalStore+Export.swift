import Foundation
import GRDB

extension JournalStore {
    // MARK: - Reads

    /// Every record (or one case's, with its organization), and the history, as versioned JSON
    /// lines, header first. Exporting twice gives the same lines but for the header's time.
    ///
    /// Nothing is masked: the export is the user's own complete data, and must come back intact.
    /// - Throws: `JournalError.caseNotFound` for an unknown `caseID`.
    public func exportLines(caseID: Int64?, now: Date) throws -> InterchangeExport {
        let snapshot = try read { db in try InterchangeSnapshot.read(db) }
        guard let caseID else { return export(snapshot, scope: .all, records: { _ in true }, events: { _ in true }, now: now) }
        guard snapshot.records.contains(where: { $0.spec.type == "case" && $0.id == caseID }) else {
            throw JournalError.caseNotFound(caseID)
        }
        let events = Set(snapshot.events.filter { $0.caseID == caseID }.map(\.uuid))
        var chosen = Set(snapshot.records.filter { $0.caseID == caseID }.map(\.uuid))
        chosen.formUnion(snapshot.events.filter { events.contains($0.uuid) }.flatMap(\.references))
        chosen = Self.withReferences(chosen, in: snapshot, organizationsWhole: true)
        let revisions = Set(snapshot.records.filter { chosen.contains($0.uuid) }.flatMap(\.versions.chain))
        return export(snapshot, scope: .case, records: { chosen.contains($0.uuid) },
                      events: { events.contains($0.uuid) || revisions.contains($0.uuid) }, now: now)
    }

    /// The records changed and the history events written after the local event `afterEventID`,
    /// for `sync`, with every record they refer to (so the lines can be applied anywhere).
    ///
    /// - Parameter originOnly: only changes made in this journal: events imported from other
    ///   journals, and records whose latest change was imported, are left out (so they never echo).
    public func exportChanges(afterEventID: Int64, originOnly: Bool, now: Date) throws -> InterchangeExport {
        let snapshot = try read { db in try InterchangeSnapshot.read(db) }
        let changed = snapshot.records.filter { record in
            (originOnly ? record.versions.lastOwnEventID : record.versions.lastEventID) > afterEventID
        }
        let events = snapshot.events.filter { $0.id > afterEventID && (!originOnly || $0.ownOrigin) }
        let chosen = Self.withReferences(Set(changed.map(\.uuid)).union(events.flatMap(\.references)), in: snapshot, organizationsWhole: false)
        let chosenEvents = Set(events.map(\.uuid))
        return export(snapshot, scope: .changes, records: { chosen.contains($0.uuid) }, events: { chosenEvents.contains($0.uuid) }, now: now)
    }

    /// This journal's device id, as exports and sync name it.
    public func deviceID() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT uuid FROM device WHERE id = 1") } ?? ""
    }

    /// The newest local history event's id (0 for an empty history): a cursor for `exportChanges`.
    public func lastEventID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM event") } ?? 0
    }

    private func export(_ snapshot: InterchangeSnapshot, scope: InterchangeFormat.Scope, records: (InterchangeSnapshot.Record) -> Bool,
                        events: (InterchangeSnapshot.Event) -> Bool, now: Date) -> InterchangeExport {
        let chosen = snapshot.records.filter(records)
        let chosenEvents = snapshot.events.filter(events)
        let header = InterchangeFormat.header(device: snapshot.device, schema: snapshot.schema, scope: scope, exportedAt: now,
                                              records: chosen.count, events: chosenEvents.count,
                                              version: InterchangeFormat.version(of: chosen.map(\.fields)))
        let shas = Set(chosen.filter { $0.spec.type == "attachment" }.compactMap { $0.fields["sha256"]?.string })
        let evidence = shas.sorted().compactMap { sha in
            snapshot.files[sha].map { EvidenceFile(sha256: sha, size: $0.size, path: location.folder + "/" + $0.path) }
        }
        return InterchangeExport(lines: [header] + chosen.map(\.line) + chosenEvents.map(\.line), evidence: evidence,
                                 recordCount: chosen.count, eventCount: chosenEvents.count, lastEventID: snapshot.lastEventID)
    }

    /// `uuids` with every record they refer to, transitively; with `organizationsWhole`, also every
    /// alias and official channel of each organization included.
    private static func withReferences(_ uuids: Set<String>, in snapshot: InterchangeSnapshot, organizationsWhole: Bool) -> Set<String> {
        let byUUID = Dictionary(uniqueKeysWithValues: snapshot.records.map { ($0.uuid, $0) })
        var result: Set<String> = []
        var pending = Array(uuids)
        while let uuid = pending.popLast() {
            guard byUUID[uuid] != nil, result.insert(uuid).inserted else { continue }
            pending += byUUID[uuid]!.references
        }
        if organizationsWhole {
            for record in snapshot.records where ["alias", "channel"].contains(record.spec.type) && record.references.contains(where: result.contains) {
                result.insert(record.uuid)
            }
        }
        return result
    }
}
