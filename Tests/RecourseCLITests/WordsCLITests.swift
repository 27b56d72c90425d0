import Foundation
import Testing

/// Issue #22's words, through the built binary: sources cited in the user's language, a body's
/// fields by their labels, phone numbers grouped as their country writes them, English sentences
/// with a capital.
@Suite("Words: Chinese sources, field labels, grouped phone numbers, capitals (#22)")
struct WordsCLITests {
    // MARK: - Sources in the user's language

    @Test("check under zh cites the registry's Chinese source title, under en the English one; a user file's one title shows in both")
    func checkCitesChineseSource() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let zh = try r.run(["check", "95566", "--lang", "zh"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("来源：中国银行客服热线，www.boc.cn"), "\(zh.stdout)")
        #expect(!zh.stdout.contains("customer service line"), "\(zh.stdout)")
        let en = try r.run(["check", "95566", "--lang", "en"])
        #expect(en.stdout.contains("source: Bank of China customer service line, www.boc.cn"), "\(en.stdout)")
        let json = try #require(try r.run(["check", "95566", "--json"]).json as? [String: Any])
        let owner = try #require((json["owners"] as? [[String: Any]])?.first)
        #expect(owner["source"] as? String == "Bank of China customer service line, www.boc.cn")
        #expect(owner["source_zh"] as? String == "中国银行客服热线，www.boc.cn")
        // A user's own file may give one title: it is then shown in both languages.
        let folder = r.folder + "/.config/recourse/channels"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[my.isp]\nname: 宽带公司 | My ISP\nkind: telecom\nphone: 021 1234 5678 | confirmed | the bill of November\n"
            .write(toFile: folder + "/mine.channels", atomically: true, encoding: .utf8)
        let mine = try r.run(["check", "021 1234 5678", "--lang", "zh"])
        #expect(mine.status == 0 && mine.stdout.contains("来源：the bill of November"), "\(mine.stdout)\(mine.stderr)")
        #expect(try r.run(["check", "95566", "--lang", "zh"]).stdout.contains("来源：中国银行客服热线"))
    }

    @Test("a red flag's source is cited in Chinese under zh")
    func redFlagSourceInChinese() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let zh = try r.run(["check", "对方要求提供验证码", "--lang", "zh"])
        #expect(zh.status == 1)
        #expect(zh.stdout.contains("国家反诈中心提示（深圳公安反诈页面）"), "\(zh.stdout)")
        #expect(!zh.stdout.contains("guidance"), "\(zh.stdout)")
    }

    @Test("a Chinese source that drops the English one's address is refused, naming the line (65)")
    func chineseSourceMustKeepAddresses() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let folder = r.folder + "/.config/recourse/channels"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "[my.isp]\nname: 宽带公司 | My ISP\nkind: telecom\nphone: 02112345678 | confirmed | contact page, www.myisp.example | 联系页面\n"
            .write(toFile: folder + "/mine.channels", atomically: true, encoding: .utf8)
        let result = try r.run(["check", "95566"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("mine.channels:4: the Chinese source leaves out www.myisp.example"), "\(result.stderr)")
    }

    // MARK: - A body's fields by their labels

    @Test("bodies ID lists each field by the body's own label, never its key, in both languages")
    func fieldLabels() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let zh = try r.run(["bodies", "cn.pboc", "--lang", "zh"]).stdout
        #expect(zh.contains("\n  投诉人姓名（必填）\n"), "\(zh)")
        #expect(!zh.contains("complainant_name") && !zh.contains("［what_happened］"), "\(zh)")
        let en = try r.run(["bodies", "cn.pboc", "--lang", "en"]).stdout
        #expect(en.contains("\n  Complainant's name (required)\n") && !en.contains("complainant_name"), "\(en)")
    }

    // MARK: - Phone numbers grouped by country

    @Test("bodies shows each hotline as its country writes it; the JSON keeps the profile's digits")
    func bodiesHotlines() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let list = try r.run(["bodies", "--lang", "en"]).stdout
        #expect(list.contains("0800 023 4567") && list.contains("(855) 411-2372") && list.contains("12363"), "\(list)")
        #expect(!list.contains("08000234567") && !list.contains("8554112372"), "\(list)")
        #expect(try r.run(["bodies", "uk.fos", "--lang", "zh"]).stdout.contains("0800 023 4567"))
        let json = try r.run(["bodies", "uk.fos", "--json"]).stdout
        #expect(json.contains("\"08000234567\""), "stored and matched as the profile writes it")
    }

    @Test("org list and org add show an official phone grouped by the firm's jurisdiction")
    func organizationChannels() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let added = try r.run(["org", "add", "Financial Ombudsman Service", "--jurisdiction", "GB", "--official", "phone:08000234567", "--lang", "en"])
        #expect(added.status == 0 && added.stdout.contains("0800 023 4567"), "\(added.stdout)\(added.stderr)")
        try r.run(["org", "add", "中国人民银行征信中心", "--official", "phone:4008108866"])
        let list = try r.run(["org", "list", "--lang", "en"]).stdout
        #expect(list.contains("0800 023 4567") && list.contains("400-810-8866"), "\(list)")
        // Matching is by digits, as stored: a call logged to the number typed any way is the official one.
        #expect(try r.run(["check", "0800 023 4567"]).status == 0)
    }

    @Test("prep lists the firm's own line grouped, once, whether the user stored it as digits or not")
    func prepChannels() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "中国人民银行征信中心", "--official", "phone:4008108866"])
        try r.run(["log", "中国人民银行征信中心", "--summary", "征信记录有误", "--at", "2026-11-20 10:00", "--no-input"])
        let prep = try r.run(["prep", "1", "--lang", "zh"])
        #expect(prep.status == 0, "\(prep.stderr)")
        #expect(prep.stdout.contains("电话 400-810-8866"), "\(prep.stdout)")
        #expect(prep.stdout.components(separatedBy: "400-810-8866").count == 2, "listed once: \(prep.stdout)")
        #expect(!prep.stdout.contains("4008108866"))
    }

    @Test("a submission to the FOS gives its number as the UK writes it")
    func draftHotline() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        let draft = try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--force", "--lang", "en", "--as-of", "2026-11-25 09:00"])
        #expect(draft.stdout.contains("Where to submit: phone 0800 023 4567"), "\(draft.stdout)\(draft.stderr)")
    }

    // MARK: - Capitals

    @Test("English lines shown alone start with a capital")
    func capitals() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let agenda = try r.run(["agenda", "--lang", "en"]).stdout
        #expect(agenda.contains("  Nothing overdue") && agenda.contains("  None running"), "\(agenda)")
        let clean = try r.run(["check", "the agent said the refund comes in three days", "--lang", "en"]).stdout
        #expect(clean.hasPrefix("No red flags found"), "\(clean)")
        let flagged = try r.run(["check", "they asked for the verification code", "--lang", "en"]).stdout
        #expect(flagged.hasPrefix("Red flag 'verification code'") && flagged.contains("\nWhat to do: hang up"), "\(flagged)")
    }
}
