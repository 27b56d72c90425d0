import Foundation
import Testing
@testable import Channels

@Suite("Genuine-channel registry and red flags")
struct ChannelRegistryTests {
    let advisor = ChannelAdvisor(registry: try! ChannelRegistry.load(userFolder: nil), redFlags: try! RedFlags.load(userFolder: nil))

    @Test("the built-in files load, and every channel has a source")
    func builtIn() throws {
        let registry = advisor.registry
        #expect(registry.institutions.count >= 28)
        #expect(registry.institutions.allSatisfy { !$0.channels.isEmpty && $0.channels.allSatisfy { !$0.source.en.isEmpty } })
        #expect(registry.institution(named: "中行")?.id == "cn.boc")
        #expect(registry.institution(named: "bank of china")?.id == "cn.boc")
        #expect(registry.institution(named: "ICBC")?.nameZH == "中国工商银行")
        #expect(registry.institution(named: "数字人民币")?.channels.first { $0.kind == .phone }?.confidence == .unconfirmed)
    }

    @Test("every built-in channel and red flag gives its source in Chinese too, with the English one's addresses")
    func chineseSources() {
        let unsourced = advisor.registry.institutions.flatMap { institution in
            institution.channels.filter { $0.source.zh == nil }.map { "\(institution.id) \($0.written)" }
        }
        #expect(unsourced.isEmpty, "\(unsourced)")
        #expect(advisor.redFlags.flags.filter { $0.source.zh == nil }.map(\.id).isEmpty)
        let boc = advisor.registry.institution(named: "中国银行")!.channels[0].source
        #expect(boc.text(in: .zh) == "中国银行客服热线，www.boc.cn" && boc.text(in: .en) == "Bank of China customer service line, www.boc.cn")
        #expect(SourceTitle.addresses(in: "replaced Action Fraud on 4 Dec 2025: wired-gov.net/wg/x (regulators.md, fraud.md)")
            == ["wired-gov.net/wg/x", "regulators.md", "fraud.md"])
    }

    @Test("a red-flag file's Chinese source is checked like a channel's")
    func badFlagSource() throws {
        let folder = NSTemporaryDirectory() + "recourse-channels-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[x]\nwhy: 甲 | A\nsource-zh: 某网站\nsource: a page on example.org\nzh: 甲乙\n".write(toFile: folder + "/bad.flags", atomically: true, encoding: .utf8)
        #expect(throws: ChannelDataError(path: folder + "/bad.flags", line: 3, message: "the Chinese source leaves out example.org of the English one; keep addresses and file names as written")) {
            try RedFlags.load(userFolder: folder)
        }
    }

    /// (thing, verdict, exit status, a phrase of the first line)
    static let checks: [(String, ChannelAdvisor.CheckResult.Verdict, Int32, String)] = [
        ("95566", .genuine, 0, "95566 is a genuine phone of 中国银行 Bank of China"),
        ("+86 95588", .genuine, 0, "genuine phone of 中国工商银行"),
        ("400 810 8866", .genuine, 0, "PBoC Credit Reference Center"),
        ("https://www.pbccrc.org.cn/", .genuine, 0, "genuine site of 中国人民银行征信中心"),
        ("96110", .genuine, 0, "国家反诈中心"),
        ("0800 023 4567", .genuine, 0, "Financial Ombudsman Service"),
        ("956196", .warning, 1, "UNCONFIRMED"),
        ("+86 171 2345 6789", .unknown, 2, "not a genuine channel Recourse knows"),
        ("www.boc-kefu.com", .unknown, 2, "not a genuine channel Recourse knows"),
        ("对方要求屏幕共享并提供验证码", .warning, 1, "Red flag '屏幕共享'"),
        ("They asked me to move your money to protect it into a safe account", .warning, 1, "Red flag 'safe account'"),
        ("Please buy Google Play cards", .warning, 1, "Red flag 'google play card'"),
        ("客服说三个工作日内退款", .clean, 0, "No red flags found"),
        ("中国银行", .clean, 0, "genuine channels: phone 95566"),
    ]

    @Test("recourse check: genuine, warning or unknown", arguments: checks)
    func check(_ thing: String, _ verdict: ChannelAdvisor.CheckResult.Verdict, _ status: Int32, _ phrase: String) {
        let result = advisor.check(thing)
        #expect(result.verdict == verdict, "\(thing)")
        #expect(result.exitStatus == status)
        #expect(result.lines.first?.contains(phrase) == true, "\(result.lines)")
    }

    @Test("an inbound call from an unknown number with red flags warns twice")
    func inboundScam() {
        let contact = ChannelAdvisor.LoggedContact(organizationNames: ["中国银行"], officialAddresses: [], inbound: true,
                                                   address: "+86 171 2345 6789", texts: ["对方要求屏幕共享并提供验证码"], caseID: 1)
        let warnings = advisor.warnings(for: contact)
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix("inbound contact from +86 171 2345 6789, which is not a genuine channel of 中国银行 Bank of China"))
        #expect(warnings[0].contains("call back 95566"))
        #expect(warnings[1].contains("'屏幕共享'") && warnings[1].contains("'验证码'") && warnings[1].contains("96110"))
        #expect(warnings[1].contains("recourse correct CONTACT --impersonation, then recourse draft police 1"))
        let zh = advisor.warnings(for: contact, language: .zh)
        #expect(zh[0].hasPrefix("来电 +86 171 2345 6789 不是中国银行的官方渠道"))
    }

    @Test("outbound to the genuine number warns about nothing; another bank's number says whose")
    func outbound() {
        var contact = ChannelAdvisor.LoggedContact(organizationNames: ["中国银行"], officialAddresses: [], inbound: false,
                                                   address: "95566", texts: ["查询转账"], caseID: 1)
        #expect(advisor.warnings(for: contact).isEmpty)
        contact.address = "95588"
        #expect(advisor.warnings(for: contact) == ["95588 is a genuine channel of 中国工商银行 Industrial and Commercial Bank of China, not of 中国银行 Bank of China; check which organization this contact was with"])
        contact.address = "021-5555 1234"
        #expect(advisor.warnings(for: contact).first?.hasPrefix("you contacted 021-5555 1234, which is not a genuine channel of 中国银行") == true)
    }

    @Test("the user's own official channels count as genuine; an organization nobody knows only warns inbound")
    func userChannels() {
        var contact = ChannelAdvisor.LoggedContact(organizationNames: ["小区物业"], officialAddresses: ["021-5555 1234"], inbound: true,
                                                   address: "+86 21 5555 1234", texts: [], caseID: nil)
        #expect(advisor.warnings(for: contact).isEmpty)
        contact.officialAddresses = []
        #expect(advisor.warnings(for: contact).first?.contains("小区物业's number is not in Recourse's registry — check it in 小区物业's app") == true)
        contact.inbound = false
        #expect(advisor.warnings(for: contact).isEmpty)
    }

    @Test("user files add and replace institutions and flags")
    func userFiles() throws {
        let folder = NSTemporaryDirectory() + "recourse-channels-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[cn.boc]\nname: 中国银行 | Bank of China\nkind: bank\nphone: 95566 | confirmed | my own check on boc.cn\n\n[my.isp]\nname: 宽带 | My ISP\nkind: telecom\nphone: 021 1234 5678 | confirmed | the bill\n"
            .write(toFile: folder + "/mine.channels", atomically: true, encoding: .utf8)
        try "[refund-fee]\nwhy: 要求先交手续费才退款 | Asked for a fee before a refund\nsource: my own experience\nzh: 先交手续费\n"
            .write(toFile: folder + "/mine.flags", atomically: true, encoding: .utf8)
        let registry = try ChannelRegistry.load(userFolder: folder)
        #expect(registry.institution(named: "中国银行")?.channels.map(\.confidence) == [.confirmed])
        #expect(registry.owners(of: ContactAddress("+86 21 1234 5678")!).first?.institution.nameEN == "My ISP")
        #expect(try RedFlags.load(userFolder: folder).hits(in: "客服说要先交手续费").map(\.flag.id) == ["refund-fee"])
    }

    /// (file text, the error message)
    static let badFiles: [(String, String)] = [
        ("name: x | y\n", "bad.channels:1: a field before the first [id]"),
        ("[cn.x]\nname: 甲 | A\nkind: shop\n", "bad.channels:3: kind 'shop' is not one of bank, wallet, telecom, regulator, government, ombudsman, other"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nphone: 95566 | sure | x\n", "bad.channels:4: confidence 'sure' is not confirmed, published or unconfirmed"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nphone: 95566 | published\n", "bad.channels:4: a channel is 'ADDRESS | confirmed, published or unconfirmed | SOURCE | 中文来源'"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nphone: 95566 | published | the bank's line | \n", "bad.channels:4: a channel is 'ADDRESS"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nphone: 95566 | published | the bank's line | the bank's line\n",
         "bad.channels:4: the Chinese source 'the bank's line' holds no Chinese"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nphone: 95566 | published | line, www.x.cn (regulators.md) | 热线，www.x.cn\n",
         "bad.channels:4: the Chinese source leaves out regulators.md of the English one"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nsite: not a site | published | x\n", "bad.channels:4: 'not a site' is not a site"),
        ("[cn.x]\nkind: bank\n", "bad.channels:1: [cn.x] has no 'name: 中文名 | English name'"),
        ("[CN X]\n", "bad.channels:1: 'CN X' must be lower-case letters, digits, dots and dashes"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nfax: 123 | published | x\n", "bad.channels:4: unknown field 'fax'"),
        ("[cn.x]\nname 甲\n", "bad.channels:2: expected 'field: value' or [id]"),
        ("[cn.x]\nname: 甲 | A\nkind: bank\nserved-by: cn.nope\n", "bad.channels [cn.x] is served by 'cn.nope', which no file defines"),
    ]

    @Test("a bad file is named with its line", arguments: badFiles)
    func badFile(_ text: String, _ message: String) throws {
        let folder = NSTemporaryDirectory() + "recourse-channels-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/bad.channels", atomically: true, encoding: .utf8)
        do {
            _ = try ChannelRegistry.load(userFolder: folder)
            Issue.record("accepted \(text)")
        } catch let error as ChannelDataError {
            #expect(error.localizedDescription.hasPrefix(folder + "/" + message), "\(error.localizedDescription)")
        }
    }
}

@Suite("Institutions served by others")
struct ServedByTests {
    @Test("a Bank of China e-CNY wallet may be called on 95566 without a warning; an unknown number still warns")
    func ecnyWallets() throws {
        let advisor = ChannelAdvisor(registry: try ChannelRegistry.load(userFolder: nil), redFlags: try RedFlags.load(userFolder: nil))
        var contact = ChannelAdvisor.LoggedContact(organizationNames: ["数字人民币钱包"], officialAddresses: [], inbound: false,
                                                   address: "95566", texts: [], caseID: 1)
        #expect(advisor.warnings(for: contact).isEmpty)
        contact.address = "95188"
        #expect(advisor.warnings(for: contact).first?.contains("genuine channel of 支付宝 Alipay, not of 数字人民币") == true)
    }
}
