import Foundation
import Testing

@Suite("Drafts: complaint letters from the history")
struct DraftTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The demo journal at a fixed moment, with a signature profile.
    private func demo() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        try r.run(["profile", "set", "name", "王小明"])
        try r.run(["profile", "set", "phone", "13800001234"])
        return r
    }

    @Test("the built-in letters render exactly as the checked-in files", arguments: [(1, "zh"), (2, "en"), (3, "en")])
    func golden(_ caseID: Int, _ lang: String) throws {
        let r = try demo()
        defer { r.cleanUp() }
        let letter = try r.run(["draft", "complaint", "\(caseID)", "--lang", lang, "--as-of", "2026-11-25 09:00"])
        #expect(letter.status == 0, "\(letter.stderr)")
        let head = try #require((try r.run(["verify", "--json"]).json as? [String: Any])?["head"] as? String)
        #expect(letter.stdout.hasSuffix(head + "\n"), "the letter quotes the journal's chain head")
        let expected = try String(contentsOf: Self.golden.appendingPathComponent("complaint-\(caseID).\(lang).md"), encoding: .utf8)
        #expect(letter.stdout.replacingOccurrences(of: head, with: "<fingerprint>") == expected)
    }

    @Test("numbers are masked by default and shown with --no-redact")
    func redaction() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let masked = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(masked.contains("**账户/订单：** ****7890") && masked.contains("（电话：****1234）"))
        #expect(!masked.contains("6222 0212") && !masked.contains("13800001234"))
        let full = try r.run(["draft", "complaint", "1", "--no-redact", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(full.contains("6222 0212 3456 7890") && full.contains("13800001234"))
    }

    @Test("the deadline follows the recorded complaint and the rule that applies")
    func deadline() throws {
        let r = try demo()
        defer { r.cleanUp() }
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-02", "--as-of", "2026-11-25 09:00"])
        let letter = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(letter.contains("请贵司自收到投诉之日起15日内（即 2026年11月17日 前）书面答复"))
        #expect(letter.contains("本人将向国家金融监督管理总局"))
    }

    @Test("a user template is used; a broken one is an error naming the file and line")
    func templates() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let mine = r.write("mine.mustache", "To {{{organization}}} from {{{complainant_name}}}: {{#promises}}[{{{.}}}]{{/promises}}\n")
        let custom = try r.run(["draft", "complaint", "2", "--template", mine, "--as-of", "2026-11-25 09:00"])
        #expect(custom.stdout.hasPrefix("To Northway Bank from 王小明: [13 Nov 2026 09:40: you promised “refund the duplicate £84.99”"))
        let broken = r.write("broken.mustache", "line one\n{{#contacts}}\nnever closed\n")
        let error = try r.run(["draft", "complaint", "2", "--template", broken])
        #expect(error.status == 65)
        #expect(error.stderr.hasPrefix("recourse: template \(broken):"))
        #expect(try r.run(["draft", "complaint", "2", "--template", r.folder + "/none.mustache"]).status == 74)
        #expect(try r.run(["draft", "complaint", "9"]).status == 66)
        #expect(try r.run(["draft", "complaint", "1", "--lang", "fr"]).status == 64)
    }

    @Test("--output writes a private file")
    func output() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let path = r.folder + "/投诉.md"
        #expect(try r.run(["draft", "complaint", "1", "--output", path]).stdout == "Wrote the complaint letter to \(path)\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# 投诉函"))
    }
}
