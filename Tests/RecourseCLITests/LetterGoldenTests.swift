import Foundation
import Testing

/// Every built-in body's draft in Chinese and English, from a rich journal: several contacts, a
/// broken and an extended promise, an amount, attachments, a formal complaint with a reference and
/// the firm's answer. Each file was read as its recipient would read it before it was accepted.
///
/// Set RECOURSE_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change, then read the diff.
@Suite("Letter golden files: every body in zh and en")
struct LetterGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/letters")

    /// One story per jurisdiction, in the zone the user lived it.
    struct Story {
        let name: String
        let zone: String
        let organization: String
        let title: String
        let kind: String?
        let jurisdiction: String?
        let currency: String
        let category: String
        let account: String
        let wants: String
        let address: String
        let contacts: [[String]]
        let extend: (promise: String, due: String, note: String)
    }

    static let china = Story(
        name: "cn", zone: "Asia/Shanghai", organization: "数字人民币钱包", title: "钱包转账 500.00 元失败未退回", kind: nil, jurisdiction: nil, currency: "500.00 CNY",
        category: "transaction", account: "6222 0212 3456 7890", wants: "退回 500.00 元，并书面说明转账失败的原因",
        address: "北京市西城区金融大街1号",
        contacts: [
            ["--number", "95566", "--agent", "客服小王", "--ref", "CS20260916-88", "--summary", "从钱包向银行卡转账 500.00 元失败，钱包已扣款但银行卡未到账",
             "--advice", "重新绑定银行卡", "--promise", "三个工作日内退回 500.00 元", "--due", "三个工作日内", "--at", "2026-09-16 10:05"],
            ["--number", "95566", "--agent", "小李, 工号 1023", "--ref", "CS20260921-17", "--summary", "催办：款项仍未退回",
             "--promise", "加急处理并回电", "--due", "2026-09-23", "--at", "2026-09-21 14:30", "--attach", "聊天记录.txt"],
            ["--via", "chat", "--agent", "小蓝", "--summary", "在线客服称已加急处理，但给不出到账时间", "--at", "2026-09-24 20:15", "--attach", "转账截图.png"],
        ],
        extend: ("2", "2026-09-25", "客服称清算中心排队"))

    static let britain = Story(
        name: "gb", zone: "Europe/London", organization: "Northway Bank", title: "Card payment of £84.99 taken twice", kind: nil, jurisdiction: nil, currency: "£84.99",
        category: "transaction", account: "12345678", wants: "Refund the duplicate payment of £84.99 and pay £25 for the time spent",
        address: "1 Northway Street, Leeds LS1 4AA",
        contacts: [
            ["--number", "0345 300 0000", "--agent", "Priya", "--ref", "NB-22871", "--summary", "Card payment of £84.99 to an online shop was taken twice on the same day",
             "--advice", "Wait for the pending duplicate to drop off", "--promise", "refund the duplicate £84.99", "--due", "5 workdays", "--at", "2026-09-16 09:40"],
            ["--via", "email", "--number", "complaints@northway.example", "--summary", "Asked again for the duplicate to be refunded",
             "--promise", "call back with an answer", "--due", "2026-09-23", "--at", "2026-09-21 10:00", "--attach", "statement.txt"],
            ["--via", "chat", "--agent", "Agent 7", "--summary", "Chat: the refund is 'being looked at'", "--at", "2026-09-24 17:15", "--attach", "chat.txt"],
        ],
        extend: ("2", "2026-09-25", "said the payments team was behind"))

    static let unitedStates = Story(
        name: "us", zone: "America/New_York", organization: "Hudson Bank", title: "Transfer of $120.00 never arrived", kind: nil, jurisdiction: nil, currency: "$120.00",
        category: "transaction", account: "000123456789", wants: "Reverse the $120.00 transfer I did not receive and confirm it in writing",
        address: "10 Hudson Plaza, New York, NY 10001",
        contacts: [
            ["--number", "1-800-555-0100", "--agent", "Dana", "--ref", "HB-5531", "--summary", "A $120.00 transfer left my account but never arrived",
             "--promise", "investigate and credit the money", "--due", "5 workdays", "--at", "2026-09-16 09:40"],
            ["--via", "chat", "--agent", "Marco", "--summary", "Chat: still investigating", "--promise", "an answer by e-mail", "--due", "2026-09-23",
             "--at", "2026-09-21 10:00", "--attach", "statement.txt"],
            ["--number", "1-800-555-0100", "--summary", "No answer yet; asked for a supervisor", "--at", "2026-09-24 15:00", "--attach", "chat.txt"],
        ],
        extend: ("2", "2026-09-25", "said the back office was behind"))

    static let germany = Story(
        name: "de", zone: "Europe/Berlin", organization: "Rheinpay", title: "Payment of €60.00 charged twice", kind: "payment", jurisdiction: "DE", currency: "€60.00",
        category: "transaction", account: "DE89 3704 0044 0532 0130 00", wants: "Refund the €60.00 charged twice",
        address: "Rheinallee 5, 50667 Köln",
        contacts: [
            ["--number", "+49 221 555 0100", "--agent", "Jonas", "--ref", "RP-1203", "--summary", "A €60.00 payment was charged twice",
             "--promise", "refund the second charge", "--due", "5 workdays", "--at", "2026-09-16 09:40"],
            ["--via", "email", "--summary", "Asked again for the refund", "--promise", "an answer by e-mail", "--due", "2026-09-23",
             "--at", "2026-09-21 10:00", "--attach", "statement.txt"],
            ["--via", "chat", "--agent", "Lena", "--summary", "Chat: the refund is pending", "--at", "2026-09-24 17:15", "--attach", "chat.txt"],
        ],
        extend: ("2", "2026-09-25", "said the back office was behind"))

    /// The same story told about another kind of firm (issue 19's bodies): only the firm changes.
    static func about(_ base: Story, name: String, organization: String, kind: String, jurisdiction: String, category: String) -> Story {
        Story(name: name, zone: base.zone, organization: organization, title: base.title, kind: kind, jurisdiction: jurisdiction, currency: base.currency,
              category: category, account: base.account, wants: base.wants, address: base.address, contacts: base.contacts, extend: base.extend)
    }

    static let chinaTelecom = about(china, name: "cn-telecom", organization: "中国移动", kind: "telecom", jurisdiction: "CN", category: "billing")
    static let chinaBroker = about(china, name: "cn-broker", organization: "华泰证券", kind: "securities", jurisdiction: "CN", category: "account")
    static let britainEnergy = about(britain, name: "gb-energy", organization: "Octopus Energy", kind: "energy", jurisdiction: "GB", category: "billing")
    static let britainBroadband = about(britain, name: "gb-broadband", organization: "BT Broadband", kind: "broadband", jurisdiction: "GB", category: "billing")
    static let unitedStatesCard = about(unitedStates, name: "us-card", organization: "Hudson Bank", kind: "bank", jurisdiction: "US", category: "billing")
    static let germanBank = about(germany, name: "de-bank", organization: "Berliner Bank", kind: "bank", jurisdiction: "DE", category: "transaction")
    static let germanSavingsBank = about(germany, name: "de-savings", organization: "Sparkasse KölnBonn", kind: "bank", jurisdiction: "DE", category: "transaction")
    static let germanPrivateBank = about(germany, name: "de-private", organization: "Commerzbank", kind: "bank", jurisdiction: "DE", category: "transaction")

    /// Which story each body's draft is made from.
    static let cases: [(body: String, story: Story)] = [
        ("company", china), ("cn.pboc", china), ("cn.nfra", china), ("cn.samr", china),
        ("uk.fos", britain), ("us.cfpb", unitedStates), ("us.rege", unitedStates), ("eu.adr", germany), ("eu.psd2", germany),
        ("cn.miit", chinaTelecom), ("cn.csrc", chinaBroker), ("uk.energy", britainEnergy), ("uk.comms", britainBroadband),
        ("us.regz", unitedStatesCard), ("de.bundesbank", germanBank), ("de.dsgv", germanSavingsBank), ("de.bdb", germanPrivateBank),
    ]

    /// When the story's organization and case details were filled in: before the drafts' moment
    /// (`--as-of 2026-10-14 09:00`), which sees only what had been changed by then.
    static let editedAt = "2026-09-24 09:00"

    /// Writes `story` through the real binary and returns the runner (its TZ is the story's zone).
    static func write(_ story: Story) throws -> RecourseProcess {
        var r = RecourseProcess()
        r.environment["TZ"] = story.zone
        for (index, contact) in story.contacts.enumerated() {
            for case let (offset, argument) in contact.enumerated() where offset > 0 && contact[offset - 1] == "--attach" {
                _ = r.write(argument, "evidence \(index + 1) for \(story.organization)\n")
            }
            let head = index == 0 ? [story.organization] : ["--case", "1"]
            try expectOK(r.run(["log"] + head + contact + ["--no-input"]))
        }
        if let kind = story.kind, let jurisdiction = story.jurisdiction {
            // "Nothing to change" when the name already told Recourse both (中国移动: telecom, CN).
            let edit = try r.run(["org", "edit", "1", "--kind", kind, "--jurisdiction", jurisdiction, "--at", Self.editedAt])
            guard edit.status == 0 || edit.stderr.contains("nothing to change") else { throw Failure(message: edit.stderr) }
        }
        try expectOK(r.run(["promise", "broken", "1", "--at", "2026-09-22 09:00"]))
        try expectOK(r.run(["promise", "extend", story.extend.promise, "--due", story.extend.due, "--note", story.extend.note, "--at", "2026-09-23 10:00"]))
        try expectOK(r.run(["case", "edit", "1", "--title", story.title, "--amount", story.currency, "--account", story.account, "--wants", story.wants,
                            "--category", story.category, "--at", Self.editedAt]))
        try expectOK(r.run(["org", "edit", "1", "--address", story.address, "--at", Self.editedAt]))
        try expectOK(r.run(["escalate", "1", "--to", "company", "--at", "2026-09-28", "--ref", "TS-5521"]))
        try expectOK(r.run(["escalation", "respond", "1", "--at", "2026-10-10", "--note", "final response: refused"]))
        for (key, value) in [("name", story.name.hasPrefix("cn") ? "王小明" : "Alex Morgan"), ("title", story.name.hasPrefix("cn") ? "先生" : "Mr"),
                             ("dob", "1990-03-07"), ("phone", "13800001234"), ("phone2", "010 6512 3456"),
                             ("email", "alex@example.com"), ("address", story.name.hasPrefix("cn") ? "北京市朝阳区建国路 88 号" : "22 Acacia Avenue, Leeds LS6 2AB"),
                             ("preferred-contact", story.name.hasPrefix("cn") ? "电话" : "e-mail"), ("id-number", "11010119900307123X")] {
            try expectOK(r.run(["profile", "set", key, value]))
        }
        return r
    }

    /// The chain head a draft quotes (the head as of its moment), checked to be in the journal's history.
    static func quotedHead(_ draft: String, in r: RecourseProcess) throws -> String {
        let line = try #require(draft.split(separator: "\n").last { $0.contains("verify --head ") })
        let head = String(line.split(separator: " ").last!)
        #expect(try r.run(["verify", "--head", head]).status == 0, "the quoted head is in the history")
        return head
    }

    static func expectOK(_ result: RecourseProcess.Result) throws {
        guard result.status == 0 else { throw Failure(message: result.stderr) }
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    static let arguments: [(String, String)] = cases.flatMap { item in ["zh", "en"].map { (item.body, $0) } }

    @Test("each body's draft renders exactly as the checked-in file", arguments: arguments)
    func golden(_ body: String, _ language: String) throws {
        let story = try #require(Self.cases.first { $0.body == body }?.story)
        let r = try Self.write(story)
        defer { r.cleanUp() }
        let draft = try r.run(["draft", "regulator", "1", "--to", body, "--lang", language, "--force", "--as-of", "2026-10-14 09:00"])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = draft.stdout.replacingOccurrences(of: try Self.quotedHead(draft.stdout, in: r), with: "<fingerprint>")
        let file = Self.folder.appendingPathComponent("\(body).\(language).md")
        if ProcessInfo.processInfo.environment["RECOURSE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)))
        if language == "zh" {
            let english = text.split(separator: "\n").filter { line in
                !line.contains("SHA-256") && !line.contains("recourse ") && line.range(of: #"\b(the|and|you|your|of|to)\b"#, options: .regularExpression) != nil
            }
            #expect(english.isEmpty || !story.name.hasPrefix("cn"), "no English sentences in a Chinese draft: \(english)")
        }
    }

    static let letters: [(String, String)] = [("cn", "zh"), ("cn", "en"), ("gb", "en"), ("gb", "zh"), ("us", "en"), ("de", "en"),
                                              ("cn-broker", "zh"), ("de-bank", "en")]

    @Test("each complaint letter renders exactly as the checked-in file", arguments: letters)
    func letter(_ name: String, _ language: String) throws {
        let story = try #require([Self.china, Self.britain, Self.unitedStates, Self.germany, Self.chinaBroker, Self.germanBank].first { $0.name == name })
        let r = try Self.write(story)
        defer { r.cleanUp() }
        let draft = try r.run(["draft", "complaint", "1", "--lang", language, "--as-of", "2026-10-14 09:00"])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = draft.stdout.replacingOccurrences(of: try Self.quotedHead(draft.stdout, in: r), with: "<fingerprint>")
        let file = Self.folder.appendingPathComponent("complaint-\(name).\(language).md")
        if ProcessInfo.processInfo.environment["RECOURSE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)))
    }
}
