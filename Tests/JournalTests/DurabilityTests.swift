import Foundation
import GRDB
import Testing
@testable import Journal

/// Issue #9 point 1 and 6: a write is synced before it is reported; a read never writes.
@Suite("Durability: FULL sync on writes, read-only reads")
struct DurabilityTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    /// The bytes of the journal and its `-wal`: equal means nothing was written. (SQLite may open an
    /// empty `-wal` for a reader; no bytes and no file are the same state.)
    private func files() -> [Data] {
        let path = journal.location.path
        return [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) ?? Data() }
    }

    @Test("a write connection commits under WAL with synchronous=FULL, on a new journal and on every reopen")
    func writeSettings() throws {
        let created = try journal.open()
        #expect(try created.connectionSettings() == ConnectionSettings(journalMode: "wal", synchronous: 2, queryOnly: false, access: .write))
        _ = try created.logContact(draft("Bank"), now: t0)
        let reopened = try JournalStore.open(journal.location, now: t0, access: .write)
        #expect(try reopened.connectionSettings() == ConnectionSettings(journalMode: "wal", synchronous: 2, queryOnly: false, access: .write))
        _ = try reopened.logContact(draft("Bank"), now: t0)
        #expect(try reopened.connectionSettings().synchronous == 2, "still FULL after a write")
    }

    @Test("WAL is set once: reopening a journal for writing writes nothing until something is recorded")
    func walSetOnce() throws {
        do { _ = try journal.open().logContact(draft("Bank"), now: t0) }
        let before = files()
        do {
            let store = try JournalStore.open(journal.location, now: t0, access: .write)
            _ = try store.connectionSettings()
        }
        #expect(files() == before)
    }

    @Test("a read connection is read-only, and opening, reading and closing it writes nothing")
    func readIsReadOnly() throws {
        do { _ = try journal.open().logContact(draft("Bank") { $0.summary = "refund" }, now: t0) }
        let before = files()
        do {
            let store = try JournalStore.open(journal.location, now: t0, access: .read)
            let settings = try store.connectionSettings()
            #expect(settings.journalMode == "wal" && settings.queryOnly && settings.access == .read)
            #expect(try store.caseOverviews().count == 1)
            #expect(try store.searchContacts("refund", limit: 5).count == 1)
            #expect(try store.verify().problems.isEmpty)
            #expect(throws: JournalError.journalReadOnly(journal.location.path)) {
                try store.write { db in try db.execute(sql: "DELETE FROM organization_alias") }
            }
        }
        #expect(files() == before)
    }

    @Test("a read opens a journal whose file is read-only, and one in a folder it cannot write")
    func readOnlyFileAndFolder() throws {
        do { _ = try journal.open().logContact(draft("Bank"), now: t0) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: journal.location.path)
        #expect(try JournalStore.open(journal.location, now: t0, access: .read).caseOverviews().count == 1)
        #expect(throws: JournalError.journalReadOnly(journal.location.path)) {
            try JournalStore.open(journal.location, now: t0, access: .write).logContact(draft("Bank"), now: t0)
        }
        let uri = ReadOnlyOpening.immutableURI("/a b/j?#%.sqlite")
        #expect(uri == "file:///a b/j%3F%23%25.sqlite?immutable=1")
    }

    @Test("a read of a journal that does not exist yet creates it once, then reads it read-only")
    func readOfNewJournal() throws {
        let store = try JournalStore.open(journal.location, now: t0, access: .read)
        #expect(try store.connectionSettings().queryOnly)
        #expect(try store.caseOverviews().isEmpty)
    }
}
