import Foundation
import Journal
import Mustache
import Reminders

public enum DraftLanguage: String, Sendable, CaseIterable { case zh, en }

/// A formal complaint letter to the company, drafted from the case's history.
///
/// Everything a sentence depends on (promise fates, the deadline under the applicable rule, dates
/// in the letter's language) is composed here; the Mustache templates only place it, so a user can
/// restyle a letter without touching its facts. Sensitive numbers are masked unless `redact` is off.
public struct ComplaintDraft: Sendable {
    public let timeline: CaseTimeline
    public let profile: UserProfile
    /// The body whose rule gives the firm's deadline, and the last day of that deadline.
    public let rule: (body: BodyProfile, lastDay: CalendarDay)?
    /// Where the case goes next if the firm does not answer (the rule's body, else the first that fits).
    public let referral: BodyProfile?
    public let fingerprint: String
    public let date: Date
    public let zone: TimeZone
    public let redact: Bool
    public let language: DraftLanguage

    /// Gathers what the letter needs from the journal: the deadline counts from the complaint
    /// recorded with `escalate --to company`, or from `now` when none is recorded yet.
    public static func make(store: JournalStore, caseID: Int64, bodies: BodyLibrary, calendars: CalendarLibrary, profile: UserProfile,
                            now: Date, zone: TimeZone, redact: Bool, language: DraftLanguage) throws -> ComplaintDraft {
        let timeline = try store.timeline(ofCase: caseID)
        let sent = try store.submissions(ofCase: caseID).first { bodies.body($0.body)?.type == .company }?.submittedAt ?? now
        let clocks = EscalationClocks(store: store, bodies: bodies, calendars: calendars)
        let next = clocks.nextBodies(for: timeline.organization)
        let rule = next
            .first { $0.firmDeadline?.trigger == "complaint_received" }
            .map { body -> (BodyProfile, CalendarDay) in
                let (amount, unit) = EscalationClocks.period(body.firmDeadline!, for: timeline.organization)
                let last = clocks.deadlines.lastDay(after: sent, amount: amount, unit: unit, dayCount: body.dayCount,
                                                    jurisdiction: timeline.organization.jurisdiction, zone: zone)
                return (body, last.day)
            }
        return ComplaintDraft(timeline: timeline, profile: profile, rule: rule, referral: rule?.0 ?? next.first, fingerprint: try store.verify().head,
                              date: now, zone: zone, redact: redact, language: language)
    }

    /// The built-in template for the letter's language.
    public static func builtInTemplate(_ language: DraftLanguage) -> String {
        String(decoding: language == .zh ? PackageResources.complaint_zh_mustache : PackageResources.complaint_en_mustache, as: UTF8.self)
    }

