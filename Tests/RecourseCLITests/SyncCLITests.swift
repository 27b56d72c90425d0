import Foundation
import Testing

/// `recourse sync` between real journals (each its own folder, as on separate devices) through a
/// real shared folder, run with the built binary.
@Suite("Sync: devices that share a folder")
struct SyncCLITests {
    /// A device: a journal in its own temporary folder.
    private static func device() -> RecourseProcess { RecourseProcess() }

    /// A shared folder apart from every journal's folder.
    private static func sharedFolder() throws -> String {
        let path = NSTemporaryDirectory() + "recourse-shared-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// What `show CASE --json` says about the contacts, without local ids: uuid, time, summary,
    /// promises' texts and attachments' SHA-256.
    static func contacts(_ r: RecourseProcess, case id: Int = 1) throws -> [String] {
        let shown = try r.run(["show", String(id), "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let contacts = (shown.json as? [String: Any])?["contacts"] as? [[String: Any]] ?? []
        return contacts.map { entry in
            let contact = entry["contact"] as? [String: Any] ?? [:]
            let promises = (entry["promises"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            let files = (entry["attachments"] as? [[String: Any]] ?? []).compactMap { $0["sha256"] as? String }
            return [contact["uuid"], contact["occurred_at"], contact["summary"]].map { "\($0 ?? "-")" }.joined(separator: " ")
                + " promises=\(promises) files=\(files)"
        }.sorted()
    }

    @discardableResult
    private static func sync(_ r: RecourseProcess, _ shared: String, _ extra: [String] = [], status: Int32 = 0) throws -> RecourseProcess.Result {
        let result = try r.run(["sync", shared] + extra)
        #expect(result.status == status, "sync: \(result.stdout)\(result.stderr)")
        return result
    }

    @Test("done when: A logs three contacts with a promise and an attachment and syncs; B syncs, logs one, syncs; A syncs: the same four contacts and file, both verify")
    func doneWhen() throws {
        let a = Self.device(), b = Self.device()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let screenshot = a.write("截图.png", "套餐变更短信截图")
        #expect(try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--promise", "24小时内回电", "--due", "2026-11-20",
                           "--attach", screenshot, "--at", "2026-11-18 10:00", "--no-input"]).status == 0)
        #expect(try a.run(["log", "中国移动", "--summary", "催办，无人回电", "--at", "2026-11-21 09:00", "--no-input"]).status == 0)
        #expect(try a.run(["log", "中国移动", "--summary", "答应恢复原套餐", "--at", "2026-11-22 09:00", "--no-input"]).status == 0)
        let first = try Self.sync(a, shared, ["--name", "笔记本"])
        #expect(first.stdout.contains("Published change file 1"))

        try Self.sync(b, shared, ["--name", "台式机"])
        #expect(try Self.contacts(b) == Self.contacts(a))
        #expect(try b.run(["log", "中国移动", "--summary", "已恢复原套餐", "--at", "2026-11-23 09:00", "--no-input"]).status == 0)
        try Self.sync(b, shared)
        try Self.sync(a, shared)

        let onA = try Self.contacts(a), onB = try Self.contacts(b)
        #expect(onA.count == 4)
        #expect(onA == onB)
        #expect(onA.filter { $0.contains("files=[\"") }.count == 1, "the screenshot on both")
        for device in [a, b] {
            let verified = try device.run(["verify", "--deep"])
            #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        }
    }

    @Test("syncing again changes nothing: no new file, no journal change, 'nothing new' both ways")
    func idempotent() throws {
        let a = Self.device(), b = Self.device()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        try Self.sync(a, shared)
        try Self.sync(b, shared)
        try Self.sync(a, shared)
        let files = Self.listing(shared)
        let journals = (try a.fingerprint(), try b.fingerprint())
        for device in [a, b] {
            let again = try Self.sync(device, shared)
            #expect(again.stdout.contains("Nothing new to publish") && again.stdout.contains("Nothing new from other devices"))
        }
        #expect(Self.listing(shared) == files)
        #expect(try a.fingerprint() == journals.0)
        #expect(try b.fingerprint() == journals.1)
    }

    @Test("a truncated or altered change file is refused without harm (exit 1), and applied once it is whole", arguments: ["truncated", "altered"])
    func damagedFile(_ damage: String) throws {
        let a = Self.device(), b = Self.device()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        try Self.sync(a, shared)
        try Self.sync(b, shared)
        try a.run(["log", "中国移动", "--summary", "第二次来电", "--at", "2026-11-19 10:00", "--no-input"])
        try Self.sync(a, shared)
        let second = try #require(Self.listing(shared).first { $0.hasSuffix("00000002.jsonl") })
        let good = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + second))
        var bad = good
        if damage == "truncated" {
            bad = good.prefix(good.count * 2 / 3)
        } else {
            bad = Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "第二次来电", with: "第三次来电").utf8)
        }
        try bad.write(to: URL(fileURLWithPath: shared + "/" + second))
        let before = try b.fingerprint()
        let refused = try Self.sync(b, shared, status: 1)
        #expect(refused.stdout.contains("00000002.jsonl"))
        #expect(refused.stdout.contains(damage == "truncated" ? "incomplete" : "checksum"))
        #expect(try b.fingerprint() == before, "nothing from the damaged file was applied")
        let status = try b.run(["sync", "--status", shared])
        #expect(status.stdout.contains("held back at"), "\(status.stdout)")

