import Foundation
import Testing

/// A command that must succeed, with its output in the failure message.
private func ok(_ result: RecourseProcess.Result, _ what: String = "") {
    #expect(result.status == 0, "\(what): \(result.stdout)\(result.stderr)")
}

/// A repair made on one device holds on every other: a void and a move travel through `export`/
/// `import` and `sync` (issue #22), through the one admission gate, with the built binary.
@Suite("Repairs travel: voids and moves through export, import and sync")
struct RepairTravelTests {
    private static let zh = ["--lang", "zh"]

    private static func sharedFolder() throws -> String {
        let path = NSTemporaryDirectory() + "recourse-shared-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Case #1 at 京东: a real call with a promise, and a call logged twice by mistake with its own promise.
    private static func story(_ r: RecourseProcess) throws {
        ok(try r.run(["log", "京东", "--summary", "退款未到账", "--promise", "三天内退款", "--due", "2026-11-20",
                      "--at", "2026-11-10 10:00", "--no-input"]))
        ok(try r.run(["log", "京东", "--summary", "重复记录的电话", "--promise", "明天回电", "--due", "2026-11-11",
                      "--at", "2026-11-10 10:05", "--no-input"]))
    }

    /// What a device shows of the voided call: the agenda, the case's live contacts, the letter, the count.
    private static func expectVoided(_ r: RecourseProcess, _ device: String) throws {
        let agenda = try r.run(["agenda", "--days", "14", "--as-of", "2026-11-11 08:00"] + zh)
        ok(agenda, "\(device) agenda")
        #expect(agenda.stdout.contains("三天内退款"), "\(device): \(agenda.stdout)")
        #expect(!agenda.stdout.contains("明天回电"), "\(device): the voided call's promise is gone: \(agenda.stdout)")
        let letter = try r.run(["draft", "complaint", "1"] + zh)
        ok(letter, "\(device) draft")
        #expect(letter.stdout.contains("退款未到账"), "\(device): \(letter.stdout)")
        #expect(!letter.stdout.contains("重复记录"), "\(device): the letter leaves the voided call out: \(letter.stdout)")
        let cases = (try r.run(["cases", "--json"]).json as? [String: Any])?["cases"] as? [[String: Any]] ?? []
        #expect(cases.first?["contact_count"] as? Int == 1, "\(device): \(cases)")
        let history = try r.run(["show", "1", "--history"] + zh)
        #expect(history.stdout.contains("作废联系") && history.stdout.contains("记重复了"), "\(device): kept in the history: \(history.stdout)")
    }

    @Test("A voids a contact B already holds and syncs; B syncs and leaves it out of agenda, letter and counts, as A does")
    func voidThroughSync() throws {
        let a = RecourseProcess(), b = RecourseProcess()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        try Self.story(a)
        ok(try a.run(["sync", shared, "--name", "A"]))
        ok(try b.run(["sync", shared, "--name", "B"]))
        ok(try a.run(["void", "2", "--reason", "记重复了", "--at", "2026-11-10 10:30"] + Self.zh))
        ok(try a.run(["sync", shared]))
        ok(try b.run(["sync", shared]))
        try Self.expectVoided(a, "A")
        try Self.expectVoided(b, "B")
        // Syncing again brings nothing new.
        #expect(try b.run(["sync", shared]).stdout.contains("Nothing new from other devices"))
        for device in [a, b] { ok(try device.run(["verify", "--deep"]), "verify") }
    }

    @Test("export → import into a fresh journal keeps the void (format 2); a file without voids stays format 1")
    func voidThroughExport() throws {
        let a = RecourseProcess(), fresh = RecourseProcess()
        defer { a.cleanUp(); fresh.cleanUp() }
        try Self.story(a)
        let plain = a.outside + "/plain.jsonl"
        ok(try a.run(["export", "--output", plain]))
        #expect(try String(contentsOfFile: plain, encoding: .utf8).hasPrefix("{") &&
                String(contentsOfFile: plain, encoding: .utf8).split(separator: "\n")[0].contains(#""version":1"#))
        ok(try a.run(["void", "2", "--reason", "记重复了", "--at", "2026-11-10 10:30"] + Self.zh))
        let file = a.outside + "/all.jsonl"
        ok(try a.run(["export", "--output", file]))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.split(separator: "\n")[0].contains(#""version":2"#), "\(text)")
        #expect(text.contains(#""void":{"reason":"记重复了","voided_at":"#), "\(text)")
        ok(try fresh.run(["import", file]), "import")
        try Self.expectVoided(fresh, "fresh")
        // Exported again, the fresh journal gives the same record lines.
        let again = fresh.outside + "/again.jsonl"
        ok(try fresh.run(["export", "--output", again]))
        let records = { (text: String) in text.split(separator: "\n").dropFirst().filter { !$0.contains(#""type":"event""#) } }
        #expect(records(try String(contentsOfFile: again, encoding: .utf8)) == records(text))
    }

    @Test("a bad void in a file is refused at the gate with its line, and the journal stays as it was")
    func badVoidRefused() throws {
        let a = RecourseProcess(), b = RecourseProcess()
        defer { a.cleanUp(); b.cleanUp() }
        try Self.story(a)
        ok(try a.run(["void", "2", "--reason", "记重复了", "--at", "2026-11-10 10:30"]))
        let file = a.outside + "/all.jsonl"
        ok(try a.run(["export", "--output", file]))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        ok(try b.run(["log", "中国移动", "--summary", "B 自己的电话", "--at", "2026-11-09 09:00", "--no-input"]))
        let before = try b.fingerprint()
        let voidedAt = try Regex(#""voided_at":[0-9]+"#)
        let forgeries = [
            (text.replacingOccurrences(of: #""reason":"记重复了""#, with: #""reason":"  ""#), "reason"),
            (text.replacing(voidedAt, with: #""voided_at":99999999999"#), "voided_at"),
            (text.replacing(voidedAt, with: #""voided_at":1,"by":"x""#), "void.by"),
        ]
        for (forgery, field) in forgeries {
            let forged = b.outside + "/forged.jsonl"
            try forgery.write(toFile: forged, atomically: true, encoding: .utf8)
            let refused = try b.run(["import", forged])
            #expect(refused.status == 65, "\(refused.stderr)")
            #expect(refused.stderr.contains("line ") && refused.stderr.contains(field), "\(refused.stderr)")
            #expect(try b.fingerprint() == before)
        }
    }

    @Test("A moves a call logged under the wrong company and syncs; B shows it on the right case")
    func moveThroughSync() throws {
        let a = RecourseProcess(), b = RecourseProcess()
        let shared = try Self.sharedFolder()
        defer { a.cleanUp(); b.cleanUp(); try? FileManager.default.removeItem(atPath: shared) }
        ok(try a.run(["log", "京东", "--summary", "退款未到账", "--at", "2026-11-10 10:00", "--no-input"]))
        ok(try a.run(["log", "中国联通", "--summary", "京东客服答应加急", "--at", "2026-11-11 10:00", "--no-input"]))
        ok(try a.run(["sync", shared]))
        ok(try b.run(["sync", shared]))
        ok(try a.run(["move", "2", "--case", "1", "--reason", "记错了公司", "--at", "2026-11-11 11:00"] + Self.zh))
        ok(try a.run(["sync", shared]))
        ok(try b.run(["sync", shared]))
        for (device, r) in [("A", a), ("B", b)] {
            let cases = (try r.run(["cases", "--json"]).json as? [String: Any])?["cases"] as? [[String: Any]] ?? []
            let counts = cases.map { $0["contact_count"] as? Int ?? -1 }
            #expect(counts.sorted() == [0, 2], "\(device): \(cases)")
            #expect(try r.run(["draft", "complaint", "1"] + Self.zh).stdout.contains("京东客服答应加急"), "\(device)")
        }
    }
}