    /// Renders with `template` (Mustache text; default the built-in one). `templatePath` names a
    /// user template in errors.
    public func render(template: String? = nil, templatePath: String = "built-in template") throws -> String {
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: template ?? Self.builtInTemplate(language))
        } catch let error as MustacheTemplate.ParserError {
            throw DraftError.template(path: templatePath, line: error.context.lineNumber, message: "\(error.error)")
        }
        return parsed.render(context)
    }

    // MARK: - The letter's facts

    var context: [String: Any] {
        let organization = timeline.organization
        let caseFile = timeline.caseFile
        var context: [String: Any] = [
            "organization": organization.name,
            "complainant_name": profile["name"] ?? (language == .zh ? "（请用 recourse profile set name 填写姓名）" : "(your name: recourse profile set name …)"),
            "case_id": caseFile.id ?? 0,
            "case_title": text(caseFile.title),
            "date": letterDate(date),
            "contacts": timeline.entries.map(contact),
            "promises": promiseLines(),
            "remedy": caseFile.desiredOutcome.map(text)
                ?? (language == .zh ? "请核实上述情况，兑现承诺并书面答复处理结果。" : "Please investigate, keep the promises above, and answer me in writing."),
            "deadline": deadlineParagraph(),
            "fingerprint": fingerprint,
        ]
        context["complainant_phone"] = profile["phone"].map(sensitive)
        context["complainant_email"] = profile["email"]
        context["complainant_address"] = profile["address"]
        context["account"] = caseFile.accountRef.map(sensitive)
        context["amount"] = caseFile.amountMinor.map { money($0, caseFile.currency ?? "") }
        let evidence = timeline.entries.flatMap(\.attachments)
        if !evidence.isEmpty {
            context["evidence_count"] = evidence.count
            context["evidence"] = evidence.enumerated().map { index, item in
                ["index": index + 1, "name": item.originalName, "size": "\(item.size) bytes", "sha256": item.sha256] as [String: Any]
            }
        }
        return context
    }

    private func contact(_ entry: CaseTimeline.Entry) -> [String: Any] {
        let contact = entry.contact
        var item: [String: Any] = ["when": timelineDate(contact.occurredAt), "channel": channelName(contact.channel, contact.direction)]
        // The number or address used is the company's contact point, not the user's: kept as logged.
        item["address"] = contact.address
        item["agent"] = contact.agent.map(text)
        item["reference"] = contact.reference.map(text)
        let advice = contact.advice.map { (language == .zh ? "客服建议：" : "I was advised: ") + endSentence(text($0)) }
        let outcome = contact.outcome.map { (language == .zh ? "结果：" : "Outcome: ") + endSentence(text($0)) }
        item["body"] = [contact.summary.map(text).map(endSentence), advice, outcome].compactMap { $0 }
            .joined(separator: language == .zh ? "" : " ")
        return item
    }

    /// One line per promise chain: what was promised and when, each deadline it was given, its fate.
    func promiseLines() -> [String] {
        let promises = timeline.entries.flatMap(\.promises)
        let contactTimes = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact.occurredAt) })
        let successor = Dictionary(uniqueKeysWithValues: promises.compactMap { p in p.supersedesId.map { ($0, p) } })
        return promises.filter { $0.supersedesId == nil }.map { root in
            var chain = [root]
            while let next = successor[chain.last!.id!] { chain.append(next) }
            let last = chain.last!
            let made = timelineDate(contactTimes[root.contactId] ?? root.dueAt)
            let dues = chain.map { shortDate($0.dueAt) }
            let lateSeconds = date.timeIntervalSince(last.dueAt)
            let lateDays = Int(lateSeconds / 86_400)
            switch language {
            case .zh:
                var line = "\(made) 承诺：\(text(root.text))，期限 \(dues[0])（原话：“\(root.dueWords)”）"
                if chain.count > 1 { line += "；其后延期 \(chain.count - 1) 次，改为 " + dues.dropFirst().joined(separator: "、") }
                switch last.status {
                case .kept: line += "；已于 \(shortDate(last.resolvedAt ?? last.dueAt)) 兑现。"
                case .broken: line += "；未兑现（\(shortDate(last.resolvedAt ?? last.dueAt)) 确认）。"
                case .cancelled: line += "；已取消。"
                case .pending, .superseded:
                    line += lateSeconds <= 0 ? "；尚未到期。" : lateDays >= 1 ? "；至今未兑现，已逾期 \(lateDays) 天。" : "；至今未兑现，已逾期。"
                }
                return line
            case .en:
                var line = "\(made): you promised “\(text(root.text))” by \(dues[0]) (in your words: “\(root.dueWords)”)"
                if chain.count > 1 { line += "; the deadline was then moved \(chain.count - 1) time\(chain.count > 2 ? "s" : ""), to " + dues.dropFirst().joined(separator: ", then ") }
                switch last.status {
                case .kept: line += "; kept on \(shortDate(last.resolvedAt ?? last.dueAt))."
                case .broken: line += "; broken (confirmed \(shortDate(last.resolvedAt ?? last.dueAt)))."
                case .cancelled: line += "; cancelled."
                case .pending, .superseded:
                    line += lateSeconds <= 0 ? "; not yet due." : lateDays >= 1 ? "; still not kept, \(lateDays) day\(lateDays == 1 ? "" : "s") late." : "; still not kept, now overdue."
                }
                return line
            }
        }
    }

    func deadlineParagraph() -> String {
        guard let (body, lastDay) = rule, let deadline = body.firmDeadline else {
            let referral = self.referral.map {
                language == .zh ? "逾期未答复或答复不能解决问题的，本人将向\($0.names.zh)投诉。" : " If you do not, I will refer the matter to the \($0.names.en)."
            } ?? ""
            return language == .zh ? "请于收到本函之日起15日内书面答复。" + referral : "Please answer in writing within 15 days of receiving this letter." + referral
        }
        let (amount, unit) = EscalationClocks.period(deadline, for: timeline.organization)
        let source = body.sources.first
        let caveat = source?.confidence == .unconfirmed
            ? (language == .zh ? "（该期限所依据的规定尚待核实）" : " (the rule behind this deadline is not yet confirmed)") : ""
        let day = letterDate(lastDay.at(TimeOfDay(hour: 12, minute: 0)!, in: zone))
        switch language {
        case .zh:
            return "依据\(source.map { "《\($0.title.components(separatedBy: "（").first ?? $0.title)》" } ?? "相关规定")，请贵司自收到投诉之日起"
                + "\(periodZH(amount, unit))内（即 \(day) 前）书面答复\(caveat)。逾期未答复或答复不能解决问题的，本人将向\(body.names.zh)投诉。"
        case .en:
            return "Under \(source?.title ?? "the applicable rules"), please send me your final response within \(BodyText.period(amount, unit))"
                + " of receiving my complaint, that is by \(day)\(caveat). If you do not, or if your answer does not resolve this, I will refer"
                + " the matter to the \(body.names.en)."
        }
    }

    // MARK: - Words and numbers

    /// Free text as logged, with account, card and phone numbers masked when redacting.
    private func text(_ value: String) -> String { redact ? Redaction.maskNumbers(value) : value }

    private func sensitive(_ value: String) -> String { redact ? Redaction.maskValue(value) : value }

    private func endSentence(_ value: String) -> String {
        guard let last = value.last, !"。.!！?？".contains(last) else { return value }
        return value + (language == .zh ? "。" : ".")
    }

    private func channelName(_ channel: Channel, _ direction: Direction) -> String {
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

    private func civil(_ date: Date) -> (CalendarDay, Int, Int) {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return (CalendarDay(date, in: zone), minutes / 60, minutes % 60)
    }

    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    func letterDate(_ date: Date) -> String {
        let (day, _, _) = civil(date)
        return language == .zh ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(Self.monthsEN[day.month - 1]) \(day.year)"
    }

    /// "11月24日" / "24 Nov", with the year when it is not the letter's.
    func shortDate(_ date: Date) -> String {
        let (day, _, _) = civil(date)
        let otherYear = day.year != civil(self.date).0.year
        return language == .zh ? "\(otherYear ? "\(day.year)年" : "")\(day.month)月\(day.day)日"
            : "\(day.day) \(Self.monthsEN[day.month - 1].prefix(3))\(otherYear ? " \(day.year)" : "")"
    }

    func timelineDate(_ date: Date) -> String {
        let (day, hour, minute) = civil(date)
        let time = String(format: "%02d:%02d", hour, minute)
        return language == .zh ? "\(day.year)年\(day.month)月\(day.day)日 \(time)" : "\(day.day) \(Self.monthsEN[day.month - 1].prefix(3)) \(day.year) \(time)"
    }

    private func periodZH(_ amount: Int, _ unit: BodyProfile.Unit) -> String {
        switch unit {
        case .calendarDays: "\(amount)日"
        case .businessDays, .workingDays: "\(amount)个工作日"
        case .weeks: "\(amount)周"
        case .months: "\(amount)个月"
        case .years: "\(amount)年"
        }
    }

    private func money(_ minor: Int64, _ currency: String) -> String {
        let amount = "\(minor / 100).\(String(format: "%02d", minor % 100))"
        switch (language, currency) {
        case (.zh, "CNY"): return "人民币 \(amount) 元"
        case (_, "GBP"): return "£\(amount)"
        case (_, "USD"): return "$\(amount)"
        case (_, "CNY"): return "CNY \(amount)"
        default: return "\(amount) \(currency)"
        }
    }
}

public enum DraftError: Error, Equatable, Sendable, LocalizedError {
    case template(path: String, line: Int, message: String)

    public var errorDescription: String? {
        switch self {
        case let .template(path, line, message): "template \(path):\(line): \(message); check the tags on that line"
        }
    }
}