        try good.write(to: URL(fileURLWithPath: shared + "/" + second))
        let repaired = try Self.sync(b, shared)
        #expect(repaired.stdout.contains("Applied file 2"))
        #expect(try Self.contacts(b) == Self.contacts(a))
    }

    @Test("one contact corrected on two devices without seeing each other: both kept, a conflict shown, the same version on both")
    func concurrentCorrection() throws {
        let a = Self.device(), b = Self.device()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        try Self.sync(a, shared)
        try Self.sync(b, shared)
        #expect(try a.run(["correct", "1", "--summary", "套餐被擅自变更为 199 元", "--reason", "补充金额"]).status == 0)
        #expect(try b.run(["correct", "1", "--summary", "套餐被擅自变更（客服承认）", "--reason", "补充"]).status == 0)
        try Self.sync(a, shared)
        let onB = try Self.sync(b, shared)
        #expect(onB.stdout.contains("1 conflict"), "\(onB.stdout)")
        let onA = try Self.sync(a, shared)
        #expect(onA.stdout.contains("1 conflict"), "\(onA.stdout)")
        #expect(try Self.contacts(a) == Self.contacts(b), "the same version shown on both")
        for device in [a, b] {
            let status = try device.run(["sync", "--status", shared])
            #expect(status.stdout.contains("to review: 1"), "\(status.stdout)")
            #expect(try device.run(["verify"]).status == 0)
        }
    }

    @Test("--status: events waiting to be published, each peer's files waiting to be applied")
    func statusNumbers() throws {
        let a = Self.device(), b = Self.device()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        let fresh = try a.run(["sync", "--status", shared, "--json"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let freshJSON = try #require(fresh.json as? [String: Any])
        #expect(freshJSON["published_files"] as? Int == 0)
        #expect((freshJSON["unpublished_events"] as? Int ?? 0) > 0)

        try Self.sync(a, shared, ["--name", "笔记本"])
        try a.run(["log", "中国移动", "--summary", "第二次来电", "--at", "2026-11-19 10:00", "--no-input"])
        try Self.sync(a, shared)
        try a.run(["log", "中国移动", "--summary", "第三次来电", "--at", "2026-11-20 10:00", "--no-input"])
        let onA = try #require(try a.run(["sync", "--status", shared, "--json"]).json as? [String: Any])
        #expect(onA["published_files"] as? Int == 2)
        #expect((onA["unpublished_events"] as? Int ?? 0) > 0)

        let onB = try #require(try b.run(["sync", "--status", shared, "--json"]).json as? [String: Any])
        let peers = try #require(onB["peers"] as? [[String: Any]])
        #expect(peers.count == 1)
        #expect(peers.first?["name"] as? String == "笔记本")
        #expect(peers.first?["files"] as? Int == 2 && peers.first?["pending"] as? Int == 2 && peers.first?["applied"] as? Int == 0)
        try Self.sync(b, shared)
        let after = try #require(try b.run(["sync", "--status", shared, "--json"]).json as? [String: Any])
        let peer = try #require((after["peers"] as? [[String: Any]])?.first)
        #expect(peer["pending"] as? Int == 0 && peer["applied"] as? Int == 2)
        #expect(after["unpublished_events"] as? Int == 0, "imported events are not this device's to publish")
    }

    @Test("a folder that is or holds the journal's folder is refused (65), a missing one (66); nothing written")
    func refusedFolders() throws {
        let r = Self.device()
        defer { r.cleanUp() }
        try r.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        let before = try r.fingerprint()
        let inside = r.folder + "/shared"
        try FileManager.default.createDirectory(atPath: inside, withIntermediateDirectories: true)
        for (folder, status) in [(r.folder, Int32(65)), (inside, 65), (".", 65), ((r.folder as NSString).deletingLastPathComponent, 65),
                                 (r.folder + "-nowhere", 66)] {
            let result = try r.run(["sync", folder])
            #expect(result.status == status, "\(folder): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try r.run(["sync", "--status", folder]).status == status)
        }
        #expect(try r.fingerprint() == before)
        #expect(!FileManager.default.fileExists(atPath: inside + "/recourse-sync"))
        #expect(try r.run(["sync", "--status", r.outside, "--new-device"]).status == 64)
    }

    /// Every file under `folder`, relative, sorted.
    private static func listing(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") }.sorted()
    }
}

extension SyncCLITests {
    @Test("a journal file copied to another device is caught (65) and --new-device gives the copy its own identity")
    func copiedJournal() throws {
        let a = RecourseProcess(), copy = RecourseProcess()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); copy.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-18 10:00", "--no-input"])
        try FileManager.default.copyItem(atPath: a.journal, toPath: copy.journal)
        try a.run(["log", "中国移动", "--summary", "在甲上记录", "--at", "2026-11-19 10:00", "--no-input"])
        try copy.run(["log", "中国移动", "--summary", "在副本上记录", "--at", "2026-11-19 11:00", "--no-input"])
        #expect(try a.run(["sync", shared]).status == 0)
        let before = try copy.fingerprint()
        let caught = try copy.run(["sync", shared])
        #expect(caught.status == 65, "\(caught.stdout)\(caught.stderr)")
        #expect(caught.stderr.contains("--new-device"))
        #expect(try copy.fingerprint() == before)
        #expect(try copy.run(["sync", shared, "--new-device"]).status == 0)
        #expect(try a.run(["sync", shared]).status == 0)
        let summaries = { (r: RecourseProcess) in try r.run(["search", "记录"]).stdout }
        #expect(try summaries(a).contains("在副本上记录") && summaries(copy).contains("在甲上记录"))
        #expect(try a.run(["verify"]).status == 0 && copy.run(["verify"]).status == 0)
    }
}

