import Foundation
import GRDB
import Testing

@Suite("End to end: backups you can restore, quarantine instead of delete, checkable fingerprints")
struct BackupRestoreTests {
    private func files(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    /// The journal `restore` kept aside (its `-wal` and `-shm`, when it had them, sit beside it).
    private static func keptAside(in folder: String) throws -> String? {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .first { $0.hasPrefix("journal.sqlite.replaced-") && !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
    }

    @Test("restore an older backup: journal kept aside, later evidence quarantined by doctor --clean, not lost")
    func restoreThenQuarantine() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "paid"), "--no-input", "--at", "2026-11-24 09:00"])
        let backup = try #require((try r.run(["backup", "--json"]).json as? [String: Any])?["backup"] as? String)
        try r.run(["log", "Bank", "--attach", r.write("later.txt", "said later"), "--no-input"])
        let laterHead = try #require((try r.run(["verify", "--json"]).json as? [String: Any])?["head"] as? String)

        let restored = try r.run(["restore", backup])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("Restored \(backup) (4 history events"))
        let aside = try #require(try Self.keptAside(in: r.folder))
        #expect(try r.run(["cases", "--db", r.folder + "/" + aside]).stdout.contains("Bank"), "the replaced journal is kept, readable")

        // The head quoted after the later contact is gone from the restored history.
        let check = try r.run(["verify", "--head", laterHead])
        #expect(check.status == 1)
        #expect(check.stdout.contains("Quoted head \(laterHead) is NOT in this journal's history"))

        let doctor = try r.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("is referenced by no record"))
        let stray = try #require(files(r.folder + "/attachments").first { $0.count > 60 && FileManager.default.contents(atPath: r.folder + "/attachments/" + $0) != Data("paid".utf8) })
        try r.run(["-d", "2 hours ago", r.folder + "/attachments/" + stray], executable: "/usr/bin/touch")
        let cleaned = try r.run(["doctor", "--clean"])
        #expect(cleaned.status == 0, "\(cleaned.stdout)")
        #expect(cleaned.stdout.hasPrefix("Moved attachments/\(stray) to \(r.folder)/quarantine/"))
        let quarantined = try #require(files(r.folder + "/quarantine").first { $0.hasSuffix(stray) })
        #expect(try String(contentsOfFile: r.folder + "/quarantine/" + quarantined, encoding: .utf8) == "said later")
        #expect(try r.run(["doctor", "--deep"]).status == 0)
    }

    @Test("a torn evidence copy left in the backup folder is replaced by the next backup")
    func tornBackupEvidence() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "the whole receipt"), "--no-input"])
        try r.run(["backup", r.folder + "/backups/journal-1.sqlite"])
        let copy = try #require(files(r.folder + "/backups/attachments").first { $0.count > 60 })
        try "the wh".write(toFile: r.folder + "/backups/attachments/" + copy, atomically: false, encoding: .utf8)
        #expect(try r.run(["doctor", "--db", r.folder + "/backups/journal-1.sqlite"]).status == 1)
        #expect(try r.run(["backup", r.folder + "/backups/journal-2.sqlite"]).status == 0)
        #expect(try String(contentsOfFile: r.folder + "/backups/attachments/" + copy, encoding: .utf8) == "the whole receipt")
        #expect(try r.run(["doctor", "--deep", "--db", r.folder + "/backups/journal-2.sqlite"]).status == 0)
    }

    @Test("doctor recommends the newest backup that passes its check, never an empty or tampered one")
    func recommendation() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--agent", "Ann", "--no-input"])
        let good = r.folder + "/backups/journal-20261101T000000Z.sqlite"
        try r.run(["backup", good])
        let tampered = r.folder + "/backups/journal-20261102T000000Z.sqlite"
        try r.run(["backup", tampered])
        let queue = try DatabaseQueue(path: tampered)
        try queue.write { db in try db.execute(sql: "UPDATE contact SET agent = 'Bob'") }
        try queue.close()
        _ = FileManager.default.createFile(atPath: r.folder + "/backups/journal-20261103T000000Z.sqlite", contents: Data())
        try "not a database".write(toFile: r.journal, atomically: false, encoding: .utf8)
        let doctor = try r.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("recourse restore \(good) --db \(r.journal)"))
        #expect(doctor.stdout.contains("(not journal-20261103T000000Z.sqlite: it is empty (0 bytes)"))
        #expect(doctor.stdout.contains("(not journal-20261102T000000Z.sqlite: contact #1 was changed outside Recourse"))
        #expect(try r.run(["restore", tampered]).status == 65)
        let restored = try r.run(["restore", good])
        #expect(restored.status == 0, "\(restored.stderr)")
        let damaged = try #require(try Self.keptAside(in: r.folder))
        #expect(try String(contentsOfFile: r.folder + "/" + damaged, encoding: .utf8) == "not a database", "kept aside as evidence")
        #expect(try r.run(["doctor"]).status == 0)
    }

    @Test("verify reports a dropped trigger, a resized evidence file, and with --deep a same-size replacement")
    func verifyEvidence() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "paid 100"), "--no-input"])
        let stored = r.folder + "/attachments/" + (try #require(files(r.folder + "/attachments").first { $0.count > 60 }))
        try "paid 900".write(toFile: stored, atomically: false, encoding: .utf8)
        #expect(try r.run(["verify"]).status == 0, "same size: only --deep sees it")
        let deep = try r.run(["verify", "--deep"])
        #expect(deep.status == 1 && deep.stdout.contains("Evidence #1 (receipt.txt) no longer matches its SHA-256"))
        #expect(try r.run(["doctor", "--deep"]).status == 1)
        try "paid".write(toFile: stored, atomically: false, encoding: .utf8)
        #expect(try r.run(["verify"]).stdout.contains("Evidence #1 (receipt.txt) has the wrong size: 4 bytes, recorded 8"))
        let queue = try DatabaseQueue(path: r.journal)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "DROP TRIGGER event_is_append_only_update") }
        try queue.close()
        let verify = try r.run(["verify"])
        #expect(verify.status == 1 && verify.stdout.contains("The trigger event_is_append_only_update that keeps the history append-only is missing"))
    }

    @Test("verify --head: a head from a draft is found with the events after it")
    func headFromDraft() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--summary", "refund refused", "--no-input"])
        let draft = try r.run(["draft", "complaint", "1", "--lang", "en"]).stdout
        let line = try #require(draft.split(separator: "\n").first { $0.hasPrefix("To check it later: recourse verify --head ") })
        let head = String(line.split(separator: " ").last!)
        try r.run(["log", "Bank", "--summary", "called again", "--no-input"])
        let found = try r.run(["verify", "--head", head.uppercased()])
        #expect(found.status == 0)
        #expect(found.stdout.contains("is still in this journal's history (event #3); 1 event(s) were recorded after it."))
        let json = try #require((try r.run(["verify", "--json", "--head", head]).json as? [String: Any])?["quoted_head"] as? [String: Any])
        #expect(json["found"] as? Bool == true && json["events_after"] as? Int == 1)
        #expect(try r.run(["draft", "complaint", "1", "--lang", "zh"]).stdout.contains("日后核对：recourse verify --head "))
    }

    @Test("attachment names already stored with control characters are shown escaped in show and drafts")
    func escapedNames() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "paid"), "--no-input"])
        let queue = try DatabaseQueue(path: r.journal)
        try queue.write { db in try db.execute(sql: "UPDATE attachment SET original_name = 'evil\u{1B}[2J\nname.txt'") }
        try queue.close()
        for arguments in [["show", "1"], ["draft", "evidence", "1", "--lang", "en"], ["draft", "complaint", "1", "--lang", "en"]] {
            // Drafts also escape Markdown ("\\x1B\[2J"); read them as rendered.
            let output = try r.run(arguments).stdout.replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\\[", with: "[")
            #expect(!output.contains("\u{1B}") && output.contains("evil\\x1B[2J\\x0Aname.txt"), "\(arguments)")
        }
    }

    @Test("the vault refuses a symlinked attachments/ and a folder others can write, saying how to fix it")
    func unsafeFolders() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--no-input"])
        let elsewhere = r.folder + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: r.folder + "/attachments", withDestinationPath: elsewhere)
        let before = try r.fingerprint()
        let linked = try r.run(["log", "Bank", "--attach", r.write("a.txt", "a"), "--no-input"])
        #expect(linked.status == 74 && linked.stderr.contains("attachments' is a symbolic link") && linked.stderr.contains("mkdir -m 700"))
        #expect(try FileManager.default.attributesOfItem(atPath: elsewhere)[.posixPermissions] as? Int == 0o755, "the target is not touched")
        #expect(try r.fingerprint() == before)
        let doctor = try r.run(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("✗ journal folder private, attachments/ a real folder"))
        try FileManager.default.removeItem(atPath: r.folder + "/attachments")

        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: r.folder)
        let open = try r.run(["log", "Bank", "--attach", r.write("b.txt", "b"), "--no-input"])
        #expect(open.status == 74 && open.stderr.contains("can be written by other users") && open.stderr.contains("chmod 700 '\(r.folder)'"))
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: r.folder)
        if geteuid() == 0 {
            chown(r.folder, 65534, 65534)
            let foreign = try r.run(["log", "Bank", "--attach", r.write("c.txt", "c"), "--no-input"])
            #expect(foreign.status == 74 && foreign.stderr.contains("belongs to another user (uid 65534)"))
            chown(r.folder, 0, 0)
        }
        #expect(try r.run(["log", "Bank", "--attach", r.write("d.txt", "d"), "--no-input"]).status == 0)
    }

    @Test("a file that changes while it is copied is refused with exit 74 and nothing stored")
    func changingFile() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "Bank", "--attach", "/proc/self/status", "--no-input"])
        #expect(result.status == 74 && result.stderr.contains("changed while it was being copied"))
        #expect(files(r.folder + "/attachments").isEmpty)
    }
}
