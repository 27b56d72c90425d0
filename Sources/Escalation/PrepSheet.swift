import Foundation
import Journal
import Reminders
import Lexicon

/// The sheet to read before calling about a case: which genuine channel to use, what to have
/// ready, the history so far, what to ask for, what to say if they stall, what to write down.
///
/// Built on the complaint draft's facts (timeline, promise fates, the firm's deadline and the body
/// that opens next), so the sheet and the letter never disagree. Sensitive numbers are masked.
public struct PrepSheet: Sendable {
    public let draft: ComplaintDraft
    /// A genuine channel to call, from the registry or the user's `org add --official`.
    public struct Channel: Sendable, Equatable {
        /// phone, site, app, wechat, email (or a journal channel kind).
        public let kind: String
        public let address: String
        public let unconfirmed: Bool

        public init(kind: String, address: String, unconfirmed: Bool) {
            self.kind = kind
            self.address = address
            self.unconfirmed = unconfirmed
        }
    }

    public let genuineChannels: [Channel]

    /// The channels in the order to try them: one already used in this case that got somewhere
    /// (a promise kept, or an outcome written down), then one used at all, then the confirmed or
    /// published before the unconfirmed; otherwise as given (the user's own first).
    public static func ranked(_ channels: [Channel], timeline: CaseTimeline) -> [Channel] {
        func digits(_ text: String) -> String { text.filter(\.isNumber) }
        func uses(_ channel: Channel) -> [CaseTimeline.Entry] {
            let wanted = digits(channel.address)
            return timeline.entries.filter { entry in
                guard let used = entry.contact.address else { return false }
                return wanted.count >= 3 ? digits(used) == wanted : used.lowercased() == channel.address.lowercased()
            }
        }
        func score(_ channel: Channel) -> Int {
            let used = uses(channel)
            let worked = used.contains { entry in entry.promises.contains { $0.status == .kept } || entry.contact.outcome != nil }
            return (worked ? 0 : used.isEmpty ? 2 : 1) * 2 + (channel.unconfirmed ? 1 : 0)
        }
        return channels.enumerated().sorted { (score($0.element), $0.offset) < (score($1.element), $1.offset) }.map(\.element)
    }

    public init(draft: ComplaintDraft, genuineChannels: [Channel]) {
        self.draft = draft
        self.genuineChannels = genuineChannels
    }

    /// Markdown; plain text is the same without the `#` and `**` marks.
    public func render(markdown: Bool) -> String {
        let words = draft.words
        let zh = words.language == .zh
        let timeline = draft.timeline
        let caseFile = timeline.caseFile
        let t = PrepWords(zh: zh)
        var lines: [String] = []
        func heading(_ text: String) { lines.append(""); lines.append(markdown ? "## " + text : text.uppercased()) }
        func item(_ text: String) { lines.append("- " + text) }

        lines.append((markdown ? "# " : "") + t.title(caseFile.id ?? 0, words.text(caseFile.title), timeline.organization.name))
        heading(t.callHeading)
        if genuineChannels.isEmpty { item(t.noChannel) } else { item(t.call(genuineChannels, region: timeline.organization.jurisdiction)) }
        item(t.neverSearch)

        heading(t.readyHeading)
        item(t.account(caseFile.accountRef.map(words.sensitive)))
        item(t.amount(caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }))
        item(t.problem(words.text(caseFile.title)))
        let facts = draft.facts
        if let facts, facts.transactionAt != nil || facts.counterparty != nil {
            item(t.transaction(at: facts.transactionAt.map(words.timeline), counterparty: facts.counterparty.map(words.text)))
        } else {
            item(t.transaction)
        }
        item(facts?.device.map { t.device($0) } ?? t.device)
        let evidence = timeline.entries.flatMap(\.attachments)
        item(t.evidence(evidence.map { words.text($0.displayName) }))

        heading(t.historyHeading)
        // The user reads the history: the firm in the third person ("数字人民币钱包承诺"), not "贵司".
        let told = words.aboutFirm(timeline.organization.name)
        if timeline.entries.isEmpty { item(t.noContacts) }
        for entry in timeline.entries {
            let contact = entry.contact
            let who = [contact.agent.map { t.agent(words.text($0)) }, contact.reference.map { t.reference(words.text($0)) }].compactMap { $0 }
            let body = told.contactBody(contact)
            item(([told.timeline(contact.occurredAt), told.channel(contact.channel, contact.direction)] + who).joined(separator: " · ")
                 + (body.isEmpty ? "" : " — " + body))
        }
        for promise in told.promiseLines(timeline) { item(promise.line) }

        heading(t.askHeading)
        // A fraud case asks the user's bank to stop the money and the police to act, not the
        // impersonated firm to keep promises its impersonator made.
        if caseFile.category == .fraud {
            item(Message.prepFraudAsk.text(in: words.language, caseFile.id ?? 0))
        } else {
            item(caseFile.desiredOutcome.map(words.text) ?? t.defaultRemedy)
            heading(t.stallHeading)
            item(draft.deadlineParagraph())
        }

