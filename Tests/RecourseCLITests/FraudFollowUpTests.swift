import Foundation
import Testing

/// The gaps the first fraud path left (issue #20, follow-up): numbers redacted by whose they are,
/// `log --json` telling of the mark, and the FOS after a refused or late APP claim.
@Suite("Fraud path follow-up: whose numbers, log --json, the FOS after an APP claim")
struct FraudFollowUpTests {
    static func expectOK(_ result: RecourseProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("numbers typed into an impersonation's summary are the fraudster's: readable in draft police and draft bank, listed by --check; the user's own card stays masked")
    func suspectNumbersInFreeText() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["profile", "set", "name", "王小明"]))
        try Self.expectOK(r.run(["profile", "set", "bank", "中国银行"]))
        try Self.expectOK(r.run(["log", "京东金融", "--direction", "inbound",
                                 "--summary", "对方用 170 1234 5678 来电，让我从我的卡 6217 0000 1234 5678 转到 6222 0212 3456 7890 123，并打开 http://jd-safe.top/verify",
                                 "--at", "2026-12-01 10:00", "--impersonation", "--no-input", "--lang", "zh"]))
        for document in ["police", "bank"] {
            let draft = try r.run(["draft", document, "1", "--lang", "zh"])
            #expect(draft.status == 0, "\(draft.stderr)")
            #expect(draft.stdout.contains("170 1234 5678"), "\(document): the fraudster's phone is readable\n\(draft.stdout)")
            #expect(draft.stdout.contains("诈骗分子提供的账户：6222 0212 3456 7890 123"), "\(document): the receiving account is readable and listed")
            #expect(!draft.stdout.contains("6217 0000 1234 5678") && !draft.stdout.contains("6217000012345678"), "\(document): the user's own card is not sent")
            if document == "police" { #expect(draft.stdout.contains("我的卡 ••••5678"), "\(draft.stdout)") }
        }
        let check = try r.run(["draft", "police", "1", "--check", "--lang", "zh"])
        #expect(check.stdout.contains("以下属于诈骗分子，将完整显示：170 1234 5678、6222 0212 3456 7890 123、http"), "\(check.stdout)")
        #expect(check.stdout.contains("jd-safe.top"))
        #expect(!check.stdout.contains("6217 0000 1234 5678"))
        // The same summary on a contact not marked as an impersonation stays masked in any other export.
        let timeline = try r.run(["export", "--format", "md", "--case", "1", "--lang", "zh"]).stdout
        #expect(!timeline.contains("6217 0000 1234 5678"))
    }

    @Test("the user's ID and the case's --account stay masked even when typed into the fraudster's summary")
    func ownNumbersStayMasked() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["profile", "set", "id-number", "110101199003071234"]))
        try Self.expectOK(r.run(["log", "Barclays", "--direction", "inbound",
                                 "--summary", "he read out 110101199003071234 and 4000 0012 3456 7899, then had me pay 6222 0212 3456 7890 123; call back on 07700 900123",
                                 "--impersonation", "--no-input", "--lang", "en"]))
        try Self.expectOK(r.run(["case", "edit", "1", "--account", "4000 0012 3456 7899"]))
        let police = try r.run(["draft", "police", "1", "--lang", "en"]).stdout
        #expect(!police.contains("110101199003071234") && !police.contains("4000 0012 3456 7899"), "\(police)")
        #expect(police.contains("6222 0212 3456 7890 123") && police.contains("07700 900123"), "\(police)")
    }

    @Test("log --json says the contact was marked as an impersonation and the case became a fraud case")
    func logJSONTellsOfTheMark() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let logged = try r.run(["log", "京东金融", "--direction", "inbound", "--summary", "要我提供验证码", "--impersonation", "--no-input", "--json"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let json = try #require(logged.json as? [String: Any], "\(logged.stdout)")
        #expect((json["case"] as? [String: Any])?["category"] as? String == "fraud", "\(logged.stdout)")
        let mark = try #require(json["impersonation"] as? [String: Any], "\(logged.stdout)")
        #expect(mark["case_became_fraud"] as? Bool == true, "\(logged.stdout)")
        #expect(mark["organization"] as? String == "京东金融")
        // Without the mark, no such key.
        let plain = try r.run(["log", "京东金融", "--summary", "查询", "--no-input", "--json"]).json as? [String: Any]
        #expect(plain?["impersonation"] == nil || plain?["impersonation"] is NSNull)
    }

    /// The UK story of the first suite, with the bank known.
    static func britishStory(_ r: RecourseProcess) throws {
        try expectOK(r.run(["profile", "set", "name", "Alex Smith"]))
        try expectOK(r.run(["log", "Barclays", "--direction", "inbound", "--number", "020 7946 0991", "--agent", "Daniel",
                            "--summary", "Daniel from the Barclays fraud team told me to move my money to a safe account",
                            "--at", "2026-12-01 14:00", "--impersonation", "--no-input", "--lang", "en"]))
        try expectOK(r.run(["org", "edit", "1", "--kind", "bank", "--jurisdiction", "GB", "--at", "2026-12-01 15:00"]))
        try expectOK(r.run(["case", "edit", "1", "--amount", "2500 GBP", "--counterparty", "J MORGAN 20-45-77 83445120",
                            "--transaction-at", "2026-12-01 14:20", "--at", "2026-12-01 15:00"]))
    }

    @Test("FOS after the APP claim: refused before the claim, not yet while the bank's time runs, then a complaint about the bank's handling")
    func fosAfterLateClaim() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "Europe/London"
        defer { r.cleanUp() }
        try Self.britishStory(r)
        let early = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--lang", "en"])
        #expect(early.status == 65)
        #expect(early.stderr.contains("recourse escalate 1 --to uk.app"), "\(early.stderr)")
        try Self.expectOK(r.run(["escalate", "1", "--to", "uk.app", "--at", "2026-12-02 09:00", "--ref", "APP-77"]))
        let print = try r.fingerprint()
        let waiting = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--as-of", "2026-12-05", "--lang", "en"])
        #expect(waiting.status == 65, "\(waiting.stdout)")
        #expect(waiting.stderr.contains("the Financial Ombudsman Service takes this case from"), "\(waiting.stderr)")
        #expect(try r.fingerprint() == print)
        let late = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--as-of", "2027-01-20", "--lang", "en"])
        #expect(late.status == 0, "\(late.stderr)")
        let text = late.stdout
        #expect(text.contains("# Complaint about how Barclays handled my APP scam reimbursement claim"), "\(text)")
        #expect(text.contains("The fraudster claimed to be Barclays, which is also my bank; this complaint is not about the fraudster's words"), "\(text)")
        #expect(text.contains("the caller claiming to be Barclays"), "\(text)")
        #expect(text.contains("I claimed reimbursement from Barclays under the PSR APP scam reimbursement requirement"), "\(text)")
        #expect(text.contains("APP-77"))
        #expect(text.contains("had to decide by 9 December 2026, or by 25 January 2027 had it stopped the clock"), "\(text)")
        #expect(text.contains("J MORGAN 20-45-77 83445120") && text.contains("£2,500.00"), "\(text)")
        #expect(!text.contains("your agent") && !text.contains("Barclays called me") && !text.contains("your phone call"), "\(text)")
        // Chinese too.
        let zh = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--as-of", "2027-01-20", "--lang", "zh"]).stdout
        #expect(zh.contains("投诉：Barclays对本人授权推送支付诈骗赔付申请的处理") && zh.contains("对方自称Barclays"), "\(zh)")
        // Other regulator drafts on a fraud case stay refused.
        let other = try r.run(["draft", "regulator", "1", "--to", "eu.adr", "--lang", "en"])
        #expect(other.status == 65 && other.stderr.contains("case #1 is a fraud case"), "\(other.stderr)")
    }

    @Test("FOS after the bank refuses the APP claim: at once, saying it refused")
    func fosAfterRefusal() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "Europe/London"
        defer { r.cleanUp() }
        try Self.britishStory(r)
        // The payment left another bank: it is the respondent, the impersonated firm a third party.
        try Self.expectOK(r.run(["profile", "set", "bank", "Monzo"]))
        try Self.expectOK(r.run(["escalate", "1", "--to", "uk.app", "--at", "2026-12-02 09:00"]))
        try Self.expectOK(r.run(["escalation", "respond", "1", "--at", "2026-12-04 11:00"]))
        let draft = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--as-of", "2026-12-05", "--lang", "en"])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("4 December 2026: Monzo refused my claim."), "\(draft.stdout)")
        #expect(draft.stdout.contains("**About:** Monzo"), "\(draft.stdout)")
        #expect(draft.stdout.contains("Barclays was impersonated by the fraudster and is not the subject of this complaint; it is about how Monzo handled my reimbursement claim."), "\(draft.stdout)")
        #expect(draft.stdout.contains("Reimburse the £2,500.00 I lost to the scam"), "\(draft.stdout)")
        let check = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--as-of", "2026-12-05", "--check", "--lang", "en"])
        #expect(check.stdout.contains("sent in full because they are the fraudster's: 020 7946 0991"), "\(check.stdout)")
    }
}
