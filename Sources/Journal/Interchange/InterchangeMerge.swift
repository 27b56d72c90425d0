import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Applies parsed export lines to the journal: the merge behind `importLines`.
///
/// One write transaction: records in dependency order (inserted, left alone, fast-forwarded or
/// kept as a conflict), then the history events this journal has not seen, then the conflicts'
/// own events, then one `interchange.merged` event with the digest of every row written (so
/// `verify` covers them) and the revisions each record came with (so it keeps them here).
struct InterchangeMerge {
    let store: JournalStore
    let input: InterchangeInput
    let source: String
    let policy: MergePolicy
    let evidence: URL?
    let now: Date

    func run(alongside: (Database) throws -> Void) throws -> ImportReport {
        let vault = AttachmentVault(folder: store.location.attachmentsFolder)
        var copies: [AttachmentVault.Copy] = []
        var created: [AttachmentVault.Copy] = []
        defer { vault.dropTemporaries(copies) }
        do {
            try copyEvidence(into: vault, &copies)
            return try store.write { db in
                var pass = Pass(db: db, input: input, policy: policy, source: source, now: now)
                try pass.run()
                try alongside(db)
                created = try vault.place(copies)
                pass.report.filesStored = created.count
                return pass.report
            }
        } catch {
            if !created.isEmpty {
                try? store.write { db in try AttachmentVault.removeUnreferenced(created, in: db, folder: vault.folder) }
            }
            vault.dropTemporaries(copies)
            rmdir(vault.folder)
            throw error
        }
    }

    /// Copies in, and checks, the file of every attachment this journal does not hold yet.
    /// Appends each copy to `copies` as soon as it exists, so the caller removes it whatever happens.
    private func copyEvidence(into vault: AttachmentVault, _ copies: inout [AttachmentVault.Copy]) throws {
        let incoming = input.records.filter { $0.spec.type == "attachment" }
        guard !incoming.isEmpty else { return }
        let known = Set(try store.read { db in try String.fetchAll(db, sql: "SELECT uuid FROM attachment") })
        var done: Set<String> = []
        for record in incoming where !known.contains(record.uuid) {
            let sha = record.fields["sha256"]?.string ?? "", size = record.fields["size"]?.integer ?? -1
            let name = record.fields["original_name"]?.string ?? sha
            guard done.insert(sha).inserted else { continue }
            let stored = vault.folder + "/\(sha.prefix(2))/\(sha)"
            if FileSystem.kind(of: stored) == .file, FileSystem.sizeAndModified(stored)?.size == size { continue }
            guard let folder = evidence?.path, FileSystem.kind(of: folder + "/" + sha) == .file else {
                throw InterchangeError.evidenceMissing(sha256: sha, name: name)
            }
            let copy = try vault.copyIn(folder + "/" + sha)
            copies.append(copy)
            guard copy.sha256 == sha, copy.size == size else { throw InterchangeError.evidenceMismatch(sha256: sha, name: name) }
        }
    }
}

extension InterchangeMerge {
    /// The state of one merge inside its transaction.
    struct Pass {
        let db: Database
        let input: InterchangeInput
        let policy: MergePolicy
        let source: String
        let now: Date
        var report = ImportReport()
        /// uuid -> local id, for records inserted or matched in this pass.
        private var resolved: [String: Int64] = [:]
        /// Rows written, for the digests of the closing event.
        private var written: [(table: String, id: Int64)] = []
        /// Revisions each written record came with, and when its revision was made.
        private var versions: [String: [String]] = [:]
        private var times: [String: Int64] = [:]
        /// Promises whose `supersedes` is set once every promise is in.
        private var supersedes: [(id: Int64, uuid: String, line: Int)] = []
        private var conflictEvents: [(spec: RecordSpec, id: Int64, payload: [String: String])] = []
        private var index = RevisionIndex()

        init(db: Database, input: InterchangeInput, policy: MergePolicy, source: String, now: Date) {
            self.db = db; self.input = input; self.policy = policy; self.source = source; self.now = now
        }

