import Foundation
import Journal
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
        return ComplaintDraft(timeline: timeline, profile: profile, rule: rule, referral: rule?.0 ?? next.first, fingerprint: try store.chainHead(),
                              date: now, zone: zone, redact: redact, language: language)
    }

    // MARK: - The letter's facts

    var words: DraftWords { DraftWords(language: language, zone: zone, date: date, redact: redact) }

    public var context: [String: Any] {
        let words = self.words
        let organization = timeline.organization
        let caseFile = timeline.caseFile
        var context: [String: Any] = [
            "organization": organization.name,
            "complainant_name": profile["name"] ?? (language == .zh ? "（请用 recourse profile set name 填写姓名）" : "(your name: recourse profile set name …)"),
            "case_id": caseFile.id ?? 0,
            "case_title": words.text(caseFile.title),
            "date": words.long(date),
            "contacts": timeline.entries.map { entry -> [String: Any] in
                let contact = entry.contact
                var item: [String: Any] = ["when": words.timeline(contact.occurredAt), "channel": words.channel(contact.channel, contact.direction),
                                           "body": words.contactBody(contact)]
                // The number or address used is the company's contact point, not the user's: kept as logged.
                item["address"] = contact.address
                item["agent"] = contact.agent.map(words.text)
                item["reference"] = contact.reference.map(words.text)
                return item
            },
            "promises": words.promiseLines(timeline),
            "remedy": caseFile.desiredOutcome.map(words.text)
                ?? (language == .zh ? "请核实上述情况，兑现承诺并书面答复处理结果。" : "Please investigate, keep the promises above, and answer me in writing."),
            "deadline": deadlineParagraph(),
            "fingerprint": fingerprint,
        ]
        context["complainant_phone"] = profile["phone"].map(words.sensitive)
        context["complainant_email"] = profile["email"]
        context["complainant_address"] = profile["address"]
        context["account"] = caseFile.accountRef.map(words.sensitive)
        context["amount"] = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        let evidence = timeline.entries.flatMap(\.attachments)
        if !evidence.isEmpty {
            context["evidence_count"] = evidence.count
            context["evidence"] = evidence.enumerated().map { index, item in
                ["index": index + 1, "name": item.originalName, "size": "\(item.size) bytes", "sha256": item.sha256] as [String: Any]
            }
        }
        return context
    }

    func deadlineParagraph() -> String {
        let words = self.words
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
        let day = words.long(lastDay.at(TimeOfDay(hour: 12, minute: 0)!, in: zone))
        switch language {
        case .zh:
            return "依据\(source.map { "《\($0.title.components(separatedBy: "（").first ?? $0.title)》" } ?? "相关规定")，请贵司自收到投诉之日起"
                + "\(words.period(amount, unit))内（即 \(day) 前）书面答复\(caveat)。逾期未答复或答复不能解决问题的，本人将向\(body.names.zh)投诉。"
        case .en:
            return "Under \(source?.title ?? "the applicable rules"), please send me your final response within \(BodyText.period(amount, unit))"
                + " of receiving my complaint, that is by \(day)\(caveat). If you do not, or if your answer does not resolve this, I will refer"
                + " the matter to the \(body.names.en)."
        }
    }
}

public enum DraftError: Error, Equatable, Sendable, LocalizedError {
    case template(path: String, line: Int, message: String)
    case unreadable(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case preconditions([String])

    public var errorDescription: String? {
        switch self {
        case let .template(path, line, message): "template \(path):\(line): \(message)"
        case let .unreadable(path): "template '\(path)' cannot be read as a UTF-8 text file"
        case let .tooLarge(path, bytes, limit): "template '\(path)' is \(bytes) bytes, over the limit of \(limit)"
        case let .preconditions(unmet): unmet.joined(separator: "; ") + "; --force drafts it anyway"
        }
    }
}
