import Foundation
import Journal
import Reminders

/// How a draft writes dates, money, channels and sensitive values in its language.
public struct DraftWords: Sendable {
    public let language: DraftLanguage
    public let zone: TimeZone
    /// The draft's own date: "today" for the letter.
    public let date: Date
    public let redact: Bool

    public init(language: DraftLanguage, zone: TimeZone, date: Date, redact: Bool) {
        self.language = language
        self.zone = zone
        self.date = date
        self.redact = redact
    }

    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// Free text as logged, with account, card and phone numbers masked when redacting.
    func text(_ value: String) -> String { redact ? Redaction.maskNumbers(value, mask: Self.mask) : value }

    /// A value that is sensitive as a whole (account, ID, phone): all but its last four hidden.
    func sensitive(_ value: String) -> String { redact ? Redaction.maskValue(value, mask: Self.mask) : value }

    /// "*" means emphasis in Markdown, so drafts hide digits with bullets.
    static let mask = "••••"

    func endSentence(_ value: String) -> String {
        guard let last = value.last, !"。.!！?？".contains(last) else { return value }
        return value + (language == .zh ? "。" : ".")
    }

    func channel(_ channel: Channel, _ direction: Direction) -> String {
        let zh: [Channel: String] = [.phone: "电话", .chat: "在线客服", .app: "应用内", .web: "网站", .email: "电子邮件", .wechat: "微信",
                                     .weibo: "微博", .letter: "信函", .visit: "到访", .sms: "短信", .other: "其他方式"]
        let en: [Channel: String] = [.phone: "phone call", .chat: "online chat", .app: "in-app message", .web: "web form", .email: "e-mail",
                                     .wechat: "WeChat", .weibo: "Weibo", .letter: "letter", .visit: "visit", .sms: "text message", .other: "other"]
        switch language {
        case .zh:
            if channel == .phone { return direction == .inbound ? "贵司来电" : "本人致电" }
            return direction == .inbound ? "贵司通过\(zh[channel] ?? "")联系本人" : "本人通过\(zh[channel] ?? "")联系"
        case .en: return (direction == .inbound ? "your " : "my ") + (en[channel] ?? channel.rawValue)
        }
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
        guard language == .zh else { return BodyText.period(amount, unit) }
        switch unit {
        case .calendarDays: return "\(amount)日"
        case .businessDays, .workingDays: return "\(amount)个工作日"
        case .weeks: return "\(amount)周"
        case .months: return "\(amount)个月"
        case .years: return "\(amount)年"
        }
    }

    func money(_ minor: Int64, _ currency: String) -> String {
        let amount = "\(minor / 100).\(String(format: "%02d", minor % 100))"
        switch (language, currency) {
        case (.zh, "CNY"): return "人民币 \(amount) 元"
        case (_, "GBP"): return "£\(amount)"
        case (_, "USD"): return "$\(amount)"
        case (_, "CNY"): return "CNY \(amount)"
        default: return "\(amount) \(currency)"
        }
    }

    /// One contact as a sentence: summary, advice, outcome.
    func contactBody(_ contact: Contact) -> String {
        let advice = contact.advice.map { (language == .zh ? "客服建议：" : "I was advised: ") + endSentence(text($0)) }
        let outcome = contact.outcome.map { (language == .zh ? "结果：" : "Outcome: ") + endSentence(text($0)) }
        return [contact.summary.map(text).map(endSentence), advice, outcome].compactMap { $0 }.joined(separator: language == .zh ? "" : " ")
    }

    /// One line per promise chain: what was promised and when, each deadline it was given, its fate.
    func promiseLines(_ timeline: CaseTimeline) -> [String] {
        let promises = timeline.entries.flatMap(\.promises)
        let contactTimes = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact.occurredAt) })
        let agents = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact.agent) })
        let successor = Dictionary(uniqueKeysWithValues: promises.compactMap { p in p.supersedesId.map { ($0, p) } })
        return promises.filter { $0.supersedesId == nil }.map { root in
            var chain = [root]
            while let next = successor[chain.last!.id!] { chain.append(next) }
            let last = chain.last!
            let made = self.timeline(contactTimes[root.contactId] ?? root.dueAt)
            // Each new deadline with who gave it and when, when it was logged with the call that gave it.
            let dues = chain.enumerated().map { index, promise -> String in
                guard index > 0 else { return short(promise.dueAt) }
                let previous = chain[index - 1]
                let agent = promise.contactId == previous.contactId ? nil : agents[promise.contactId] ?? nil
                let when = previous.resolvedAt.map(short)
                let source: String
                switch language {
                case .zh: source = [when, agent.map { "由\($0)" }, "改期"].compactMap { $0 }.joined(separator: " ")
                case .en: source = "moved" + (when.map { " on \($0)" } ?? "") + (agent.map { " by \($0)" } ?? "")
                }
                return short(promise.dueAt) + (language == .zh ? "（\(source)）" : " (\(source))")
            }
            let lateSeconds = date.timeIntervalSince(last.dueAt)
            let lateDays = Int(lateSeconds / 86_400)
            switch language {
            case .zh:
                var line = "\(made) 承诺：\(text(root.text))，期限 \(dues[0])（原话：“\(root.dueWords)”）"
                if chain.count > 1 { line += "；其后延期 \(chain.count - 1) 次，改为 " + dues.dropFirst().joined(separator: "、") }
                switch last.status {
                case .kept: line += "；已于 \(short(last.resolvedAt ?? last.dueAt)) 兑现。"
                case .broken: line += "；未兑现（\(short(last.resolvedAt ?? last.dueAt)) 确认）。"
                case .cancelled: line += "；已取消。"
                case .pending, .superseded:
                    line += lateSeconds <= 0 ? "；尚未到期。" : lateDays >= 1 ? "；至今未兑现，已逾期 \(lateDays) 天。" : "；至今未兑现，已逾期。"
                }
                return line
            case .en:
                var line = "\(made): you promised “\(text(root.text))” by \(dues[0]) (in your words: “\(root.dueWords)”)"
                if chain.count > 1 { line += "; the deadline was then moved \(chain.count - 1) time\(chain.count > 2 ? "s" : ""), to " + dues.dropFirst().joined(separator: ", then ") }
                switch last.status {
                case .kept: line += "; kept on \(short(last.resolvedAt ?? last.dueAt))."
                case .broken: line += "; broken (confirmed \(short(last.resolvedAt ?? last.dueAt)))."
                case .cancelled: line += "; cancelled."
                case .pending, .superseded:
                    line += lateSeconds <= 0 ? "; not yet due." : lateDays >= 1 ? "; still not kept, \(lateDays) day\(lateDays == 1 ? "" : "s") late." : "; still not kept, now overdue."
                }
                return line
            }
        }
    }
}
