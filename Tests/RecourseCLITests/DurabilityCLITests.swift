import Foundation
import GRDB
import Testing

/// Issue #9, the built binary end to end: reads on read-only folders, safe `--output`, honest
/// time. (Each refusal is also in the bad-input corpus; these check what the corpus cannot.)
@Suite("End to end: read-only journals, safe --output, honest time")
struct DurabilityCLITests {
    /// A case with a promise and an evidence file, logged at a past moment.
    private func seeded() throws -> RecourseProcess {
        let r = RecourseProcess()
        let logged = try r.run(["log", "Bank", "--summary", "card refund", "--promise", "refund", "--due", "2026-11-27",
                                "--at", "2026-11-20 10:00", "--attach", r.write("receipt.txt", "paid"), "--no-input"])
        #expect(logged.status == 0, "\(logged.stderr)")
        return r
    }

    private static let readCommands: [[String]] = [
        ["cases"], ["show", "1"], ["verify"], ["agenda"], ["overdue"], ["search", "refund"], ["draft", "complaint", "1"],
        ["draft", "evidence", "1"], ["calendar"], ["org", "list"],
    ]

    @Test("each command's own connection: writes under WAL with synchronous=FULL, reads query-only")
    func connectionPerCommand() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let debug = ["RECOURSE_DEBUG_CONNECTION": "1"]
        let writes: [[String]] = [["log", "Bank", "--no-input"], ["promise", "extend", "1", "--due", "2026-12-01"], ["correct", "1", "--agent", "Ann"],
                                  ["case", "edit", "1", "--wants", "refund"], ["org", "add", "Shop"], ["escalate", "1", "--to", "company", "--at", "2026-11-21"],
                                  ["promise", "kept", "2"], ["case", "close", "1"]]
        for command in writes {
            let result = try r.run(command, extraEnvironment: debug)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("connection: access=write journal_mode=wal synchronous=2 query_only=0"), "\(command): \(result.stderr)")
        }
        for command in Self.readCommands + [["backup", r.outside + "/b.sqlite"], ["doctor"]] {
            let result = try r.run(command, extraEnvironment: debug)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("connection: access=read journal_mode=wal"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("query_only=1"), "\(command): \(result.stderr)")
        }
    }

    @Test("every read command works in a folder the user cannot write, and changes no byte of the journal")
    func readOnlyFolder() throws {
        let r = RecourseProcess()
        let folder = r.folder + "/ro", journal = folder + "/journal.sqlite"
        defer { _ = chmod(folder, 0o700); r.cleanUp() }
        let logged = try r.run(["log", "Bank", "--summary", "card refund", "--promise", "refund", "--due", "2026-11-27", "--at", "2026-11-20 10:00",
                                "--attach", r.write("receipt.txt", "paid"), "--no-input", "--db", journal])
        #expect(logged.status == 0, "\(logged.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(!FileManager.default.fileExists(atPath: journal + "-wal"), "the last writer checkpointed")
        // Root may write any folder, so as root the commands run as 'nobody', who owns nothing here.
        let asRoot = getuid() == 0
        func run(_ command: [String]) throws -> RecourseProcess.Result {
            asRoot ? try r.run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", RecourseProcess.binary] + command + ["--db", journal],
                               executable: "/usr/bin/setpriv")
                : try r.run(command + ["--db", journal])
        }
        // The journal's owner owns its evidence too (verify checks every file is there).
        if asRoot { #expect(chown(folder, 65534, 65534) == 0 && chown(journal, 65534, 65534) == 0) }
        if asRoot { try r.run(["-R", "65534:65534", folder + "/attachments"], executable: "/bin/chown") }
        #expect(chmod(journal, 0o444) == 0 && chmod(folder, 0o555) == 0)
        for command in Self.readCommands {
            let result = try run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before)
        #expect(!FileManager.default.fileExists(atPath: journal + "-wal") && !FileManager.default.fileExists(atPath: journal + "-shm"))
        // A write is refused there, plainly.
        let write = try run(["log", "Bank", "--no-input"])
        #expect(write.status == 74 && write.stderr.contains("read-only"), "\(write.stderr)")
    }

    @Test("in a read-only folder, commits waiting in a -wal without its -shm give advice, not a vague error")
    func pendingWalInReadOnlyFolder() throws {
        let r = try seeded()
        let folder = r.folder + "/copy", journal = folder + "/journal.sqlite"
        defer { _ = chmod(folder, 0o700); r.cleanUp() }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A copy taken while a commit was still only in the -wal (as from a writer that was killed).
        let queue = try DatabaseQueue(path: r.journal)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "INSERT INTO organization_alias (uuid, organization_id, alias, alias_key) VALUES (?, 1, 'B2', 'b2')",
                           arguments: [UUID().uuidString.lowercased()])
        }
        for suffix in ["", "-wal"] { try FileManager.default.copyItem(atPath: r.journal + suffix, toPath: journal + suffix) }
        try queue.close()
        let asRoot = getuid() == 0
        if asRoot { for path in [folder, journal, journal + "-wal"] { #expect(chown(path, 65534, 65534) == 0) } }
        #expect(chmod(folder, 0o555) == 0)
        let result = asRoot
            ? try r.run(["--reuid=65534", "--regid=65534", "--clear-groups", "--", RecourseProcess.binary, "cases", "--db", journal], executable: "/usr/bin/setpriv")
            : try r.run(["cases", "--db", journal])
        #expect(result.status == 74 && result.stderr.contains("copy the journal with its -wal to a writable folder"), "\(result.stderr)")
    }

    @Test("--output never replaces a file without --force; with it, the file is replaced atomically, mode 0600")
    func outputForce() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let letter = r.outside + "/letter.md"
        try "my own notes".write(toFile: letter, atomically: true, encoding: .utf8)
        for command in [["draft", "complaint", "1"], ["calendar"]] {
            let refused = try r.run(command + ["--output", letter])
            #expect(refused.status == 74 && refused.stderr.contains("already exists; give another file name, or --force"), "\(refused.stderr)")
            #expect(try String(contentsOfFile: letter, encoding: .utf8) == "my own notes")
        }
        #expect(try r.run(["draft", "complaint", "1", "--output", letter, "--force"]).status == 0)
        #expect(try String(contentsOfFile: letter, encoding: .utf8).contains("refund"))
        #expect(try FileManager.default.attributesOfItem(atPath: letter)[.posixPermissions] as? Int == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: r.outside).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("--output cannot reach the journal's folder through a symlink or '..', even with --force")
    func outputNeverInJournalFolder() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        try FileManager.default.createSymbolicLink(atPath: r.outside + "/into", withDestinationPath: r.folder)
        try FileManager.default.createSymbolicLink(atPath: r.outside + "/journal-link", withDestinationPath: r.journal)
        let before = try r.fingerprint()
        let journalBytes = try Data(contentsOf: URL(fileURLWithPath: r.journal))
        for target in [r.outside + "/into/letter.md", r.outside + "/into/journal.sqlite", r.outside + "/journal-link",
                       r.outside + "/../" + (r.folder as NSString).lastPathComponent + "/journal.sqlite", r.journal, r.journal + "-shm",
                       r.folder + "/attachments/x"] {
            for command in [["calendar", "--output", target, "--force"], ["draft", "evidence", "1", "--output", target, "--force"]] {
                let result = try r.run(command)
                #expect(result.status == 64 && result.stderr.contains("is inside the journal's folder"), "\(target): \(result.stderr)")
            }
        }
        #expect(try r.fingerprint() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: r.journal)) == journalBytes)
        // Nor the folder of a journal that does not exist yet (the command would create it).
        let fresh = r.outside + "/new/journal.sqlite"
        let early = try r.run(["calendar", "--db", fresh, "--output", r.outside + "/new/cal.ics"])
        #expect(early.status == 64 && early.stderr.contains("is inside the journal's folder"), "\(early.stderr)")
        #expect(try r.run(["cases"]).status == 0)
    }

    @Test("a write runs at the real time: --at in the past is kept, recorded_at is now")
    func writesUseTheRealClock() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let started = Date()
        let logged = try r.run(["log", "Bank", "--at", "2026-01-05 10:00", "--no-input", "--json"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let queue = try DatabaseQueue(path: r.journal)
        let (occurred, recorded) = try queue.read { db in
            (try Int64.fetchOne(db, sql: "SELECT occurred_at FROM contact")!, try Int64.fetchOne(db, sql: "SELECT recorded_at FROM contact")!)
        }
        #expect(abs(Double(recorded) - started.timeIntervalSince1970) < 120, "recorded_at is the real time")
        #expect(occurred < recorded)
    }

    @Test("a time before 1900 already in a journal is shown as UTC in ISO form, not as a short local date")
    func outOfRangeDisplay() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let queue = try DatabaseQueue(path: r.journal)
        try queue.write { db in try db.execute(sql: "UPDATE promise SET due_at = -62135596800") }  // 0001-01-01 00:00 UTC
        let shown = try r.run(["show", "1"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("0001-01-01 00:00 UTC"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("+08:05"))
        let json = try r.run(["show", "1", "--json"]).stdout
        #expect(json.contains("\"0001-01-01T00:00:00Z\""), "\(json)")
        #expect(!json.contains("+08:05"))
    }
}
