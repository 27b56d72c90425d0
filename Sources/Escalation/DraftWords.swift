import Foundation
import Journal
import Reminders
import Lexicon

/// How a draft writes dates, money, channels and sensitive values in its language.
///
/// Every word a draft adds around the journal's facts is here or in the templates, in both
/// languages, so a Chinese draft carries no English and an English one no untranslated Chinese.
public struct DraftWords: Sendable {
    /// Who reads the draft: the firm (second person, "you", "贵司") or a regulator, to whom the
    /// firm is named in the third person.
    public enum Audience: Sendable { case firm, regulator }

    public let language: Language
    public let zone: TimeZone
    /// The draft's own date: "today" for the letter.
    public let date: Date
    public let redact: Bool
    public var audience: Audience = .firm
    /// The firm's name, for third-person sentences.
    public var firmName = ""
    /// Decides which numbers in free text are masked; knows the case once `knowing` is called.
    public private(set) var redactor: Redactor

    public init(language: Language, zone: TimeZone, date: Date, redact: Bool) {
        self.language = language
        self.zone = zone
        self.date = date
        self.redact = redact
        self.redactor = Redactor(mask: Self.mask)
    }

    /// These words for one case: its references and staff numbers (contacts' `--ref`, `--agent`,
    /// the complaint's `escalate --ref`) stay readable whatever they look like; the user's ID
    /// number and the case's account (`case edit --account`) are masked wherever they appear.
    public func knowing(_ timeline: CaseTimeline, submissions: [Submission] = [], profile: UserProfile) -> DraftWords {
        var words = self
        words.redactor = Redactor.forCase(timeline, submissions: submissions, secrets: [profile["id-number"]].compactMap { $0 }, mask: Self.mask)
        return words
    }

    /// These words with `values` readable wherever they appear: the fraudster's numbers and
    /// accounts, which the police and the bank must read in full (the user's own stay masked).
    public func reading(_ values: [String]) -> DraftWords {
        var words = self
        words.redactor = redactor.reading(values)
        return words
    }

    /// The line under a redacted draft: what was hidden can be had on request.
    static func redactionNote(_ language: Language) -> String {
        language == .zh ? "注：为保护个人信息，证件号、卡号、账号和个人电话仅显示末四位，完整号码可应要求另行提供。"
            : "Note: to protect personal data, identity, card and account numbers and personal phone numbers show only their last four digits; the full numbers will be given on request."
    }

    /// The same words addressed to a regulator about `firm`.
    public func aboutFirm(_ firm: String) -> DraftWords {
        var words = self
        words.audience = .regulator
        words.firmName = text(firm)  // the organization's name as the user typed it: masked and escaped like any text
        return words
    }

    /// The firm as the sentence's subject: "贵司" / "you" to the firm, its name to a regulator.
    var firm: String { audience == .firm ? (language == .zh ? "贵司" : "you") : firmName }

    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    // Every value from the journal or the profile enters a draft through one of these three, so it
    // is masked by meaning and escaped for Markdown (see `MarkdownText`) exactly once.

    /// Free text as logged, with identity, card, account and personal phone numbers masked when
    /// redacting; in a Chinese draft an ASCII comma typed next to Chinese text becomes a full-width one.
    func text(_ value: String) -> String {
        let masked = redact ? redactor.redact(value) : value
        // Most values have no ASCII comma, and then the pattern cannot match.
        guard language == .zh, masked.utf8.contains(UInt8(ascii: ",")) else { return MarkdownText.escape(masked) }
        let range = NSRange(masked.startIndex..., in: masked)
        return MarkdownText.escape(Self.commaNextToHan.stringByReplacingMatches(in: masked, range: range, withTemplate: "，"))
    }

