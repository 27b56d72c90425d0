import Foundation
import Testing

/// What a new user gets without any set-up: the organization's kind and jurisdiction guessed and
/// shown, the right bodies, drafts in the recipient's language, clocks that read right.
@Suite("Defaults from what the user typed")
struct OrganizationDefaultsTests {
    @Test("log guesses kind and jurisdiction and says so; org edit fixes them; the guess decides bodies and language")
    func inferred() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let logged = try r.run(["log", "数字人民币钱包", "--summary", "转账失败", "--at", "2026-09-24 10:00", "--no-input"])
        #expect(logged.stdout.contains("New organization #1 数字人民币钱包\n  guessed kind wallet, jurisdiction CN; if wrong: recourse org edit 1"))
        let json = try #require(try r.run(["log", "Acme", "--no-input", "--json", "--at", "2026-09-24 10:10"]).json as? [String: Any])
        #expect((json["organization_guessed"] as? [String: Any])?["jurisdiction"] as? String == "CN")
        #expect((json["organization_guessed"] as? [String: Any])?["kind"] == nil)
        let london = try r.run(["log", "Northway Bank", "--no-input", "--at", "2026-09-24 10:10"], extraEnvironment: ["TZ": "Europe/London"])
        #expect(london.stdout.contains("guessed kind bank, jurisdiction GB"))

        // The wallet's complaint is in Chinese without --lang; 12315 is refused, 12363 and 12378 follow.
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-09-28", "--ref", "TS-5521"])
        #expect(try r.run(["draft", "complaint", "1", "--as-of", "2026-10-14 09:00"]).stdout.hasPrefix("# 投诉函"))
        let samr = try r.run(["draft", "regulator", "1", "--to", "cn.samr", "--as-of", "2026-10-14 09:00"])
        #expect(samr.status == 65 && samr.stderr.contains("cn.samr does not take complaints about a wallet"))
        let forced = try r.run(["draft", "regulator", "1", "--to", "cn.samr", "--force", "--as-of", "2026-10-14 09:00"]).stdout
        #expect(forced.contains("> ⚠ 前置条件未满足：市场监督管理部门（12315）不受理针对钱包的投诉"))
        // PBOC's 15 days run from its own forwarding, not from the complaint: 12363 takes the case once the firm has had it.
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.pboc", "--as-of", "2026-09-27 09:00"]).status == 65, "before the complaint")
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.pboc", "--as-of", "2026-10-01 09:00"]).status == 0)
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.pboc", "--as-of", "2026-10-14 09:00"]).status == 0)

        // A body's own language: a Chinese regulator gets Chinese even about an English-named firm; FOS gets English.
        try r.run(["org", "edit", "2", "--kind", "payment", "--jurisdiction", "CN"])
        #expect(try r.run(["draft", "regulator", "2", "--to", "cn.nfra", "--force"]).stdout.hasPrefix("# 投诉材料："))
        #expect(try r.run(["draft", "regulator", "3", "--to", "uk.fos", "--force"]).stdout.hasPrefix("# Submission to the Financial Ombudsman"))
        #expect(try r.run(["draft", "regulator", "3", "--to", "uk.fos", "--force", "--lang", "zh"]).stdout.hasPrefix("# 投诉材料："))

        // org edit: bad input changes nothing.
        let before = try r.fingerprint()
        #expect(try r.run(["org", "edit", "1"]).status == 65)
        #expect(try r.run(["org", "edit", "9", "--kind", "bank"]).status == 66)
        #expect(try r.run(["org", "edit", "1", "--kind", "spaceship"]).status == 64)
        #expect(try r.run(["org", "edit", "1", "--jurisdiction", "China!"]).status == 64)
        #expect(try r.run(["org", "edit", "1", "--name", "Acme"]).status == 65, "another organization's name")
        #expect(try r.fingerprint() == before)
        let edited = try r.run(["org", "edit", "1", "--name", "e-CNY Wallet", "--address", "北京市西城区金融大街1号", "--at", "2026-10-14 09:30"])
        #expect(edited.stdout == "Organization #1 e-CNY Wallet: kind wallet, jurisdiction CN, address 北京市西城区金融大街1号\n")
        #expect(try r.run(["log", "数字人民币钱包", "--summary", "again", "--no-input", "--at", "2026-10-14 10:00"]).stdout.contains("(e-CNY Wallet)"),
                "the old name still finds it")
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.samr", "--force", "--as-of", "2026-10-14 11:00"]).stdout
                .contains("**被投诉人地址**（必填）：北京市西城区金融大街1号"))
    }

    @Test("agenda: no 'open since' for a body already submitted to; an answer-due date passes unanswered")
    func agendaWords() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "招商银行", "--kind", "bank", "--jurisdiction", "CN"])
        try r.run(["log", "招商银行", "--summary", "扣款两次", "--at", "2026-09-20 10:00", "--no-input"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-09-28"])
        try r.run(["escalate", "1", "--to", "cn.nfra", "--at", "2026-10-14 09:30"])
        let agenda = try r.run(["agenda", "--as-of", "2026-11-14 09:00"]).stdout
        #expect(!agenda.contains("(cn.nfra): open since"))
        #expect(agenda.contains("(cn.nfra): passed unanswered Thu 29 Oct 23:59"))
        #expect(!agenda.contains("(cn.pboc)"), "a bank is NFRA's, not PBOC's, since 2024")
    }
}
