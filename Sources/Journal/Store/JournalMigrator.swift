import Foundation
import GRDB
import JournalSchema

/// Brings a journal forward to the schema this build writes, and refuses what it must not touch.
///
/// The schema version is `PRAGMA user_version` (the number of migrations applied); a Recourse
/// journal is marked with `PRAGMA application_id`. An existing journal is copied aside before its
/// first migration, because a migration is the one moment a whole journal is rewritten.
struct JournalMigrator {
    let path: String
    let readOnly: Bool

    /// True when the journal is a Recourse journal (or an empty file) older than this build.
    ///
    /// - Throws: `journalNotRecourse` for another application's database, and
    ///   `journalFromNewerVersion` for a journal a newer Recourse wrote. Reads only.
    func needsMigration(_ reader: any DatabaseReader) throws -> Bool {
        let (version, appID, hasTables) = try reader.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
             try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
             try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master)") ?? false)
        }
        let latest = SchemaMigrations.latestVersion
        if version == latest, appID == JournalStore.applicationID { return false }
        if appID != JournalStore.applicationID, hasTables || version != 0 {
            throw JournalError.journalNotRecourse(path)
        }
        if version > latest {
            throw JournalError.journalFromNewerVersion(path: path, found: version, known: latest)
        }
        return true
    }

    func migrate(_ queue: DatabaseQueue, now: Date) throws {
        guard try needsMigration(queue) else { return }
        if readOnly { throw JournalError.journalReadOnly(path) }
        let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if version > 0 { try backUp(queue, version: version, now: now) }
        try queue.write { db in
            // Another process may have migrated between our read and this write lock.
            let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            for migration in SchemaMigrations.all where migration.version > current {
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA user_version = \(migration.version)")
            }
            if current > 0 && current < 3 { try Self.baselineRowDigests(db, now: now) }
            try db.execute(sql: "PRAGMA application_id = \(JournalStore.applicationID)")
        }
    }

    /// Records the digest of every row written before schema 3, so `verify` covers them too.
    private static func baselineRowDigests(_ db: Database, now: Date) throws {
        var rows: [(table: String, id: Int64)] = []
        for table in RowDigest.tables {
            rows += try Int64.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id").map { (table, $0) }
        }
        guard !rows.isEmpty else { return }
        try EventLog.append(db, kind: "journal.baselined", entity: .journal, entityID: 0, caseID: nil,
                            payload: ["reason": "tamper evidence for rows written before schema 3"], at: now, wrote: rows)
    }

    /// Copies the journal to `<path>.schema<N>-<UTC stamp>.bak` with `VACUUM INTO`, which gives a
    /// consistent, compact copy even while another process is writing.
    private func backUp(_ queue: DatabaseQueue, version: Int, now: Date) throws {
        let stamp = ISO8601DateFormatter.string(from: now, timeZone: .gmt, formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withTimeZone])
            .replacingOccurrences(of: ":", with: "")
        let backupPath = "\(path).schema\(version)-\(stamp).bak"
        guard FileSystem.kind(of: backupPath) == .missing else { return }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM INTO ?", arguments: [backupPath])
        }
        chmod(backupPath, 0o600)
    }
}

/// The path of every backup taken before a migration, newest last.
public func migrationBackups(of location: JournalLocation) -> [String] {
    let name = (location.path as NSString).lastPathComponent
    let files = (try? FileManager.default.contentsOfDirectory(atPath: location.folder)) ?? []
    return files.filter { $0.hasPrefix(name + ".schema") && $0.hasSuffix(".bak") }.sorted()
        .map { location.folder + "/" + $0 }
}
