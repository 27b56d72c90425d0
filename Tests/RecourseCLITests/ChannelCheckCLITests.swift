import Foundation
import Testing

/// Genuine channels and scam warnings through the built binary (issue #12).
@Suite("recourse check, and the checks on log")
struct ChannelCheckCLITests {
    /// (thing, exit status, start of stdout)
    static let checks: [(String, Int32, String)] = [
        ("95566", 0, "95566 is a genuine phone of 中国银行 Bank of China (published; source: "),
        ("https://www.boc.cn/service", 0, "https://www.boc.cn/service is a genuine site of 中国银行 Bank of China"),
        ("０２１ ５５５５ １２３４", 2, "０２１ ５５５５ １２３４ is not a genuine channel Recourse knows"),
        ("+86 171 2345 6789", 2, "+86 171 2345 6789 is not a genuine channel Recourse knows"),
        ("956196", 1, "956196 is a genuine phone of 数字人民币"),
        ("对方要求屏幕共享并提供验证码", 1, "Red flag '屏幕共享'"),
        ("客服说三个工作日内退款", 0, "No red flags found"),
    ]

    @Test("exit 0 genuine or clean, 1 warning, 2 unknown", arguments: checks)
    func check(_ thing: String, _ status: Int32, _ start: String) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["check", thing])
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(start), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: r.journal), "checking must not create a journal")
    }

    @Test("--json carries the verdict, the owners with their sources, and the red flags")
    func json() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let genuine = try r.run(["check", "+86 95566", "--json"]).json as? [String: Any]
        #expect(genuine?["verdict"] as? String == "genuine")
        #expect(genuine?["normalized"] as? String == "95566")
        #expect((genuine?["owners"] as? [[String: Any]])?.first?["name_zh"] as? String == "中国银行")
        let flagged = try r.run(["check", "please buy gift cards and keep this confidential", "--json"])
        #expect(flagged.status == 1)
        #expect(((flagged.json as? [String: Any])?["red_flags"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["gift-cards", "secrecy"])
    }

    @Test("a number the user recorded with org add --official is genuine")
    func userOfficial() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["org", "add", "小区物业", "--official", "phone:021-5555-1234"]).status == 0)
        let result = try r.run(["check", "+86 21 5555 1234"])
        #expect(result.status == 0)
        #expect(result.stdout == "+86 21 5555 1234 is an official channel of 小区物业, as you recorded it (org add --official)\n")
    }

    @Test("a bad user channels file is a one-line error naming its line, exit 65")
    func badUserFile() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "中国银行", "--summary", "first call", "--no-input"])
        let folder = r.folder + "/.config/recourse/channels"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[cn.x]\nname: 甲 | A\nkind: shop\n".write(toFile: folder + "/mine.channels", atomically: true, encoding: .utf8)
        let result = try r.run(["check", "95566"])
        #expect(result.status == 65)
        #expect(result.stderr == "recourse: \(folder)/mine.channels:3: kind 'shop' is not one of bank, wallet, telecom, regulator, government, ombudsman, other\n")
        let before = try r.fingerprint()
        #expect(try r.run(["log", "中国银行", "--number", "95566", "--summary", "x", "--no-input"]).status == 65)
        #expect(try r.fingerprint() == before)
    }

    @Test("log: an inbound call from an unknown number asking for screen sharing warns twice, on stderr and in JSON")
    func inboundScam() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "中国银行", "--direction", "inbound", "--number", "+86 171 2345 6789",
                                "--summary", "对方要求屏幕共享并提供验证码", "--no-input", "--json"])
        #expect(result.status == 0)
        let lines = result.stderrLines
        #expect(lines.count == 3, "two warnings and where they are kept: \(lines)")
        guard lines.count == 3 else { return }
        #expect(lines[0].hasPrefix("recourse: warning: inbound contact from +86 171 2345 6789, which is not a genuine channel of 中国银行 Bank of China"))
        #expect(lines[0].contains("call back 95566"))
        #expect(lines[1].contains("'屏幕共享'") && lines[1].contains("96110"))
        #expect(lines[1].contains("recourse draft police 1"))
        #expect(lines[2] == "(kept on contact #1: 'recourse show 1' and the drafts show these warnings)")
        #expect(((result.json as? [String: Any])?["warnings"] as? [String])?.count == 2)
    }

    @Test("log: an outbound call to 95566 for 中国银行 warns about nothing; 95588 says it is ICBC's")
    func outbound() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let genuine = try r.run(["log", "中国银行", "--number", "95566", "--summary", "查询转账进度", "--no-input"])
        #expect(genuine.status == 0 && genuine.stderr.isEmpty, "\(genuine.stderr)")
        let other = try r.run(["log", "中国银行", "--number", "95588", "--no-input"])
        #expect(other.stderr == "recourse: warning: 95588 is a genuine channel of 中国工商银行 Industrial and Commercial Bank of China, not of 中国银行 Bank of China; check which organization this contact was with\n"
                + "(kept on contact #2: 'recourse show 1' and the drafts show these warnings)\n")
    }

    @Test("log's warnings are kept on the contact: show marks it, agenda lists the case, JSON carries them, verify passes")
    func warningsKeptOnContact() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let warned = try r.run(["log", "中国银行", "--direction", "inbound", "--number", "+86 171 2345 6789", "--at", "2026-11-20T10:00",
                                "--summary", "对方要求屏幕共享并提供验证码", "--no-input", "--lang", "zh"])
        #expect(warned.status == 0)
        #expect(warned.stderr.hasSuffix("（以上警告已记入联系 #1，'recourse show 1' 和草稿中都会显示）\n"), "\(warned.stderr)")
        let quiet = try r.run(["log", "中国银行", "--number", "95566", "--summary", "回拨官方号码", "--at", "2026-11-21T10:00", "--no-input"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "nothing to keep, nothing said: \(quiet.stderr)")

        let zh = try r.run(["show", "1", "--lang", "zh"]).stdout
        #expect(zh.contains("⚠ 非官方号码 · 来电 +86 171 2345 6789 不是中国银行的官方渠道"), "\(zh)")
        #expect(zh.contains("⚠ 诈骗迹象 · "), "\(zh)")
        let en = try r.run(["show", "1", "--lang", "en"]).stdout
        #expect(en.contains("⚠ not a genuine number") && en.contains("⚠ red flags"), "\(en)")
        // Only the contact that was warned about is marked.
        let second = en.components(separatedBy: "#2 phone").last ?? ""
        #expect(!second.contains("⚠"), "\(en)")

        let contacts = (try r.run(["show", "1", "--json"]).json as? [String: Any])?["contacts"] as? [[String: Any]]
        let kinds = contacts?.map { (($0["flags"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String } }
        #expect(kinds == [["channel", "red_flags"], []])

        let agenda = try r.run(["agenda", "--as-of", "2026-11-22", "--lang", "zh"]).stdout
        #expect(agenda.contains("警告（有联系不是通过官方渠道，或有诈骗迹象）（1）"), "\(agenda)")
        #expect(agenda.contains("  #1 中国银行 · 对方要求屏幕共享并提供验证码 · ⚠ 非官方号码 ⚠ 诈骗迹象"), "\(agenda)")
        let flagged = (try r.run(["agenda", "--as-of", "2026-11-22", "--json"]).json as? [String: Any])?["flagged_cases"] as? [[String: Any]]
        #expect(flagged?.first?["kinds"] as? [String] == ["channel", "red_flags"])
        #expect((flagged?.first?["case"] as? [String: Any])?["id"] as? Int == 1)

        let history = try r.run(["show", "1", "--history"]).stdout
        #expect(history.contains("contact.flagged contact #1"), "\(history)")
        #expect(try r.run(["verify"]).status == 0)
    }

    @Test("an English red flag quotes the phrase as the data spells it, not folded")
    func englishPhraseQuoted() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "Barclays", "--direction", "inbound", "--at", "2026-11-20T10:00",
                                "--summary", "They asked me to read out the Verification Code", "--no-input", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("'verification code' ("), "\(result.stderr)")
        #expect(!result.stderr.contains("verificationcode"), "\(result.stderr)")
        #expect(result.stderr.contains("(kept on contact #1: 'recourse show 1' and the drafts show these warnings)"), "\(result.stderr)")
    }

    @Test("agenda has no warnings section when no contact was flagged, nor for a closed case")
    func agendaWithoutWarnings() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "中国银行", "--number", "95566", "--summary", "查询转账进度", "--no-input"]).status == 0)
        #expect(try r.run(["log", "中国工商银行", "--direction", "inbound", "--number", "+86 171 2345 6789", "--summary", "x",
                           "--no-input"]).status == 0)
        #expect(try r.run(["agenda"]).stdout.contains("Warnings ("))
        #expect(try r.run(["case", "close", "2"]).status == 0)
        #expect(!(try r.run(["agenda"]).stdout.contains("Warnings (")))
    }

    @Test("help lists check and its exit codes")
    func help() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["--help"]).stdout.contains("  check "))
        let help = try r.run(["check", "--help"]).stdout
        #expect(help.contains("Exit 0: a genuine channel, or a text with no red flags; 1: red flags"))
        #expect(help.contains("$XDG_CONFIG_HOME/recourse/channels/"))
    }
}