    /// An ASCII comma (and the spaces around it) beside a Chinese character. Compiled once: drafts
    /// pass hundreds of values through `text`.
    private static let commaNextToHan = try! NSRegularExpression(pattern: #"(?<=\p{Han})\s*,\s*|\s*,\s*(?=\p{Han})"#)

    /// A value that identifies the user as a whole (ID number, account): all but its last four hidden.
    func sensitive(_ value: String) -> String { MarkdownText.escape(redact ? redactor.maskWhole(value) : value) }

    /// The user's own contact details, where the recipient needs them to reply: never masked.
    func plain(_ value: String) -> String { MarkdownText.escape(value) }

    /// "*" means emphasis in Markdown, so drafts hide digits with bullets.
    static let mask = "••••"

    /// Closes a sentence with the full stop of the script it ends in: user text in English inside
    /// a Chinese draft ends with ".", Chinese text in an English draft with "。". Digits, masks
    /// and symbols belong to no script, so they take the draft's own ("手机••••5678。").
    func endSentence(_ value: String) -> String {
        guard let last = value.last, !"。.!！?？".contains(last) else { return value }
        if last.isASCII, !last.isNumber { return value + "." }
        if let scalar = last.unicodeScalars.first, (0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value) { return value + "。" }
        return value + (language == .zh ? "。" : ".")
    }

    private static let channelsZH: [Channel: String] = [.phone: "电话", .chat: "在线客服", .app: "应用内消息", .web: "网站", .email: "电子邮件",
                                                        .wechat: "微信", .weibo: "微博", .letter: "信函", .visit: "到访", .sms: "短信", .other: "其他方式"]
    private static let channelsEN: [Channel: String] = [.phone: "phone call", .chat: "online chat", .app: "in-app message", .web: "web form",
                                                        .email: "e-mail", .wechat: "WeChat", .weibo: "Weibo", .letter: "letter", .visit: "visit",
                                                        .sms: "text message", .other: "other means"]

    /// How a contact happened, from the complainant's side: "本人致电" / "my phone call" to the
    /// firm; "本人致电 Northway Bank" / "I called Northway Bank" to a regulator.
    func channel(_ channel: Channel, _ direction: Direction) -> String {
        let zh = Self.channelsZH[channel] ?? "", en = Self.channelsEN[channel] ?? channel.rawValue
        switch (language, audience) {
        case (.zh, .firm):
            if channel == .phone { return direction == .inbound ? "贵司来电" : "本人致电" }
            return direction == .inbound ? "贵司通过\(zh)联系本人" : "本人通过\(zh)联系"
        case (.zh, .regulator):
            if channel == .phone { return direction == .inbound ? "\(firmName)来电" : "本人致电\(firmName)" }
            if channel == .visit { return direction == .inbound ? "\(firmName)上门" : "本人到访\(firmName)" }
            return direction == .inbound ? "\(firmName)通过\(zh)联系本人" : "本人通过\(zh)联系\(firmName)"
        case (.en, .firm): return (direction == .inbound ? "your " : "my ") + en
        case (.en, .regulator):
            if channel == .phone { return direction == .inbound ? "\(firmName) called me" : "I called \(firmName)" }
            let by = Self.channelsENBy[channel] ?? "by other means"
            return direction == .inbound ? "\(firmName) contacted me \(by)" : "I contacted \(firmName) \(by)"
        }
    }

    private static let channelsENBy: [Channel: String] = [.chat: "via online chat", .app: "via the app", .web: "via the web form", .email: "by e-mail",
                                                          .wechat: "via WeChat", .weibo: "via Weibo", .letter: "by letter", .visit: "in person",
                                                          .sms: "by text message", .other: "by other means"]

    private static let kindsZH: [OrganizationKind: String] = [.bank: "银行", .wallet: "钱包", .payment: "支付机构", .insurer: "保险公司",
                                                              .telecom: "电信运营商", .shop: "商家", .utility: "公用事业", .transport: "交通运输",
                                                              .government: "政府部门", .other: "其他", .securities: "证券公司", .fund: "基金公司",
                                                              .futures: "期货公司", .creditReporting: "征信机构", .broadband: "宽带运营商",
                                                              .energy: "能源供应商", .platform: "电商平台"]

    /// An organization kind in the draft's language ("钱包" / "wallet").
    public static func kind(_ kind: OrganizationKind, _ language: Language) -> String {
        language == .zh ? kindsZH[kind] ?? kind.rawValue : kind.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// The due time as the firm said it, unless it is only the date the user typed.
    func saidWords(_ words: String) -> String? {
        Self.typedDate.firstMatch(in: words, range: NSRange(words.startIndex..., in: words)) == nil ? text(words) : nil
    }

    /// A date as the user types it ("2026-11-27", "2026-11-27 17:00"), compiled once.
    private static let typedDate = try! NSRegularExpression(pattern: #"^\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?$"#)

    /// A channel as a noun: "电话" / "phone call".
    func channelNoun(_ channel: Channel) -> String {
        (language == .zh ? Self.channelsZH[channel] : Self.channelsEN[channel]) ?? channel.rawValue
    }

    /// A body's contact point in words: "电话 12378" / "phone 12378".
    func contactPoint(_ kind: String, _ address: String) -> String {
        let zh = ["phone": "电话", "web": "网站", "email": "电子邮件", "post": "邮寄地址", "letter": "邮寄地址", "wechat": "微信"]
        return (language == .zh ? zh[kind] ?? kind : kind == "web" ? "website" : kind) + " " + address
    }

    /// The agent as the recipient reads it: "客服小王", "客服（工号 1023）", "agent Alice"; a name
    /// that already says what it is ("客服小王", "工号 1023", "Agent 7") is not labelled twice.
    func agent(_ raw: String) -> String {
        let value = text(raw).trimmingWhitespace()
        switch language {
        case .zh:
            if ["客服", "坐席", "专员", "经理", "柜员"].contains(where: { value.hasPrefix($0) }) { return value }
            if value.hasPrefix("工号") || value.first?.isNumber == true || value.first?.isASCII == true { return "客服（\(value)）" }
            return "客服" + value
        case .en:
            let lower = value.lowercased()
            if ["客服", "坐席", "专员", "工号"].contains(where: { value.hasPrefix($0) }) { return value }
            if ["agent", "advisor", "adviser", "staff", "operator", "representative", "manager"].contains(where: { lower.hasPrefix($0) }) { return value }
            return "agent " + value
        }
    }

    /// A file size: "79 字节", "1.2 KB" / "79 bytes".
    func size(_ bytes: Int64) -> String {
        let unit = language == .zh ? "字节" : "bytes"
        guard bytes >= 1024 else { return "\(bytes) \(unit)" }
        let kib = Double(bytes) / 1024
        return kib < 1024 ? String(format: "%.1f KB", kib) : String(format: "%.1f MB", kib / 1024)
    }

    /// A rule's title in the draft's language.
    func rule(_ citation: BodyProfile.Citation) -> String { language == .zh ? citation.zh : citation.en }

    /// Section numbers: "一" … / "1" ….
    func ordinal(_ number: Int) -> String {
        guard language == .zh else { return "\(number)" }
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return number <= 10 ? digits[number] : "十" + digits[number - 10]
    }

    private func civil(_ date: Date) -> (day: CalendarDay, hour: Int, minute: Int) {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return (CalendarDay(date, in: zone), minutes / 60, minutes % 60)
    }

    /// "2026年11月25日" / "25 November 2026".
    func long(_ date: Date) -> String {
        let day = civil(date).day
        return language == .zh ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(Self.monthsEN[day.month - 1]) \(day.year)"
    }

    /// "11月24日" / "24 Nov", with the year when it is not the draft's.
    func short(_ date: Date) -> String {
        let day = civil(date).day
        let otherYear = day.year != civil(self.date).day.year
        return language == .zh ? "\(otherYear ? "\(day.year)年" : "")\(day.month)月\(day.day)日"
            : "\(day.day) \(Self.monthsEN[day.month - 1].prefix(3))\(otherYear ? " \(day.year)" : "")"
    }

    /// "2026年11月16日 10:05" / "16 Nov 2026 10:05".
    func timeline(_ date: Date) -> String {
        let (day, hour, minute) = civil(date)
        let time = String(format: "%02d:%02d", hour, minute)
        return language == .zh ? "\(day.year)年\(day.month)月\(day.day)日 \(time)" : "\(day.day) \(Self.monthsEN[day.month - 1].prefix(3)) \(day.year) \(time)"
    }

    func period(_ amount: Int, _ unit: BodyProfile.Unit) -> String {
        guard language == .zh else { return BodyText.period(amount, unit, in: .en) }
        switch unit {
        case .calendarDays: return "\(amount)日"
        case .businessDays, .workingDays: return "\(amount)个工作日"
        case .weeks: return "\(amount)周"
        case .months: return "\(amount)个月"
        case .years: return "\(amount)年"
        }
    }

    func money(_ minor: Int64, _ currency: String) -> String {
        Money(minor: minor, currency: currency).text(in: language)
    }

    /// One contact as a sentence: summary, advice, outcome.
    func contactBody(_ contact: Contact) -> String {
        let advice = contact.advice.map { (language == .zh ? "客服建议：" : "I was advised: ") + endSentence(text($0)) }
        let outcome = contact.outcome.map { (language == .zh ? "结果：" : "Outcome: ") + endSentence(text($0)) }
        return [contact.summary.map(text).map(endSentence), advice, outcome].compactMap { $0 }.joined(separator: language == .zh ? "" : " ")
    }

    /// One line per promise chain: what was promised and when, each time the deadline was moved
    /// (when, to what, with the reason given), and its fate. Keyed by the contact it was made in,
    /// so a regulator's chronology can place it in date order.
    func promiseLines(_ timeline: CaseTimeline) -> [(contactID: Int64, line: String)] {
        let promises = timeline.entries.flatMap(\.promises)
        let contactTimes = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact.occurredAt) })
        let agents = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact.agent) })
        let successor = Dictionary(uniqueKeysWithValues: promises.compactMap { p in p.supersedesId.map { ($0, p) } })
        return promises.filter { $0.supersedesId == nil }.map { root in
            var chain = [root]
            while let next = successor[chain.last!.id!] { chain.append(next) }
            let last = chain.last!
            let made = self.timeline(contactTimes[root.contactId] ?? root.dueAt)
            let lateDays = Int(date.timeIntervalSince(last.dueAt) / 86_400)
            // Each move with when it was made, by whom (when logged with the call that gave it), to when, and why.
            let moves = zip(chain, chain.dropFirst()).map { previous, next in
                (when: short(previous.resolvedAt ?? previous.dueAt), to: short(next.dueAt), why: previous.note.map(text),
                 by: next.contactId == previous.contactId ? nil : agents[next.contactId] ?? nil)
            }
            switch language {
            case .zh:
                let who = audience == .firm ? "贵司" : firmName
                var line = "\(made) \(who)承诺：\(text(root.text))，期限 \(short(root.dueAt))" + (saidWords(root.dueWords).map { "（原话：“\($0)”）" } ?? "")
                if !moves.isEmpty {
                    line += "；其后\(who)延期 \(moves.count) 次：" + moves.map { "\($0.when)\($0.by.map { " 由\(text($0))" } ?? "") 延至 \($0.to)\($0.why.map { "（理由：\($0)）" } ?? "")" }.joined(separator: "，")
                }
                switch last.status {
                case .kept: line += "；已于 \(short(last.resolvedAt ?? last.dueAt)) 兑现。"
                case .broken: line += "；未兑现（\(short(last.resolvedAt ?? last.dueAt)) 确认）。"
                case .cancelled: line += "；已取消。"
                case .pending, .superseded:
                    line += last.dueAt >= date ? "；尚未到期。" : lateDays >= 1 ? "；至今未兑现，已逾期 \(lateDays) 天。" : "；至今未兑现，已逾期。"
                }
                return (root.contactId, line)
            case .en:
                let who = audience == .firm ? "you" : firmName
                var line = "\(made): \(who) promised “\(text(root.text))” by \(short(root.dueAt))"
                    + (saidWords(root.dueWords).map { " (in \(audience == .firm ? "your" : "their") words: “\($0)”)" } ?? "")
                if !moves.isEmpty {
                    line += "; \(who) then moved the deadline \(moves.count == 1 ? "once" : moves.count == 2 ? "twice" : "\(moves.count) times"): "
                        + moves.map { "on \($0.when)\($0.by.map { " by \(text($0))" } ?? "") to \($0.to)\($0.why.map { " (reason given: \($0))" } ?? "")" }.joined(separator: ", ")
                }
                switch last.status {
                case .kept: line += "; kept on \(short(last.resolvedAt ?? last.dueAt))."
                case .broken: line += "; broken (confirmed \(short(last.resolvedAt ?? last.dueAt)))."
                case .cancelled: line += "; cancelled."
                case .pending, .superseded:
                    line += last.dueAt >= date ? "; not yet due." : lateDays >= 1 ? "; still not kept, \(lateDays) day\(lateDays == 1 ? "" : "s") late." : "; still not kept, now overdue."
                }
                return (root.contactId, line)
            }
        }
    }
}
