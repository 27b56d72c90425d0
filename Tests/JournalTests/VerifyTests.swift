import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Tamper evidence: verify finds what was changed behind Recourse's back")
struct VerifyTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    /// A journal with an organization, a case, two contacts, an extended promise and evidence.
    private func seeded() throws -> JournalStore {
        let store = try journal.open()
        let file = journal.writeFile("chat.txt", "聊天记录")
        let first = try store.logContact(draft("工商银行") {
            $0.summary = "转账失败"; $0.attachmentPaths = [file]
            $0.promises = [PromiseDraft(text: "退款", dueAt: t0.addingTimeInterval(86_400), dueWords: "明天")]
        }, now: t0)
        _ = try store.extendPromise(first.promises[0].id!, dueAt: t0.addingTimeInterval(3 * 86_400), dueWords: "三天后", note: nil, now: t0)
        _ = try store.logContact(draft("工商银行") { $0.summary = "催办" }, now: t0)
        _ = try store.addOrganization(OrganizationDraft(name: "ICBC", aliases: ["工商银行"], officialChannels: ["phone:95588"]), now: t0)
        return store
    }

    private func tamper(_ sql: String) throws { try journal.tamper(sql) }

    @Test("an untouched journal is intact and has a stable head")
    func intact() throws {
        let store = try seeded()
        let report = try store.verify()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.recordsChecked == 9)
        #expect(try store.verify().head == report.head)
    }

    @Test("a record edited with sqlite3")
    func recordChanged() throws {
        let store = try seeded()
        try tamper("UPDATE contact SET summary = '转账成功' WHERE id = 1")
        #expect(try store.verify().problems == [.recordChanged(table: "contact", id: 1, eventID: 3)])
    }

    @Test("a promise's due date moved with sqlite3")
    func promiseMoved() throws {
        let store = try seeded()
        try tamper("UPDATE promise SET due_at = due_at + 86400 WHERE id = 2")
        #expect(try store.verify().problems.map(\.description) == ["promise #2 was changed outside Recourse (it no longer matches history event #6)"])
    }

    @Test("a record inserted and a record deleted with sqlite3")
    func insertedAndDeleted() throws {
        let store = try seeded()
        try tamper("""
            INSERT INTO contact (uuid, case_id, occurred_at, recorded_at, zone, channel, summary)
              VALUES ('00000000-0000-0000-0000-00000000000a', 1, 1, 1, 'UTC', 'phone', 'invented');
            DELETE FROM attachment WHERE id = 1;
            """)
        let problems = try store.verify().problems
        #expect(problems.contains(.recordInserted(table: "contact", id: 3)))
        #expect(problems.contains(.recordDeleted(table: "attachment", id: 1, eventID: 5)))
    }

    @Test("history events altered or deleted after dropping the append-only triggers")
    func eventsTampered() throws {
        let store = try seeded()
        try tamper("DROP TRIGGER event_is_append_only_update; UPDATE event SET payload = '{}' WHERE id = 3")
        #expect(try store.verify().problems.prefix(2) == [.appendOnlyTriggerMissing(name: "event_is_append_only_update"), .eventAltered(eventID: 3)])

        let other = TemporaryJournal()
        let second = try other.open()
        _ = try second.logContact(draft("Bank"), now: t0)
        _ = try second.logContact(draft("Bank"), now: t0)
        let queue = try DatabaseQueue(path: other.location.path)
        // Events 1-3 wrote the organization, the case and contact 1; event 4 wrote contact 2.
        try queue.writeWithoutTransaction { db in try db.execute(sql: "DROP TRIGGER event_is_append_only_delete; DELETE FROM event WHERE id = 3") }
        try queue.close()
        let problems = try second.verify().problems
        #expect(problems.prefix(2) == [.appendOnlyTriggerMissing(name: "event_is_append_only_delete"), .eventOutOfChain(eventID: 4)])
        #expect(problems.contains(.recordInserted(table: "contact", id: 1)))
    }

    @Test("a backup is a consistent, verifiable copy, with the evidence files")
    func backup() throws {
        let store = try seeded()
        let target = journal.folder + "/backups/copy.sqlite"
        try store.backup(to: target, attachmentsFolder: journal.folder + "/backups/attachments")
        let copy = try JournalStore.open(JournalLocation(path: target), now: t0)
        #expect(try copy.verify().head == store.verify().head)
        #expect(try copy.health().isHealthy)
        #expect(FileManager.default.fileExists(atPath: journal.folder + "/backups/" + (try copy.timeline(ofCase: 1).entries[0].attachments[0].storedPath)))
        #expect(throws: JournalError.self) { try store.backup(to: target, attachmentsFolder: journal.folder + "/backups/attachments") }
    }

    @Test("stray files from an interrupted log are found, and quarantined (never deleted) only once they are old")
    func strayFiles() throws {
        let store = try seeded()
        let folder = journal.location.attachmentsFolder
        try "half a copy".write(toFile: folder + "/.incoming-0000", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/ab", withIntermediateDirectories: true)
        try "orphan".write(toFile: folder + "/ab/" + String(repeating: "ab", count: 32), atomically: false, encoding: .utf8)
        let report = try store.health()
        #expect(report.strayFiles == [".incoming-0000", "ab/" + String(repeating: "ab", count: 32)])
        #expect(!report.isHealthy)
        #expect(try store.quarantineStrayFiles(now: Date()).isEmpty, "too recent: a log may still be copying")
        let moved = try store.quarantineStrayFiles(now: Date().addingTimeInterval(7200))
        #expect(moved.map(\.from) == [".incoming-0000", "ab/" + String(repeating: "ab", count: 32)])
        #expect(try moved.map { try String(contentsOfFile: $0.to, encoding: .utf8) } == ["half a copy", "orphan"], "moved, not deleted")
        let note = try String(contentsOfFile: (moved[0].to as NSString).deletingLastPathComponent + "/NOTE.txt", encoding: .utf8)
        #expect(note.contains("ab/\(String(repeating: "ab", count: 32))\tfrom \(folder)/ab/"))
        #expect(try store.health().isHealthy)
        #expect(try store.timeline(ofCase: 1).entries[0].attachments.count == 1, "referenced evidence is kept")
    }

    @Test("doctor finds a missing evidence file")
    func missingEvidence() throws {
        let store = try seeded()
        let stored = try store.timeline(ofCase: 1).entries[0].attachments[0].storedPath
        try FileManager.default.removeItem(atPath: journal.folder + "/" + stored)
        let report = try store.health()
        #expect(!report.isHealthy)
        #expect(report.attachmentProblems.first?.description.contains("evidence #1 (chat.txt) is missing") == true)
    }
}
