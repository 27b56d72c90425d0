import Foundation
import Testing

/// Scams are not complaints (issue #20): an impersonation makes a fraud case, whose documents go
/// to the police and the user's own bank, and never blame the impersonated firm.
@Suite("Fraud path: impersonation, draft police, draft bank")
struct FraudPathTests {
    /// The CN story: a caller posing as 京东金融 asks for a code, screen sharing and a transfer of
    /// ¥30,000 to a named account.
    static func chineseStory(_ r: RecourseProcess) throws {
        try expectOK(r.run(["profile", "set", "name", "王小明"]))
        try expectOK(r.run(["profile", "set", "bank", "中国银行"]))
        try expectOK(r.run(["log", "京东金融", "--direction", "inbound", "--number", "170 1234 5678", "--agent", "李经理",
                            "--summary", "对方自称京东金融客服，说白条影响征信，要我提供验证码，下载腾讯会议开启屏幕共享，做资金核查，把钱转到安全账户",
                            "--at", "2026-12-01 10:00", "--impersonation", "--no-input", "--lang", "zh"]))
        try expectOK(r.run(["case", "edit", "1", "--amount", "30000 CNY", "--account", "6217 0000 1234 5678",
                            "--counterparty", "张三 6222 0212 3456 7890 123", "--transaction-at", "2026-12-01 10:40", "--at", "2026-12-01 11:00"]))
    }

    /// The UK story: "Daniel from the Barclays fraud team" has the user move £2,500 to a "safe account".
    static func britishStory(_ r: RecourseProcess) throws {
        try expectOK(r.run(["profile", "set", "name", "Alex Smith"]))
        try expectOK(r.run(["log", "Barclays", "--direction", "inbound", "--number", "020 7946 0991", "--agent", "Daniel",
                            "--summary", "Daniel from the Barclays fraud team said my account was compromised and told me to move my money to a safe account",
                            "--at", "2026-12-01 14:00", "--impersonation", "--no-input", "--lang", "en"]))
        try expectOK(r.run(["org", "edit", "1", "--kind", "bank", "--jurisdiction", "GB", "--at", "2026-12-01 15:00"]))
        try expectOK(r.run(["case", "edit", "1", "--amount", "2500 GBP", "--counterparty", "J MORGAN 20-45-77 83445120",
                            "--transaction-at", "2026-12-01 14:20", "--at", "2026-12-01 15:00"]))
    }

    static func expectOK(_ result: RecourseProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("log --impersonation makes a fraud case, shown as such, and says which drafts serve it")
    func impersonationMakesFraudCase() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let logged = try r.run(["log", "京东金融", "--direction", "inbound", "--number", "17012345678", "--summary", "要我提供验证码",
                                "--impersonation", "--no-input", "--lang", "zh"])
        #expect(logged.status == 0)
        #expect(logged.stderr.contains("联系 #1 已标记为冒充京东金融；案件 #1 现为诈骗案件：recourse draft police 1"), "\(logged.stderr)")
        let show = try r.run(["show", "1", "--lang", "zh"]).stdout
        #expect(show.contains("⚠ 冒充"), "\(show)")
        #expect(show.contains("fraud") || show.contains("诈骗"), "\(show)")
        let json = try r.run(["show", "1", "--json"]).json as? [String: Any]
        #expect((json?["case"] as? [String: Any])?["category"] as? String == "fraud")
        // Marking twice changes nothing; the history stays whole.
        let print = try r.fingerprint()
        #expect(try r.run(["correct", "1", "--impersonation"]).status == 0)
        #expect(try r.fingerprint() == print)
        #expect(try r.run(["verify"]).status == 0)
    }

