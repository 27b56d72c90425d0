import Foundation
import Testing

/// `recourse prep CASE` on the demo journal, checked against golden sheets (issue #12).
@Suite("Preparation sheets")
struct PrepCLITests {
    static let goldens: [(String, [String])] = [
        ("prep-1.zh.md", ["prep", "1", "--lang", "zh"]),
        ("prep-2.en.md", ["prep", "2"]),
        ("prep-1.en.txt", ["prep", "1", "--lang", "en", "--format", "txt"]),
    ]

    @Test("the sheets render exactly as the checked-in files, and fit on one screen", arguments: goldens)
    func golden(_ file: String, _ arguments: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        let sheet = try r.run(arguments + ["--as-of", "2026-11-25 09:00"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let expected = try String(contentsOf: DraftTests.golden.appendingPathComponent(file), encoding: .utf8)
        #expect(sheet.stdout == expected)
        #expect(sheet.stdout.split(separator: "\n", omittingEmptySubsequences: false).count <= 40)
        #expect(!sheet.stdout.contains("6222"), "account numbers are masked")
    }

    @Test("a case that does not exist is not found; a bad language is a usage error")
    func errors() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        #expect(try r.run(["prep", "99"]).status == 66)
        #expect(try r.run(["prep", "1", "--lang", "fr"]).status == 64)
    }

    @Test("case edit records the transaction's time, counterparty and device; show and prep use them; \"\" clears; verify passes")
    func transactionFacts() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "中国银行", "--number", "95566", "--summary", "转账失败", "--at", "2026-11-21 10:00", "--no-input"]).status == 0)
        let before = try r.run(["prep", "1", "--lang", "zh"]).stdout
        #expect(before.contains("- 交易时间、对方账户、错误提示：请对照账单或截图\n- 设备型号、系统版本与App版本（如涉及App）\n"), "\(before)")

        let edit = try r.run(["case", "edit", "1", "--transaction-at", "2026-11-02 14:31", "--counterparty", "某某商户",
                              "--device", "iPhone 13, iOS 17.5, 支付宝 10.6"])
        #expect(edit.status == 0, "\(edit.stderr)")
        let show = try r.run(["show", "1", "--lang", "zh"]).stdout
        #expect(show.contains("\n交易时间 11月2日 周一 14:31 · 交易对方 某某商户 · 设备 iPhone 13, iOS 17.5, 支付宝 10.6\n"), "\(show)")
        let prep = try r.run(["prep", "1", "--lang", "zh"]).stdout
        #expect(prep.contains("- 交易时间：2026年11月2日 14:31；交易对方：某某商户；错误提示：请对照账单或截图\n- 设备与版本：iPhone 13, iOS 17.5, 支付宝 10.6\n"), "\(prep)")
        let en = try r.run(["prep", "1", "--lang", "en"]).stdout
        #expect(en.contains("- Device and versions: iPhone 13, iOS 17.5, 支付宝 10.6\n"), "\(en)")
        let facts = (try r.run(["show", "1", "--json"]).json as? [String: Any])?["facts"] as? [String: Any]
        #expect(facts?["counterparty"] as? String == "某某商户")
        #expect(facts?["transaction_at"] as? String == "2026-11-02T14:31:00+08:00")

        #expect(try r.run(["case", "edit", "1", "--device", ""]).status == 0)
        let cleared = (try r.run(["show", "1", "--json"]).json as? [String: Any])?["facts"] as? [String: Any]
        #expect(cleared?["device"] == nil && cleared?["counterparty"] as? String == "某某商户")
        #expect(try r.run(["show", "1", "--history"]).stdout.contains("device: iPhone 13, iOS 17.5, 支付宝 10.6 → —"))
        #expect(try r.run(["verify"]).status == 0)
    }

    @Test("a transaction time in the future is exit 65 with the journal unchanged")
    func futureTransaction() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "中国银行", "--summary", "转账失败", "--no-input"]).status == 0)
        let before = try r.fingerprint()
        let result = try r.run(["case", "edit", "1", "--transaction-at", "2099-01-01"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("recourse: --transaction-at '2099-01-01' ("), "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(try r.fingerprint() == before)
    }

    @Test("a Regulation E draft dates the error by the recorded transaction time, else by the first contact")
    func regulatorDraftErrorDate() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "America/New_York"
        defer { r.cleanUp() }
        #expect(try r.run(["log", "Harbor Bank", "--summary", "transfer missing", "--at", "2026-09-16 09:40", "--no-input"]).status == 0)
        // Regulation E covers electronic transfers: the case says it is one.
        #expect(try r.run(["case", "edit", "1", "--category", "transaction"]).status == 0)
        #expect(try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "en"]).stdout.contains("**Date** (required): 16 September 2026"))
        #expect(try r.run(["case", "edit", "1", "--transaction-at", "2026-09-14 08:05"]).status == 0)
        let draft = try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "en"]).stdout
        #expect(draft.contains("**Date** (required): 14 September 2026"), "\(draft)")
    }
}