        mutating func run() throws {
            index = try RevisionIndex.build(db)
            for spec in RecordSpec.all {
                for record in input.records where record.spec.type == spec.type { try merge(record) }
            }
            try linkSupersedes()
            for event in input.events { try append(event) }
            for conflict in conflictEvents {
                try EventLog.append(db, kind: InterchangeFormat.conflictKind, entity: conflict.spec.entity, entityID: conflict.id,
                                    caseID: try caseID(of: conflict.spec, id: conflict.id), payload: conflict.payload, at: now, wrote: [])
            }
            if !written.isEmpty {
                try EventLog.append(db, kind: InterchangeFormat.mergedKind, entity: .journal, entityID: 0, caseID: nil,
                                    payload: MergedPayload(source: source, versions: versions, times: times), at: now, wrote: written)
            }
        }

        /// Writes `record`'s version over the row `id` (a conflict resolved for the other
        /// version), returning every row written, for the caller's event.
        mutating func overwrite(_ record: InterchangeInput.Record, id: Int64) throws -> [(table: String, id: Int64)] {
            try update(record, id: id, values: try columnValues(record))
            try linkSupersedes()
            return written
        }

        /// Sets each written promise's `supersedes`, once every promise is in.
        private mutating func linkSupersedes() throws {
            for link in supersedes {
                let target = try localID("promise", link.uuid, field: "supersedes", line: link.line)
                try rejecting(link.line) {
                    try db.execute(sql: "UPDATE promise SET supersedes_id = ? WHERE id = ?", arguments: [target, link.id])
                }
            }
            supersedes = []
        }

        // MARK: Records

        private mutating func merge(_ record: InterchangeInput.Record) throws {
            let spec = record.spec
            guard let local = try Row.fetchOne(db, sql: "SELECT * FROM \(spec.table) WHERE uuid = ?", arguments: [record.uuid]) else {
                if let owner = try AdmissionGate.otherOwner(of: record.uuid, besides: spec.type, in: db) {
                    throw InterchangeError.badLine(line: record.line, problem: .uuidOfOtherType(uuid: record.uuid, existing: owner, incoming: spec.type))
                }
                let values = try columnValues(record)
                if let match = try naturalMatch(spec, values) {
                    resolved[record.uuid] = match
                    report.matchedByName += 1
                    return
                }
                let id = try insert(record, values)
                resolved[record.uuid] = id
                report.inserted[spec.type, default: 0] += 1
                return
            }
            let id: Int64 = local["id"]
            let localFields = try fields(of: local, spec: spec)
            guard RecordCodec.content(localFields) != record.content else { report.unchanged += 1; return }
            let held = index.versions(of: record.uuid) ?? RevisionIndex.Versions()
            let localChain = held.chain
            // This journal holds that version already, or a later one.
            if localChain.contains(record.revision) { report.unchanged += 1; return }
            let localRevision = localChain.last ?? ""
            // A version already met in a conflict (lost, or kept aside) is not a new conflict.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM conflict WHERE record_uuid = ? AND ? IN (local_revision, incoming_revision))",
                                 arguments: [record.uuid, record.revision]) ?? false {
                report.unchanged += 1
                return
            }
            let behind = !localRevision.isEmpty && record.chain.contains(localRevision)
            let takeIncoming: Bool
            switch policy {
            case .keepLocal: takeIncoming = false
            case .converge:
                takeIncoming = behind || (record.revisedAt, record.revision) > (held.revisedAt, localRevision)
            }
            if takeIncoming {
                try update(record, id: id, values: try columnValues(record))
                report.updated[spec.type, default: 0] += 1
            }
            if policy == .keepLocal || !behind {
                try recordConflict(record, id: id, localFields: localFields, localChain: localChain, localRevisedAt: held.revisedAt, shown: takeIncoming ? .incoming : .local)
            }
        }

        /// The stored columns for a record's fields, references resolved to local ids.
        private mutating func columnValues(_ record: InterchangeInput.Record) throws -> [(column: String, value: DatabaseValue)] {
            try record.spec.fields.map { field in
                guard let value = record.fields[field.name] else { return (field.column, .null) }
                if let table = field.references {
                    if field.name == "supersedes" { return (field.column, .null) }
                    return (field.column, try localID(table, value.string!, field: field.name, line: record.line).databaseValue)
                }
                return (field.column, value.string?.databaseValue ?? value.integer!.databaseValue)
            }
        }