    @Test("US and EU: the bank draft is a Regulation E notice or a PSD2 Art. 73 refund request")
    func usAndEU() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["org", "add", "Chase", "--kind", "bank", "--jurisdiction", "US"]))
        try Self.expectOK(r.run(["org", "add", "Sparkasse", "--kind", "bank", "--jurisdiction", "DE"]))
        try Self.expectOK(r.run(["log", "Chase", "--direction", "inbound", "--summary", "asked for the one-time passcode", "--impersonation", "--no-input"]))
        try Self.expectOK(r.run(["log", "Sparkasse", "--direction", "inbound", "--summary", "TAN verlangt", "--impersonation", "--no-input"]))
        let us = try r.run(["draft", "bank", "1", "--lang", "en"])
        #expect(us.stdout.hasPrefix("# Notice of an unauthorized electronic fund transfer (Regulation E)") && us.stdout.contains("12 CFR 1005.6"), "\(us.stdout)")
        #expect(us.stderr.contains("ReportFraud.ftc.gov"))
        let eu = try r.run(["draft", "bank", "2", "--lang", "en"])
        #expect(eu.stdout.hasPrefix("# Request for the refund of an unauthorised payment (PSD2 Art. 73)") && eu.stdout.contains("end of the next business day"), "\(eu.stdout)")
        let zh = try r.run(["draft", "bank", "1", "--lang", "zh"]).stdout
        #expect(zh.hasPrefix("# 未经授权电子转账通知（E 条例）"))
    }

    @Test("correct --impersonation marks a logged contact, and alone changes nothing else")
    func correctMarks() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["log", "Barclays", "--direction", "inbound", "--summary", "a call", "--no-input", "--lang", "en"]))
        let before = try r.run(["show", "1", "--json"]).json as? [String: Any]
        #expect((before?["case"] as? [String: Any])?["category"] as? String != "fraud")
        let marked = try r.run(["correct", "1", "--impersonation", "--lang", "en"])
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stderr.contains("Contact #1 marked as an impersonation of Barclays; case #1 is a fraud case"), "\(marked.stderr)")
        let after = try r.run(["show", "1", "--json"]).json as? [String: Any]
        #expect((after?["case"] as? [String: Any])?["category"] as? String == "fraud")
        // A bad value with the mark leaves no mark and no change.
        let r2 = RecourseProcess()
        defer { r2.cleanUp() }
        try Self.expectOK(r2.run(["log", "Barclays", "--direction", "inbound", "--summary", "a call", "--no-input"]))
        let print = try r2.fingerprint()
        let refused = try r2.run(["correct", "1", "--impersonation", "--duration", "forever"])
        #expect(refused.status != 0)
        #expect(try r2.fingerprint() == print)
    }

    @Test("CN story: the police report keeps the fraudster's numbers and account readable, masks the user's card, carries the warnings")
    func chinesePoliceReport() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.chineseStory(r)
        let police = try r.run(["draft", "police", "1", "--lang", "zh"])
        #expect(police.status == 0, "\(police.stderr)")
        let text = police.stdout
        #expect(text.hasPrefix("# 报案材料"), "\(text)")
        #expect(text.contains("170 1234 5678"), "the fraudster's number is readable")
        #expect(text.contains("张三 6222 0212 3456 7890 123"), "the receiving account is readable")
        #expect(!text.contains("6217 0000 1234 5678") && !text.contains("6217000012345678"), "the user's own card is masked")
        #expect(text.contains("••••5678"))
        #expect(text.contains("人民币 30,000.00 元"))
        #expect(text.contains("「屏幕共享」") && text.contains("「验证码」") && text.contains("「安全账户」"), "the warnings travel into the report")
        #expect(!text.contains("请挂断电话") && !text.contains("recourse correct"), "the advice to the victim stays out of the police's copy")
        #expect(text.contains("对方自称京东金融"))
        #expect(!text.contains("贵司"), "the impersonated firm is not addressed as the wrongdoer")
        #expect(police.stderr.contains("96110") && police.stderr.contains("12321"), "\(police.stderr)")
        // English too.
        let english = try r.run(["draft", "police", "1", "--lang", "en"]).stdout
        #expect(english.hasPrefix("# Fraud report"))
        #expect(english.contains("170 1234 5678") && english.contains("张三 6222 0212 3456 7890 123") && !english.contains("6217 0000 1234 5678"))
        #expect(!english.contains("your agent") && !english.contains("your phone call"))
        // The timeline export carries the warnings and the mark too.
        let timeline = try r.run(["export", "--format", "md", "--case", "1", "--lang", "zh"])
        #expect(timeline.stdout.contains("⚠ 冒充：对方自称京东金融，实为冒充") && timeline.stdout.contains("⚠ 诈骗迹象："), "\(timeline.stdout)\(timeline.stderr)")
    }

    @Test("CN story: no complaint or regulator letter to the impersonated firm; the bank request asks for a stop-payment")
    func chineseNoComplaint() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.chineseStory(r)
        let complaint = try r.run(["draft", "complaint", "1", "--lang", "zh"])
        #expect(complaint.status == 65)
        #expect(complaint.stdout.isEmpty)
        #expect(complaint.stderr.contains("案件 #1 是诈骗案件") && complaint.stderr.contains("recourse draft police 1"), "\(complaint.stderr)")
        #expect(try r.run(["draft", "complaint", "1", "--check"]).status == 65)
        let prep = try r.run(["prep", "1", "--lang", "zh"])
        #expect(prep.status == 0 && prep.stdout.contains("这是诈骗案件：请开户银行止付") && !prep.stdout.contains("兑现承诺"), "\(prep.stdout)")
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.pboc"]).status == 65)
        let bank = try r.run(["draft", "bank", "1", "--lang", "zh"])
        #expect(bank.status == 0, "\(bank.stderr)")
        #expect(bank.stdout.hasPrefix("# 紧急止付及冻结申请"))
        #expect(bank.stdout.contains("**致：** 中国银行"))
        #expect(bank.stdout.contains("张三 6222 0212 3456 7890 123") && bank.stdout.contains("••••5678"))
        #expect(!bank.stdout.contains("贵司来电"))
        let check = try r.run(["draft", "police", "1", "--check", "--lang", "zh"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("以下属于诈骗分子，将完整显示：170 1234 5678"), "\(check.stdout)")
        #expect(check.stdout.contains("草稿中包含的警示："), "\(check.stdout)")
    }

    @Test("a fraud case without its receiving account: --check says what to record")
    func checkMissingAccount() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["log", "京东金融", "--direction", "inbound", "--summary", "要我共享屏幕", "--impersonation", "--no-input"]))
        let check = try r.run(["draft", "bank", "1", "--check", "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("the receiving account is not recorded: recourse case edit 1 --counterparty"), "\(check.stdout)")
        #expect(check.stdout.contains("your bank's name is missing"), "\(check.stdout)")
    }

    @Test("UK APP story: the reimbursement claim to the sending bank with its 5 and 35 business-day clock, also in agenda")
    func britishClaim() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "Europe/London"
        defer { r.cleanUp() }
        try Self.britishStory(r)
        let claim = try r.run(["draft", "bank", "1", "--as-of", "2026-12-02 09:00", "--lang", "en"])
        #expect(claim.status == 0, "\(claim.stderr)")
        let text = claim.stdout
        #expect(text.hasPrefix("# APP scam reimbursement claim"), "\(text)")
        #expect(text.contains("**To:** Barclays"))
        #expect(text.contains("within 5 business days of receiving this claim, that is by 9 December 2026"), "\(text)")
        #expect(text.contains("by the 35th business day, that is by 25 January 2027"), "\(text)")
        #expect(text.contains("£85,000") && text.contains("£2,500.00"))
        #expect(text.contains("J MORGAN 20-45-77 83445120"))
        #expect(!text.contains("your phone call") && !text.contains("your agent"))
        #expect(claim.stderr.contains("159") && claim.stderr.contains("Report Fraud") && !claim.stderr.contains("96110"), "\(claim.stderr)")
        #expect(try r.run(["draft", "complaint", "1"]).status == 65)
        #expect(try r.run(["draft", "regulator", "1", "--to", "uk.fos"]).status == 65)
        try Self.expectOK(r.run(["escalate", "1", "--to", "uk.app", "--at", "2026-12-02 09:00"]))
        let agenda = try r.run(["agenda", "--as-of", "2026-12-03", "--json"])
        let clocks = ((agenda.json as? [String: Any])?["escalation_clocks"] as? [[String: Any]]) ?? []
        #expect(clocks.contains { $0["body_id"] as? String == "uk.app" && ($0["closes_at"] as? String)?.hasPrefix("2026-12-09") == true }, "\(agenda.stdout)")
        #expect(clocks.contains { $0["body_id"] as? String == "uk.app" && ($0["closes_at"] as? String)?.hasPrefix("2027-01-25") == true }, "\(agenda.stdout)")
        let police = try r.run(["draft", "police", "1", "--lang", "en"]).stdout
        #expect(police.contains("Report Fraud (reportfraud.police.uk, 0300 123 2040)"))
        #expect(police.contains("safe account"))
    }

    @Test("UK warnings name 159 and Report Fraud, never 96110; a call to 159 is genuine for a bank")
    func britishAdvice() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try Self.expectOK(r.run(["org", "add", "Barclays", "--kind", "bank", "--jurisdiction", "GB"]))
        let call = try r.run(["log", "Barclays", "--number", "159", "--summary", "called my bank through 159", "--no-input", "--lang", "en"])
        #expect(call.status == 0)
        #expect(!call.stderr.contains("warning"), "\(call.stderr)")
        let scam = try r.run(["log", "Barclays", "--direction", "inbound", "--summary", "move your money to a safe account", "--no-input", "--lang", "en"])
        #expect(scam.stderr.contains("159 reaches your own bank") && !scam.stderr.contains("96110"), "\(scam.stderr)")
    }

    @Test("a genuine 950618 call raises no warning, even once the firm's postal address is recorded")
    func genuineJD() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let first = try r.run(["log", "京东", "--direction", "inbound", "--number", "950618", "--summary", "退款进度", "--no-input", "--lang", "zh"])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        try Self.expectOK(r.run(["org", "edit", "1", "--address", "北京市大兴区科创十一街18号"]))
        let second = try r.run(["log", "京东", "--direction", "inbound", "--number", "950618", "--summary", "退款已到账", "--no-input", "--lang", "zh"])
        #expect(second.stderr.isEmpty, "\(second.stderr)")
        let other = try r.run(["log", "京东", "--direction", "inbound", "--number", "01012345678", "--summary", "又来电", "--no-input", "--lang", "zh"])
        #expect(!other.stderr.contains("科创十一街"), "a postal address is never a number to call back: \(other.stderr)")
        #expect(other.stderr.contains("950618"), "\(other.stderr)")
    }

    @Test("a firm whose phone the registry does not know: check it in the firm's app, not 'not genuine'")
    func notInRegistry() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "拼多多", "--direction", "inbound", "--number", "02112345678", "--summary", "问订单", "--no-input", "--lang", "en"])
        #expect(result.stderr.contains("拼多多 Pinduoduo's number is not in Recourse's registry — check it in 拼多多 Pinduoduo's app"), "\(result.stderr)")
        #expect(!result.stderr.contains("not a genuine channel"))
    }

    /// (thing, exit status, start of stdout): the registry's new rows.
    static let checks: [(String, Int32, String)] = [
        ("950618", 1, "950618 is a genuine phone of 京东 JD.com (unconfirmed; source: "),
        ("https://www.jd.com/", 0, "https://www.jd.com/ is a genuine site of 京东 JD.com"),
        ("jr.jd.com", 0, "jr.jd.com is a genuine site of 京东 JD.com"),
        ("taobao.com", 0, "taobao.com is a genuine site of 淘宝 Taobao"),
        ("tmall.com", 0, "tmall.com is a genuine site of 淘宝 Taobao"),
        ("mobile.yangkeduo.com", 0, "mobile.yangkeduo.com is a genuine site of 拼多多 Pinduoduo"),
        ("meituan.com", 0, "meituan.com is a genuine site of 美团 Meituan"),
        ("douyin.com", 0, "douyin.com is a genuine site of 抖音 Douyin"),
        ("95010", 1, "95010 is a genuine phone of 携程 Trip.com Group (Ctrip) (unconfirmed; source: secondary"),
        ("12321", 0, "12321 is a genuine phone of 12321网络不良与垃圾信息举报受理中心"),
        ("96110", 0, "96110 is a genuine phone of"),
        ("159", 0, "159 is a genuine phone of 159"),
        ("0300 123 2040", 0, "0300 123 2040 is a genuine phone of 英国诈骗举报中心 Report Fraud"),
        ("https://www.reportfraud.police.uk", 0, "https://www.reportfraud.police.uk is a genuine site of 英国诈骗举报中心 Report Fraud"),
        ("reportfraud.ftc.gov", 0, "reportfraud.ftc.gov is a genuine site of 美国联邦贸易委员会 Federal Trade Commission"),
    ]

    @Test("check: the new registry rows, with their confidence", arguments: checks)
    func check(_ thing: String, _ status: Int32, _ start: String) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["check", thing, "--lang", "en"])
        #expect(result.status == status, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix(start), "\(result.stdout)")
    }

    @Test("log offers to mark an impersonation when red flags fire; yes makes the case a fraud case")
    func offer() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let t = try PseudoTerminal(["log", "JD Finance", "--via", "phone", "--direction", "inbound", "--number", "17012345678", "--agent", "Li",
                                    "--ref", "none", "--summary", "asked for the verification code and screen sharing", "--advice", "x",
                                    "--promise", "refund", "--due", "friday", "--at", "2026-12-01 10:00"],
                                   environment: r.environment.merging(["TERM": "xterm"]) { $1 }, columns: 200)
        try t.expect("Save this record? [Y/n]: ")
        t.send("\n")
        try t.expect("Did the caller only claim to be JD Finance?")
        t.send("y\n")
        try t.expect("Contact #1 marked as an impersonation of JD Finance; case #1 is a fraud case")
        #expect(try t.finish() == 0)
        let json = try r.run(["show", "1", "--json"]).json as? [String: Any]
        #expect((json?["case"] as? [String: Any])?["category"] as? String == "fraud")
    }

    @Test("prep lists first the channel that already worked in the case, and unconfirmed ones last")
    func prepRanking() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        let sheet = try r.run(["prep", "1", "--lang", "zh", "--as-of", "2026-11-25 09:00"]).stdout
        let line = try #require(sheet.split(separator: "\n").first { $0.contains("官方渠道") })
        let first = try #require(line.range(of: "95566")), unconfirmed = try #require(line.range(of: "956196"))
        #expect(first.lowerBound < unconfirmed.lowerBound)
        #expect(line.hasSuffix("电话 956196（未经证实）"), "\(line)")
    }
}