        heading(t.writeHeading)
        item(t.writeDown)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The sheet's words, Chinese and English side by side.
struct PrepWords {
    let zh: Bool

    func title(_ id: Int64, _ title: String, _ organization: String) -> String {
        zh ? "通话准备：案件 #\(id) \(title)（\(organization)）" : "Before you call: case #\(id) \(title) (\(organization))"
    }
    var callHeading: String { zh ? "拨打哪个渠道" : "Use a genuine channel" }
    /// - Parameter region: the firm's jurisdiction, whose way of writing phone numbers the sheet uses.
    func call(_ channels: [PrepSheet.Channel], region: String?) -> String {
        let kindsZH = ["phone": "电话", "site": "网站", "web": "网站", "app": "App", "wechat": "公众号", "email": "邮件", "chat": "在线客服"]
        let listed = channels.map { channel in
            (zh ? kindsZH[channel.kind] ?? channel.kind : channel.kind) + " "
                + (channel.kind == "phone" ? PhoneDisplay.format(channel.address, region: region) : channel.address)
                + (channel.unconfirmed ? (zh ? "（未经证实）" : " (unconfirmed)") : "")
        }
        return (zh ? "官方渠道：" : "Genuine: ") + listed.joined(separator: zh ? "；" : "; ")
    }
    var noChannel: String {
        zh ? "Recourse 没有该机构的官方渠道：请在官方App的客服入口或官网“联系我们”中查找（可用 org add --official 记下）"
            : "Recourse knows no genuine channel of this organization: find it in the official app or on the official site's contact page (record it with org add --official)"
    }
    var neverSearch: String {
        zh ? "不要拨打搜索引擎找到的号码；主动来电的“客服”要求验证码、屏幕共享或转账的，一律挂断（反诈专线 96110）"
            : "Never call a number found by a search engine; hang up on any caller who asks for a code, screen sharing or a transfer"
    }
    var readyHeading: String { zh ? "准备好" : "Have ready" }
    func account(_ value: String?) -> String { (zh ? "账户：" : "Account: ") + (value ?? (zh ? "（未记录：recourse case edit --account）" : "(not recorded: recourse case edit --account)")) }
    func amount(_ value: String?) -> String { (zh ? "金额：" : "Amount: ") + (value ?? (zh ? "（未记录：recourse case edit --amount）" : "(not recorded: recourse case edit --amount)")) }
    func problem(_ title: String) -> String { (zh ? "问题：" : "The problem: ") + title }
    var transaction: String { zh ? "交易时间、对方账户、错误提示：请对照账单或截图" : "The transaction's time, counterparty and any error message: from the statement or screenshots" }
    var device: String { zh ? "设备型号、系统版本与App版本（如涉及App）" : "The device, its system version and the app version, if the app is involved" }
    /// The transaction line from what `case edit` recorded; a fact not recorded says how to add it.
    func transaction(at time: String?, counterparty: String?) -> String {
        let missing = zh ? "（未记录）" : "(not recorded)"
        return zh ? "交易时间：\(time ?? missing)；交易对方：\(counterparty ?? missing)；错误提示：请对照账单或截图"
            : "Transaction: \(time ?? missing); counterparty: \(counterparty ?? missing); any error message: from the statement or screenshots"
    }
    func device(_ value: String) -> String { (zh ? "设备与版本：" : "Device and versions: ") + value }
    func evidence(_ names: [String]) -> String {
        names.isEmpty ? (zh ? "证据：暂无（截图、录屏、邮件可用 log --attach 保存）" : "Evidence: none yet (save screenshots, recordings, e-mails with log --attach)")
            : (zh ? "证据：" : "Evidence: ") + names.joined(separator: zh ? "、" : ", ")
    }
    var historyHeading: String { zh ? "到目前为止" : "So far" }
    var noContacts: String { zh ? "尚无联系记录" : "No contact logged yet" }
    func agent(_ value: String) -> String { zh ? "客服 \(value)" : "agent \(value)" }
    func reference(_ value: String) -> String { zh ? "工单号 \(value)" : "ref \(value)" }
    var askHeading: String { zh ? "要求什么" : "Ask for" }
    var defaultRemedy: String { zh ? "兑现承诺，并书面答复处理结果（可用 case edit --wants 写明）" : "Keep the promises made, and answer in writing (set it with case edit --wants)" }
    var stallHeading: String { zh ? "如果对方拖延" : "If they stall" }
    var writeHeading: String { zh ? "这次要记下" : "Write down this time" }
    var writeDown: String {
        zh ? "客服姓名或工号、工单号、对方承诺的内容和原话期限、通话时间；挂断后立即 recourse log"
            : "The agent's name or ID, the reference number, what they promise and by when in their words, the time of the call; then recourse log right away"
    }
}