        private mutating func localID(_ table: String, _ uuid: String, field: String, line: Int) throws -> Int64 {
            if let id = resolved[uuid] { return id }
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM \(table) WHERE uuid = ?", arguments: [uuid]) else {
                throw InterchangeError.badLine(line: line, problem: .unknownReference(field: field, uuid: uuid))
            }
            resolved[uuid] = id
            return id
        }

        /// A record here with the same unique name (organization, alias, channel) but another uuid.
        private func naturalMatch(_ spec: RecordSpec, _ values: [(column: String, value: DatabaseValue)]) throws -> Int64? {
            guard !spec.naturalKey.isEmpty else { return nil }
            let keyValues = spec.naturalKey.map { key in values.first { $0.column == key }?.value ?? .null }
            let condition = spec.naturalKey.map { "\($0) = ?" }.joined(separator: " AND ")
            return try Int64.fetchOne(db, sql: "SELECT id FROM \(spec.table) WHERE \(condition)", arguments: StatementArguments(keyValues))
        }

        private mutating func insert(_ record: InterchangeInput.Record, _ values: [(column: String, value: DatabaseValue)]) throws -> Int64 {
            let spec = record.spec
            var columns = values.map(\.column) + ["uuid"]
            var arguments = values.map(\.value) + [record.uuid.databaseValue]
            if spec.type == "attachment", let sha = record.fields["sha256"]?.string {
                columns.append("stored_path")
                arguments.append("attachments/\(sha.prefix(2))/\(sha)".databaseValue)
            }
            let sql = "INSERT INTO \(spec.table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
            try rejecting(record.line) { try db.execute(sql: sql, arguments: StatementArguments(arguments)) }
            let id = db.lastInsertedRowID
            try wrote(record, id: id)
            return id
        }

        private mutating func update(_ record: InterchangeInput.Record, id: Int64, values: [(column: String, value: DatabaseValue)]) throws {
            let spec = record.spec
            let sql = "UPDATE \(spec.table) SET \(values.map { "\($0.column) = ?" }.joined(separator: ", ")) WHERE id = ?"
            try rejecting(record.line) { try db.execute(sql: sql, arguments: StatementArguments(values.map(\.value) + [id.databaseValue])) }
            try wrote(record, id: id)
        }

        /// Writes the record's side rows (a case's facts, a contact's warnings) and notes every row written.
        private mutating func wrote(_ record: InterchangeInput.Record, id: Int64) throws {
            written.append((record.spec.table, id))
            versions[record.uuid] = record.chain
            times[record.uuid] = record.revisedAt
            if record.spec.type == "promise", let target = record.fields["supersedes"]?.string {
                supersedes.append((id, target, record.line))
            }
            if record.spec.type == "case" {
                let facts = record.fields["facts"]?.object ?? [:]
                let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM case_fact WHERE id = ?)", arguments: [id]) ?? false
                if exists || !facts.isEmpty {
                    try rejecting(record.line) {
                        try db.execute(sql: """
                            INSERT INTO case_fact (id, transaction_at, counterparty, device, statement_at) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (id) DO UPDATE SET transaction_at = excluded.transaction_at,
                                counterparty = excluded.counterparty, device = excluded.device, statement_at = excluded.statement_at
                            """, arguments: [id, facts["transaction_at"]?.integer, facts["counterparty"]?.string, facts["device"]?.string,
                                             facts["statement_at"]?.integer])
                    }
                    written.append(("case_fact", id))
                }
            }
            if record.spec.type == "contact" {
                for flag in record.fields["flags"]?.array ?? [] {
                    let members = flag.object ?? [:]
                    let arguments: StatementArguments = [id, members["kind"]?.string, members["message"]?.string, members["flagged_at"]?.integer]
                    let present = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM contact_flag WHERE contact_id = ? AND kind = ? AND message = ? AND flagged_at = ?)",
                                                    arguments: arguments) ?? false
                    guard !present else { continue }
                    try rejecting(record.line) {
                        try db.execute(sql: "INSERT INTO contact_flag (contact_id, kind, message, flagged_at) VALUES (?, ?, ?, ?)", arguments: arguments)
                    }
                    written.append(("contact_flag", db.lastInsertedRowID))
                }
                try writeVoid(record, contactID: id)
            }
        }

        /// A void the record carries and this journal lacks. A void is never removed here: no
        /// command undoes one, so a version without it is older, or concurrent and kept as a conflict.
        private mutating func writeVoid(_ record: InterchangeInput.Record, contactID id: Int64) throws {
            guard let void = record.fields["void"]?.object,
                  try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM contact_void WHERE contact_id = ?)", arguments: [id]) ?? false)
            else { return }
            try rejecting(record.line) {
                try db.execute(sql: "INSERT INTO contact_void (contact_id, reason, voided_at) VALUES (?, ?, ?)",
                               arguments: [id, void["reason"]?.string, void["voided_at"]?.integer])
            }
            written.append(("contact_void", db.lastInsertedRowID))
        }

        /// The record's fields as this journal holds them, in the export format.
        func fields(of row: Row, spec: RecordSpec) throws -> [String: JSONValue] {
            var fields = RecordCodec.fields(of: row, spec: spec) { table, id in
                try? String.fetchOne(db, sql: "SELECT uuid FROM \(table) WHERE id = ?", arguments: [id])
            }
            let id: Int64 = row["id"]
            if spec.type == "case", let facts = RecordCodec.facts(of: try Row.fetchOne(db, sql: "SELECT * FROM case_fact WHERE id = ?", arguments: [id])) {
                fields["facts"] = facts
            }
            if spec.type == "contact", let flags = RecordCodec.flags(of: try Row.fetchAll(db, sql: "SELECT * FROM contact_flag WHERE contact_id = ?", arguments: [id])) {
                fields["flags"] = flags
            }
            if spec.type == "contact", let void = RecordCodec.void(of: try Row.fetchOne(db, sql: "SELECT * FROM contact_void WHERE contact_id = ?", arguments: [id])) {
                fields["void"] = void
            }
            return fields
        }

        private mutating func recordConflict(_ record: InterchangeInput.Record, id: Int64, localFields: [String: JSONValue],
                                             localChain: [String], localRevisedAt: Int64, shown: InterchangeConflict.Shown) throws {
            let localLine = RecordCodec.line(type: record.spec.type, uuid: record.uuid, chain: localChain, revisedAt: localRevisedAt, fields: localFields)
            let localRevision = localChain.last ?? ""
            try db.execute(sql: """
                INSERT INTO conflict (record_type, record_uuid, local_revision, incoming_revision, local_line, incoming_line, shown, source, found_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.spec.type, record.uuid, localRevision, record.revision, localLine, record.canonicalLine,
                                 shown.rawValue, source, now.wholeSecondsSince1970])
            let conflictID = db.lastInsertedRowID
            let entityID: Int64 = ["alias", "channel"].contains(record.spec.type)
                ? try Int64.fetchOne(db, sql: "SELECT organization_id FROM \(record.spec.table) WHERE id = ?", arguments: [id]) ?? 0 : id
            conflictEvents.append((record.spec, entityID, ["record": record.uuid, "type": record.spec.type, "local_revision": localRevision,
                                                           "incoming_revision": record.revision, "shown": shown.rawValue]))
            report.conflicts.append(try JournalStore.conflict(db, id: conflictID)!)
        }

        private func caseID(of spec: RecordSpec, id: Int64) throws -> Int64? { try JournalStore.caseID(db, of: spec, id: id) }

        // MARK: Events

        /// Appends an event this journal has not seen to its chain, keeping its origin's hash and device.
        private mutating func append(_ event: InterchangeInput.Event) throws {
            guard try !(Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE uuid = ?)", arguments: [event.uuid]) ?? false) else { return }
            var entityID: Int64 = 0
            if let uuid = event.entityUUID, let table = InterchangeEventLine.table(forEntity: event.entity) {
                entityID = try localID(table, uuid, field: "entity_uuid", line: event.line)
            }
            let caseID = try event.caseUUID.map { try localID("case_file", $0, field: "case", line: event.line) }
            let head = try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1") ?? EventLog.genesisHash
            var row = JournalEvent(id: nil, uuid: event.uuid, at: Date(timeIntervalSince1970: Double(event.at)), kind: event.kind,
                                   entity: event.entity, entityId: entityID, caseId: caseID, payload: event.payload, prevHash: head,
                                   hash: "", digests: nil, originHash: event.hash, originDevice: event.device)
            row.hash = EventLog.hash(of: row)
            try rejecting(event.line) { try row.insertRow(db) }
            report.eventsAppended += 1
        }

        private func rejecting(_ line: Int, _ body: () throws -> Void) throws {
            do {
                try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw InterchangeError.badLine(line: line, problem: .rejected(error.message ?? "\(error.resultCode)"))
            }
        }
    }

    /// The payload of the event an import writes for itself.
    struct MergedPayload: Encodable {
        let source: String
        /// record uuid -> the revisions it came with, oldest first.
        let versions: [String: [String]]
        /// record uuid -> when its revision was made where it was made.
        let times: [String: Int64]
    }
}
