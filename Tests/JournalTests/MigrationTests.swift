import Foundation
import GRDB
import JournalSchema
import Testing
@testable import Journal

@Suite("Schema migrations")
struct MigrationTests {
    @Test("every Schema/*.sql file is registered, in order")
    func everyFileRegistered() throws {
        let schemaFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Schema").path
        let files = try FileManager.default.contentsOfDirectory(atPath: schemaFolder).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files == SchemaMigrations.all.map(\.name))
        #expect(SchemaMigrations.all.map(\.version) == Array(1...files.count))
    }

    @Test("a new journal gets every migration, its marker and STRICT tables")
    func fromEmpty() throws {
        let journal = TemporaryJournal()
        _ = try journal.open()
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.read { db in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == SchemaMigrations.latestVersion)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == JournalStore.applicationID)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            let sql = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_search%'")
            #expect(sql.count == 17, "organization, alias, channel, case, contact, promise, attachment, event, submission, contact_flag, case_fact, device, conflict, sync_applied, sync_signing_key, sync_peer_key, contact_void")
            #expect(sql.allSatisfy { $0.hasSuffix("STRICT") })
        }
    }

    @Test("a schema-1 journal migrates with its data intact, after a backup copy")
    func fromVersionOne() throws {
        let journal = TemporaryJournal()
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.write { db in
            try db.execute(sql: SchemaMigrations.all[0].sql)
            try db.execute(sql: "PRAGMA user_version = 1; PRAGMA application_id = \(JournalStore.applicationID)")
            try db.execute(sql: """
                INSERT INTO organization VALUES (1, '00000000-0000-0000-0000-000000000001', '工商银行', '工商银行', 'bank', 'CN', 1);
                INSERT INTO case_file (id, uuid, organization_id, title, opened_at, zone)
                  VALUES (1, '00000000-0000-0000-0000-000000000002', 1, '申请退款失败', 1, 'Asia/Shanghai');
                INSERT INTO contact (id, uuid, case_id, occurred_at, recorded_at, zone, channel, summary)
                  VALUES (1, '00000000-0000-0000-0000-000000000003', 1, 1, 1, 'Asia/Shanghai', 'phone', '申请退款失败，客服说要等');
                """)
        }
        try queue.close()

        let store = try journal.open()

        let timeline = try store.timeline(ofCase: 1)
        #expect(timeline.entries.map(\.contact.summary) == ["申请退款失败，客服说要等"])
        #expect(timeline.organization.name == "工商银行")
        let backups = migrationBackups(of: journal.location)
        #expect(backups.count == 1)
        #expect(backups[0].contains(".schema1-"))
        let reopened = try DatabaseQueue(path: journal.location.path)
        let (version, found) = try reopened.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_search WHERE contact_search MATCH '退款失败'"))
        }
        #expect(version == SchemaMigrations.latestVersion)
        // Migration 2's search index covers rows that existed before it.
        #expect(found == 1)
        // Rows written before schema 3 get a baseline digest, so the migrated journal verifies.
        #expect(try store.verify().isIntact)
        let backupVersion = try DatabaseQueue(path: backups[0]).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(backupVersion == 1)
    }

    @Test("schema 11 widens the organization kinds in place: an old journal's bank becomes a broker, its rows and digests untouched")
    func kindsWiden() throws {
        let journal = TemporaryJournal()
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.write { db in
            try db.execute(sql: SchemaMigrations.all[0].sql)
            try db.execute(sql: "PRAGMA user_version = 1; PRAGMA application_id = \(JournalStore.applicationID)")
            try db.execute(sql: "INSERT INTO organization VALUES (1, '00000000-0000-0000-0000-000000000001', '华泰证券', '华泰证券', 'other', 'CN', 1)")
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE organization SET kind = 'securities' WHERE id = 1")
            }
        }
        try queue.close()
        let store = try journal.open()
        #expect(try store.verify().isIntact)
        let edited = try store.editOrganization(1, OrganizationEdit(kind: .securities), now: Date(timeIntervalSince1970: 2_000_000_000))
        #expect(edited.kind == .securities)
        #expect(try store.verify().isIntact)
        let health = try DatabaseQueue(path: journal.location.path).read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(health.0 == "ok" && health.1 == 0)
    }

    @Test("a journal from a newer Recourse is refused and left alone")
    func newerRefused() throws {
        let journal = TemporaryJournal()
        _ = try journal.open()
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        #expect(throws: JournalError.journalFromNewerVersion(path: journal.location.path, found: 99, known: SchemaMigrations.latestVersion)) {
            try journal.open()
        }
    }

    @Test("other SQLite databases and other files are refused")
    func foreignFilesRefused() throws {
        let journal = TemporaryJournal()
        let other = try DatabaseQueue(path: journal.location.path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes (x)") }
        try other.close()
        #expect(throws: JournalError.journalNotRecourse(journal.location.path)) { try journal.open() }

        let text = journal.writeFile("notes.txt", "not a database at all, just some text that is long enough")
        #expect(throws: JournalError.journalNotSQLite(text)) { try JournalStore.open(JournalLocation(path: text), now: Date()) }
        #expect(throws: JournalError.journalIsDirectory(journal.folder)) { try JournalStore.open(JournalLocation(path: journal.folder), now: Date()) }
    }
}