extension SyncCLITests {
    @Test("with a passphrase the folder holds nothing readable; without it or with a wrong one the files wait; with it they apply")
    func encrypted() throws {
        let a = RecourseProcess(), b = RecourseProcess()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        let screenshot = a.write("截图.png", "银行短信截图：验证码 8812")
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--attach", screenshot, "--at", "2026-11-18 10:00", "--no-input"])
        let secret = a.outside + "/passphrase"
        try "正确的口令 staple\n".write(toFile: secret, atomically: true, encoding: .utf8)
        #expect(try a.run(["sync", shared, "--passphrase-file", secret]).status == 0)
        for file in FileManager.default.enumerator(atPath: shared)?.allObjects as? [String] ?? [] {
            let bytes = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: shared + "/" + file))) ?? Data(), as: UTF8.self)
            #expect(!bytes.contains("套餐") && !bytes.contains("验证码") && !bytes.contains("中国移动"), "\(file) is readable")
        }

        let without = try b.run(["sync", shared])
        #expect(without.status == 1 && without.stdout.contains("encrypted"), "\(without.stdout)\(without.stderr)")
        let wrong = try b.run(["sync", shared], extraEnvironment: ["RECOURSE_SYNC_PASSPHRASE": "错误的口令"])
        // Issue 21: caught against the folder's key-check before anything is published.
        #expect(wrong.status == 65 && wrong.stderr.contains("passphrase does not match"), "\(wrong.stdout)\(wrong.stderr)")
        #expect(try b.run(["cases"]).stdout.contains("中国移动") == false)

        let right = try b.run(["sync", shared], extraEnvironment: ["RECOURSE_SYNC_PASSPHRASE": "正确的口令 staple"])
        #expect(right.status == 0, "\(right.stdout)\(right.stderr)")
        #expect(try Self.contacts(b) == Self.contacts(a))
        #expect(try b.run(["verify", "--deep"]).status == 0)
        let empty = b.write("empty", "\n")
        #expect(try b.run(["sync", shared, "--passphrase-file", empty]).status == 65)
        #expect(try b.run(["sync", shared, "--passphrase-file", b.folder + "/nowhere"]).status == 74)
    }
}

extension SyncCLITests {
    @Test("a change file whose evidence file has not arrived yet waits (exit 1, journal unchanged) and applies once it has")
    func evidenceArrivesLater() throws {
        let a = RecourseProcess(), b = RecourseProcess()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try a.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--attach", a.write("截图.png", "短信截图"), "--at", "2026-11-18 10:00", "--no-input"])
        try Self.sync(a, shared)
        try Self.sync(b, shared, ["--name", "台式机"])
        try a.run(["log", "中国移动", "--summary", "又一张截图", "--attach", a.write("截图2.png", "第二张"), "--at", "2026-11-19 10:00", "--no-input"])
        try Self.sync(a, shared)
        let files = shared + "/recourse-sync/v1/files"
        let newest = try #require(try FileManager.default.contentsOfDirectory(atPath: files).first { name in
            (try? String(contentsOfFile: files + "/" + name, encoding: .utf8)) == "第二张"
        })
        try FileManager.default.moveItem(atPath: files + "/" + newest, toPath: b.outside + "/" + newest)
        let before = try b.fingerprint()
        let waiting = try Self.sync(b, shared, status: 1)
        #expect(waiting.stdout.contains("has not arrived") && waiting.stdout.contains(newest), "\(waiting.stdout)")
        #expect(try b.fingerprint() == before)
        try FileManager.default.moveItem(atPath: b.outside + "/" + newest, toPath: files + "/" + newest)
        try Self.sync(b, shared)
        #expect(try Self.contacts(b) == Self.contacts(a))
        #expect(try b.run(["verify", "--deep"]).status == 0)
    }
}
