import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Evidence safety: shared vault, honest copies, checkable fingerprints, restorable backups")
struct EvidenceSafetyTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    private struct Rollback: Error {}

    @Test("a failed log never removes a file another log recorded meanwhile (the point-2 race, step by step)")
    func sharedVault() throws {
        let store = try journal.open()
        let statement = journal.writeFile("stmt.txt", "statement")
        let vault = AttachmentVault(folder: journal.location.attachmentsFolder)
        // A copies and places the file, then its transaction fails.
        let copiesA = [try vault.copyIn(statement)]
        var createdA: [AttachmentVault.Copy] = []
        #expect(throws: Rollback.self) { try store.write { _ in createdA = try vault.place(copiesA); throw Rollback() } }
        #expect(createdA.count == 1)
        // Meanwhile B records the same content and commits.
        let logged = try store.logContact(draft("Bank") { $0.attachmentPaths = [statement] }, now: t0)
        // A cleans up under the write lock: the file is now referenced, so it stays.
        try store.write { db in try AttachmentVault.removeUnreferenced(createdA, in: db, folder: vault.folder) }
        #expect(FileManager.default.fileExists(atPath: journal.folder + "/" + logged.attachments[0].storedPath))
        #expect(try store.verify(deep: true).isIntact)
    }

    @Test("a failed log removes the files it placed when nothing references them, and its temporary copies")
    func failedLogCleansUp() throws {
        let store = try journal.open()
        let file = journal.writeFile("only.txt", "only mine")
        #expect(throws: JournalError.caseNotFound(999)) {
            try store.logContact(draft("Bank") { $0.caseChoice = .existing(999); $0.attachmentPaths = [file] }, now: t0)
        }
        #expect(journal.attachmentFiles().isEmpty)
    }

    @Test("the size cap counts bytes read, not the size stat reported")
    func capCountsBytesRead() throws {
        let source = journal.writeFile("grown.bin", String(repeating: "x", count: 20))
        #expect(throws: HashingCopy.Failure.self) { try HashingCopy.copy(source, to: journal.folder + "/copy", limit: 10) }
        #expect(!FileManager.default.fileExists(atPath: journal.folder + "/copy"))
        do { _ = try HashingCopy.copy(source, to: journal.folder + "/copy", limit: 10) } catch {
            guard case let .tooLarge(read) = error else { Issue.record("\(error)"); return }
            #expect(read > 10)
        }
    }

    #if os(Linux)
    @Test("a file whose size differs from what was read is refused as changed, nothing stored")
    func changedDuringCopy() throws {
        let store = try journal.open()
        // /proc files report size 0 yet read as text: exactly a file that changed under the copy.
        #expect(throws: JournalError.attachmentChanged("/proc/self/status")) {
            try store.logContact(draft("Bank") { $0.attachmentPaths = ["/proc/self/status"] }, now: t0)
        }
        #expect(journal.attachmentFiles().isEmpty)
    }
    #endif

    @Test("attachment names with control characters are refused; stored ones are shown escaped")
    func controlCharactersInNames() throws {
        let store = try journal.open()
        for name in ["bad\u{1B}[31mred.txt", "two\nlines.txt"] {
            let path = journal.writeFile(name, "x")
            #expect(throws: JournalError.self) { try store.logContact(draft("Bank") { $0.attachmentPaths = [path] }, now: t0) }
        }
        #expect(try store.verify().eventsChecked == 0, "nothing was logged")
        #expect(Attachment.displayName(of: "a\u{1B}[31m\nb\u{9B}") == "a\\x1B[31m\\x0Ab\\x9B")
    }

    @Test("verify reports dropped triggers, missing or resized evidence, and with deep a same-size replacement")
    func verifyEvidenceAndTriggers() throws {
        let store = try journal.open()
        let logged = try store.logContact(draft("Bank") { $0.attachmentPaths = [journal.writeFile("a.txt", "original")] }, now: t0)
        let path = journal.folder + "/" + logged.attachments[0].storedPath
        #expect(try store.verify(deep: true).isIntact)
        chmod(path, 0o600)
        try "ORIGINAL".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.verify().isIntact, "same size: only re-hashing sees it")
        #expect(try store.verify(deep: true).problems == [.evidenceAltered(id: 1, name: "a.txt")])
        try "short".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.verify().problems == [.evidenceWrongSize(id: 1, name: "a.txt", expected: 8, found: 5)])
        try FileManager.default.removeItem(atPath: path)
        #expect(try store.verify().problems == [.evidenceMissing(id: 1, name: "a.txt", storedPath: logged.attachments[0].storedPath)])
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.write { db in try db.execute(sql: "DROP TRIGGER event_is_append_only_delete") }
        try queue.close()
        #expect(try store.verify().problems.first == .appendOnlyTriggerMissing(name: "event_is_append_only_delete"))
    }

    @Test("a quoted head is found with the number of events after it; an unknown one is not")
    func headPosition() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank"), now: t0)
        let head = try store.chainHead()
        _ = try store.logContact(draft("Bank"), now: t0)
        #expect(try store.position(ofHead: head) == HeadPosition(eventID: 3, eventsAfter: 1))
        #expect(try store.position(ofHead: store.chainHead())?.eventsAfter == 0)
        #expect(try store.position(ofHead: String(repeating: "a", count: 64)) == nil)
    }

    @Test("a torn evidence file already in the backup folder is replaced, not skipped")
    func backupReplacesTornEvidence() throws {
        let store = try journal.open()
        let logged = try store.logContact(draft("Bank") { $0.attachmentPaths = [journal.writeFile("a.txt", "the full text")] }, now: t0)
        let backups = journal.folder + "/backups"
        try store.backup(to: backups + "/journal-1.sqlite", attachmentsFolder: backups + "/attachments")
        let copy = backups + "/" + logged.attachments[0].storedPath
        try "the fu".write(toFile: copy, atomically: false, encoding: .utf8)
        try store.backup(to: backups + "/journal-2.sqlite", attachmentsFolder: backups + "/attachments")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "the full text")
        #expect(JournalStore.checkBackup(at: backups + "/journal-2.sqlite", deep: true).isUsable)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: backups).filter { $0.contains(".partial-") || $0.contains(".incoming-") }.isEmpty, "no temporary left")
    }

    @Test("checkBackup refuses an empty, a foreign and a tampered backup")
    func checkBackupRefuses() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank") { $0.agent = "Ann" }, now: t0)
        let empty = journal.writeFile("journal-empty.sqlite", "")
        #expect(JournalStore.checkBackup(at: empty, deep: false).problems == ["it is empty (0 bytes), probably an interrupted backup"])
        let garbage = journal.writeFile("journal-garbage.sqlite", String(repeating: "garbage ", count: 1000))
        #expect(!JournalStore.checkBackup(at: garbage, deep: false).isUsable)
        let tampered = journal.folder + "/journal-tampered.sqlite"
        try store.backup(to: tampered, attachmentsFolder: journal.folder + "/attachments-copy")
        let queue = try DatabaseQueue(path: tampered)
        try queue.write { db in try db.execute(sql: "UPDATE contact SET agent = 'Bob'") }
        try queue.close()
        #expect(JournalStore.checkBackup(at: tampered, deep: false).problems.first?.contains("contact #1 was changed outside Recourse") == true)
    }

    @Test("restore swaps in a checked backup and keeps the replaced journal aside with everything in it")
    func restore() throws {
        var store: JournalStore? = try journal.open()
        _ = try store!.logContact(draft("Bank"), now: t0)
        let backup = journal.folder + "/backups/journal-1.sqlite"
        try store!.backup(to: backup, attachmentsFolder: journal.folder + "/backups/attachments")
        let later = try store!.logContact(draft("Bank") { $0.attachmentPaths = [journal.writeFile("later.txt", "later")] }, now: t0)
        store = nil
        let result = try JournalStore.restore(from: backup, to: journal.location, now: t0)
        let aside = try #require(result.keptAside)
        #expect(aside == journal.location.path + ".replaced-20261124T060000Z")
        let restored = try journal.open()
        #expect(try restored.verify(deep: true).isIntact)
        #expect(try restored.verify().eventsChecked == result.check.eventsChecked)
        let kept = try JournalStore.open(JournalLocation(path: aside), now: t0)
        #expect(try kept.timeline(ofCase: 1).entries.count == 2, "the replaced journal still has the later contact")
        #expect(try restored.health().strayFiles == [String(later.attachments[0].storedPath.dropFirst("attachments/".count))],
                "evidence of the later contact is still there, as a stray file")
    }

    @Test("restore refuses a backup that fails its check, and leaves the journal exactly as it was")
    func restoreRefuses() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank"), now: t0)
        let before = try journal.fingerprint()
        let empty = journal.writeFile("journal-0.sqlite", "")
        #expect(throws: JournalError.backupUnusable(path: empty, reason: "it is empty (0 bytes), probably an interrupted backup")) {
            try JournalStore.restore(from: empty, to: journal.location, now: t0)
        }
        #expect(throws: JournalError.self) { try JournalStore.restore(from: journal.location.path, to: journal.location, now: t0) }
        #expect(try journal.fingerprint() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: journal.folder).filter { $0.contains("replaced") || $0.hasPrefix(".restoring") }.isEmpty)
    }
}
