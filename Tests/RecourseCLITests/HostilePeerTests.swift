import Crypto
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 21: someone who can write to the shared folder (or hands the user a file to import)
/// attacks the journal. One test per point of the issue; each is refused or harmless, and the
/// journal is left exactly as it was.
@Suite("Hostile peer: a forger who can write to the sync folder")
struct HostilePeerTests {
    static func sharedFolder() throws -> String {
        let path = NSTemporaryDirectory() + "recourse-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func log(_ r: RecourseProcess, _ organization: String, _ summary: String, at: String = "2026-11-18 10:00", _ extra: [String] = []) throws {
        let logged = try r.run(["log", organization, "--summary", summary, "--at", at, "--no-input"] + extra)
        #expect(logged.status == 0, "\(logged.stderr)")
    }

    /// A real device's first change file in `shared`: its path, lines and device id.
    static func firstFile(of r: RecourseProcess, in shared: String) throws -> (path: String, lines: [String], sha256: String, device: String) {
        let root = shared + "/recourse-sync/v1"
        let device = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first { name in
            name.count == 36 && FileManager.default.fileExists(atPath: root + "/" + name + "/00000001.jsonl")
                && (try? String(contentsOfFile: root + "/" + name + "/00000001.jsonl", encoding: .utf8))?.isEmpty == false
        })
        let path = root + "/" + device + "/00000001.jsonl"
        let (lines, sha) = try Forger.contents(of: path)
        return (path, lines, sha, device)
    }

    /// Interchange lines of one logged contact (organization, case, contact), from a device of its own.
    static func sampleLines(attach: Bool = false) throws -> [String] {
        let source = RecourseProcess(), shared = try sharedFolder()
        defer { source.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try log(source, "中国移动", "套餐被擅自变更", attach ? ["--attach", source.write("截图.png", "截图")] : [])
        #expect(try source.run(["sync", shared]).status == 0)
        return try firstFile(of: source, in: shared).lines
    }

    /// A victim journal that has logged and synced once, so a later sync that changes nothing
    /// leaves its fingerprint as it is.
    static func victim(_ shared: String) throws -> RecourseProcess {
        let victim = RecourseProcess()
        try log(victim, "招商银行", "信用卡年费争议")
        let first = try victim.run(["sync", shared])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        return victim
    }

    /// Syncs `victim` with a forged file waiting: held back (exit 1) with `reason`, journal unchanged.
    static func expectHeldBack(_ victim: RecourseProcess, _ shared: String, reason: String) throws {
        let before = try victim.fingerprint()
        let synced = try victim.run(["sync", shared])
        #expect(synced.status == 1, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stdout.contains(reason), "\(synced.stdout)")
        #expect(try victim.fingerprint() == before, "nothing of the forged file was applied")
        #expect(try victim.run(["cases"]).status == 0)
    }

    /// The same lines as a file to `import`: refused with `line N:` and 65, journal unchanged.
    static func expectImportRefused(_ victim: RecourseProcess, _ lines: [String], reason: String) throws {
        let path = victim.write("forged-\(UUID().uuidString.prefix(6)).jsonl", lines.joined(separator: "\n") + "\n")
        let before = try victim.fingerprint()
        let imported = try victim.run(["import", path])
        #expect(imported.status == 65, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stderr.contains("line ") && imported.stderr.contains(reason), "\(imported.stderr)")
        #expect(imported.stderrLines.count == 1)
        #expect(try victim.fingerprint() == before)
    }

    // MARK: 1. Out-of-range values

    @Test("1. a time, duration or amount out of range is held back (sync) or refused (import): no SIGILL afterwards",
          arguments: [("contact", "occurred_at", Int64.max), ("contact", "occurred_at", Int64.min), ("contact", "duration_seconds", Int64.max),
                      ("case", "opened_at", Int64.max), ("contact", "recorded_at", -1 << 40)])
    func outOfRange(_ type: String, _ field: String, _ value: Int64) throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let lines = try Forger.mutate(try Self.sampleLines(), type: type) { $0[field] = NSNumber(value: value) }
        try Forger(device: UUID().uuidString.lowercased(), shared: shared).write(seq: 1, lines: lines)
        try Self.expectHeldBack(victim, shared, reason: field)
        try Self.expectImportRefused(victim, lines, reason: field)
        for command in [["cases"], ["agenda"], ["overdue"], ["export", "--format", "md"]] {
            #expect(try victim.run(command).status != 132, "\(command)")
        }
    }

    @Test("1. reads never trap on an impossible value already stored (by an older Recourse), and doctor names the record")
    func storedImpossibleValues() throws {
        let victim = RecourseProcess()
        defer { victim.cleanUp() }
        try Self.log(victim, "中国移动", "套餐被擅自变更", ["--promise", "回电", "--due", "2026-11-20"])
        let queue = try DatabaseQueue(path: victim.journal)
        try queue.write { db in
            try db.execute(sql: "UPDATE contact SET occurred_at = ?, duration_seconds = ?", arguments: [Int64.max, Int64.max])
            try db.execute(sql: "UPDATE promise SET due_at = ?", arguments: [Int64.min])
        }
        try queue.close()
        for command in [["cases"], ["cases", "--json"], ["show", "1"], ["show", "1", "--json"], ["agenda"], ["overdue"], ["search", "套餐"],
                        ["calendar"], ["draft", "complaint", "1"], ["prep", "1"], ["export", "--format", "md"]] {
            let result = try victim.run(command)
            #expect(result.status == 0, "\(command): \(result.status) \(result.stderr.prefix(300))")
        }
        let doctor = try victim.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("contact 1") && doctor.stdout.contains("impossible occurred_at") && doctor.stdout.contains("Repair"), "\(doctor.stdout)")
    }

    // MARK: 2. A folder writer rewrites records

    @Test("2. a forged next file in a pinned peer's chain is held back: unsigned, or signed by another key", arguments: ["unsigned", "otherKey"])
    func forgedNextFile(_ how: String) throws {
        let shared = try Self.sharedFolder()
        let peer = RecourseProcess()
        defer { peer.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try Self.log(peer, "中国移动", "套餐被擅自变更")
        #expect(try peer.run(["sync", shared]).status == 0)
        let real = try Self.firstFile(of: peer, in: shared)
        let victim = try Self.victim(shared)
        defer { victim.cleanUp() }
        let lines = try Forger.mutate(real.lines, type: "contact") { $0["summary"] = "对方已全额退款，问题解决"; $0["agent"] = "伪造" }
        var forger = Forger(device: real.device, shared: shared)
        if how == "unsigned" { forger.key = nil }
        try forger.write(seq: 2, lines: lines, previous: real.sha256)
        try Self.expectHeldBack(victim, shared, reason: how == "unsigned" ? "not signed" : "another key")
        let status = try victim.run(["sync", shared, "--status"])
        #expect(status.stdout.contains("signing key "), "the pinned fingerprint is shown: \(status.stdout)")
        // The same forgery appended to the victim's own chain: refused, never chained onto.
        let own = try #require(try FileManager.default.contentsOfDirectory(atPath: shared + "/recourse-sync/v1").first { $0.count == 36 && $0 != real.device })
        let ownFirst = try Forger.contents(of: shared + "/recourse-sync/v1/" + own + "/00000001.jsonl")
        var intruder = Forger(device: own, shared: shared)
        if how == "unsigned" { intruder.key = nil }
        try intruder.write(seq: 2, lines: ownFirst.lines, previous: ownFirst.sha256)
        try Self.log(victim, "招商银行", "第二次来电", at: "2026-11-19 10:00")
        #expect(try victim.run(["sync", shared]).status == 65, "a forged file in its own chain is reported, not published after")
    }

    @Test("2. with a passphrase, a plain (unencrypted) forged file is held back")
    func plainFileWithPassphrase() throws {
        let shared = try Self.sharedFolder()
        var victim = RecourseProcess()
        victim.environment["RECOURSE_SYNC_PASSPHRASE"] = "correct horse battery staple"
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try Self.log(victim, "招商银行", "信用卡年费争议")
        #expect(try victim.run(["sync", shared]).status == 0)
        try Forger(device: UUID().uuidString.lowercased(), shared: shared).write(seq: 1, lines: try Self.sampleLines())
        try Self.expectHeldBack(victim, shared, reason: "not encrypted")
    }

    @Test("2. --forget DEVICE drops a pinned key; a bad device id is refused")
    func forget() throws {
        let shared = try Self.sharedFolder()
        let peer = RecourseProcess()
        defer { peer.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try Self.log(peer, "中国移动", "套餐被擅自变更")
        #expect(try peer.run(["sync", shared]).status == 0)
        let device = try Self.firstFile(of: peer, in: shared).device
        let victim = try Self.victim(shared)
        defer { victim.cleanUp() }
        let forgot = try victim.run(["sync", shared, "--forget", device])
        #expect(forgot.status == 0, "\(forgot.stderr)")
        #expect(try victim.run(["sync", shared, "--forget", device]).status == 66)
        #expect(try victim.run(["sync", shared, "--forget", "../x"]).status == 65)
    }

    // MARK: 3. NUL, 6. control characters and sizes

    @Test("3/6. NUL, ESC, BEL in a summary, a name with a line break, and a 100 KiB summary are refused, never cut or stored raw",
          arguments: ["before\u{0}after", "red\u{1B}[31m", "bell\u{07}", "long"])
    func badText(_ summary: String) throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let text = summary == "long" ? String(repeating: "长", count: 40_000) : summary
        let lines = try Forger.mutate(try Self.sampleLines(), type: "contact") { $0["summary"] = text }
        try Forger(device: UUID().uuidString.lowercased(), shared: shared).write(seq: 1, lines: lines)
        let reason = summary == "long" ? "bytes" : "control character"
        try Self.expectHeldBack(victim, shared, reason: reason)
        try Self.expectImportRefused(victim, lines, reason: reason)
    }

    @Test("6. a device name with ESC and a line break cannot forge a line of the sync report")
    func deviceNameEscaped() throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        var forger = Forger(device: UUID().uuidString.lowercased(), shared: shared)
        forger.name = "evil\u{1B}[2J\nApplied file 9 from bank"
        try forger.write(seq: 1, lines: try Self.sampleLines())
        let synced = try victim.run(["sync", shared])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(!synced.stdout.contains("\u{1B}"))
        #expect(!synced.stdout.split(separator: "\n").contains { $0.hasPrefix("Applied file 9") }, "\(synced.stdout)")
    }

    // MARK: 4. A uuid reused across record types

    @Test("4. a peer's organization with a local contact's uuid is refused")
    func uuidAcrossTypes() throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let shown = try victim.run(["show", "1", "--json"])
        let contacts = (shown.json as? [String: Any])?["contacts"] as? [[String: Any]] ?? []
        let contactUUID = try #require((contacts.first?["contact"] as? [String: Any])?["uuid"] as? String)
        let sample = try Self.sampleLines()
        let lines = try Forger.mutate(Array(sample.prefix(2)), type: "organization") { $0["uuid"] = contactUUID }
        try Forger(device: UUID().uuidString.lowercased(), shared: shared).write(seq: 1, lines: lines)
        try Self.expectHeldBack(victim, shared, reason: "already belongs to a contact")
        try Self.expectImportRefused(victim, lines, reason: "already belongs to a contact")
    }

    // MARK: 5. Path traversal through sha256

    @Test("5. an attachment whose sha256 is a path is refused")
    func shaTraversal() throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let path = "../../../../etc/passwd"
        let traversal = path + String(repeating: "/", count: 64 - path.count)
        let lines = try Forger.mutate(try Self.sampleLines(attach: true), type: "attachment") { $0["sha256"] = traversal }
        try Forger(device: UUID().uuidString.lowercased(), shared: shared).write(seq: 1, lines: lines)
        try Self.expectHeldBack(victim, shared, reason: "not a SHA-256")
        try Self.expectImportRefused(victim, lines, reason: "not a SHA-256")
    }

    // MARK: 7. Symlinks inside the sync folder

    @Test("7. a device folder or files/ replaced by a symlink to the journal's folder: sync refuses, writes nothing there",
          arguments: ["device", "files"])
    func symlinks(_ which: String) throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let root = shared + "/recourse-sync/v1"
        let own = try Self.firstFile(of: victim, in: shared).device
        let target = which == "device" ? root + "/" + own : root + "/files"
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: victim.folder)
        try Self.log(victim, "招商银行", "第二次来电", at: "2026-11-19 10:00", ["--attach", victim.write("证据.txt", "证据")])
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: victim.folder).filter { !$0.hasPrefix(".") })
        let synced = try victim.run(["sync", shared])
        #expect(synced.status == 74, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stderr.contains("symbolic link"))
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: victim.folder).filter { !$0.hasPrefix(".") })
        #expect(after.subtracting(before).isEmpty, "nothing written into the journal's folder: \(after.subtracting(before))")
    }

    // MARK: 8. A mistyped passphrase

    @Test("8. a wrong passphrase is caught before anything is published; the right one then syncs")
    func wrongPassphrase() throws {
        let shared = try Self.sharedFolder()
        var first = RecourseProcess(), second = RecourseProcess()
        defer { first.cleanUp(); second.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        first.environment["RECOURSE_SYNC_PASSPHRASE"] = "correct horse battery staple"
        try Self.log(first, "中国移动", "套餐被擅自变更")
        #expect(try first.run(["sync", shared]).status == 0)
        second.environment["RECOURSE_SYNC_PASSPHRASE"] = "correct horse battery stapel"
        try Self.log(second, "招商银行", "信用卡年费争议")
        let devices = try FileManager.default.contentsOfDirectory(atPath: shared + "/recourse-sync/v1")
        let refused = try second.run(["sync", shared])
        #expect(refused.status == 65, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("passphrase"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared + "/recourse-sync/v1") == devices, "nothing published")
        second.environment["RECOURSE_SYNC_PASSPHRASE"] = "correct horse battery staple"
        let synced = try second.run(["sync", shared])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(try first.run(["sync", shared]).status == 0)
    }

    @Test("8. a passphrase file that is not UTF-8 is refused, never repaired")
    func passphraseNotUTF8() throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let path = victim.folder + "-passphrase"
        try Data([0x6B, 0x65, 0x79, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let synced = try victim.run(["sync", shared, "--passphrase-file", path])
        #expect(synced.status == 65, "\(synced.stderr)")
        #expect(synced.stderr.contains("UTF-8"))
    }

    // MARK: 9. Two syncs at once

    @Test("9. a second sync of the same journal says another is running (75) instead of publishing a rival file")
    func oneSyncAtATime() throws {
        let shared = try Self.sharedFolder()
        let victim = try Self.victim(shared)
        defer { victim.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let fd = open(victim.journal + ".sync-lock", O_RDWR | O_CREAT, 0o600)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        try Self.log(victim, "招商银行", "第二次来电", at: "2026-11-19 10:00")
        let busy = try victim.run(["sync", shared])
        flock(fd, LOCK_UN)
        close(fd)
        #expect(busy.status == 75, "\(busy.stdout)\(busy.stderr)")
        #expect(busy.stderr.contains("another sync"))
        #expect(try victim.run(["sync", shared]).status == 0)
    }

    // MARK: Cost grows with the change

    @Test("a sync reads only what changed: a peer's file applied before is not read again")
    func appliedFilesNotReread() throws {
        let shared = try Self.sharedFolder()
        let peer = RecourseProcess()
        defer { peer.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try Self.log(peer, "中国移动", "套餐被擅自变更")
        #expect(try peer.run(["sync", shared]).status == 0)
        let first = try Self.firstFile(of: peer, in: shared)
        let victim = try Self.victim(shared)
        defer { victim.cleanUp() }
        try Self.log(peer, "中国移动", "第二次来电", at: "2026-11-19 10:00")
        #expect(try peer.run(["sync", shared]).status == 0)
        // File 1 was applied: cut short now, it is not read again (its SHA-256 is in the ledger), and file 2 still applies.
        try Data("{}".utf8).write(to: URL(fileURLWithPath: first.path))
        let synced = try victim.run(["sync", shared])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(synced.stdout.contains("Applied file 2"))
    }

    // MARK: 10, 11. Outputs

    @Test("10. --output X --force never replaces a FIFO")
    func forceOnlyRegular() throws {
        let victim = RecourseProcess()
        defer { victim.cleanUp() }
        try Self.log(victim, "招商银行", "信用卡年费争议")
        let fifo = victim.outside + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = try victim.run(["export", "--format", "jsonl", "--output", fifo, "--force"])
        #expect(result.status == 74, "\(result.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still the FIFO")
    }

    @Test("11. a failed write to standard output (/dev/full) is one line and 74, not a crash",
          arguments: [["export", "--format", "jsonl"], ["export", "--format", "md"], ["import", "--template", "csv"]])
    func stdoutFull(_ arguments: [String]) throws {
        let victim = RecourseProcess()
        defer { victim.cleanUp() }
        try Self.log(victim, "招商银行", "信用卡年费争议")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RecourseProcess.binary)
        process.arguments = arguments
        process.environment = victim.environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74, "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
    }

    // MARK: 12. Masked exports

    @Test("12. re-importing a masked contacts.csv is refused with advice to use jsonl; the md export says it is masked")
    func maskedExport() throws {
        let victim = RecourseProcess()
        defer { victim.cleanUp() }
        try Self.log(victim, "招商银行", "卡号 6225880212340128 被盗刷")
        let folder = victim.outside + "/sheets"
        #expect(try victim.run(["export", "--format", "csv", "--output", folder]).status == 0)
        let before = try victim.fingerprint()
        let imported = try victim.run(["import", folder + "/contacts.csv"])
        #expect(imported.status == 65, "\(imported.stdout)\(imported.stderr)")
        #expect(imported.stderr.contains("jsonl"))
        #expect(try victim.fingerprint() == before)
        let markdown = try victim.run(["export", "--format", "md"])
        #expect(markdown.stdout.hasPrefix("> Masked export"))
    }
}
