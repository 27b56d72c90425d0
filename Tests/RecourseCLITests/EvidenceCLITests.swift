import Foundation
import GRDB
import Testing

@Suite("End to end: search, backup, verify, config")
struct EvidenceCLITests {
    @Test("search finds Chinese substrings and short words, newest first, in text and JSON")
    func search() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "工商银行", "--summary", "从钱包转账失败，资金未到账", "--ref", "CS-88", "--no-input"])
        try r.run(["log", "工商银行", "--summary", "申请退款，客服说三天内处理", "--no-input"])
        let text = try r.run(["search", "转账失败"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("#1") && text.stdout.contains("从钱包转账失败"))
        let json = try #require((try r.run(["search", "退款", "--json"]).json as? [String: Any])?["results"] as? [[String: Any]])
        #expect(json.compactMap { ($0["contact"] as? [String: Any])?["id"] as? Int } == [2])
        #expect(try r.run(["search", "nothing-like-this"]).stdout == "No contact mentions 'nothing-like-this'.\n")
    }

    @Test("backup writes a consistent copy beside the journal that is itself healthy")
    func backup() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "paid"), "--no-input"])
        let result = try r.run(["backup", "--json", "--as-of", "2026-11-25 09:00"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = try #require((result.json as? [String: Any])?["backup"] as? String)
        #expect(path == r.folder + "/backups/journal-20261125T010000Z.sqlite")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let copy = try r.run(["doctor", "--deep", "--db", path])
        #expect(copy.status == 0, "\(copy.stdout)")
        #expect(try r.run(["verify", "--json", "--db", path]).json as? [String: Any] != nil)
    }

    @Test("verify through the binary: intact, then a record changed behind its back")
    func verify() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--agent", "Ann", "--no-input"])
        let intact = try r.run(["verify"])
        #expect(intact.status == 0 && intact.stdout.hasPrefix("Intact: "))
        let queue = try DatabaseQueue(path: r.journal)
        try queue.write { db in try db.execute(sql: "UPDATE contact SET agent = 'Bob' WHERE id = 1") }
        try queue.close()
        let tampered = try r.run(["verify"])
        #expect(tampered.status == 1)
        #expect(tampered.stdout.contains("\n  Contact #1 was changed outside Recourse"))
        let json = try #require(try r.run(["verify", "--json"]).json as? [String: Any])
        #expect(json["intact"] as? Bool == false)
    }

    @Test("config list shows every setting and where the file is")
    func configList() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["config", "set", "quiet-days", "10"])
        let list = try r.run(["config"])
        #expect(list.stdout.contains("quiet-days = 10\n") && list.stdout.contains("region = (from TZ: CN)"))
        #expect(list.stdout.hasSuffix("# \(r.folder)/.config/recourse/config\n"))
    }
}
