import Foundation
import Journal
import Reminders
import Lexicon

extension Language {
    /// The language a draft is written in unless `--lang` says otherwise: its recipient's (a
    /// Chinese firm or body gets Chinese), else the user's `lang` setting, else English. Never
    /// English by accident to a Chinese firm.
    public static func forRecipient(jurisdiction: String?, userLanguage: Language?) -> Language {
        switch jurisdiction?.uppercased() {
        case "CN": .zh
        case .some(let code) where ["GB", "UK", "US", "IE", "AU", "NZ", "CA"].contains(code) || code.hasPrefix("GB-"): .en
        default: userLanguage ?? .en
        }
    }

    /// Whose language a draft to `body` about `organization` should be in: the firm's for letters
    /// to the firm (the `company`, Regulation E and PSD2 steps), else the body's.
    public static func recipientJurisdiction(body: BodyProfile?, organization: Organization) -> String? {
        guard let body, body.type != .company, body.jurisdiction != "ANY" else { return organization.jurisdiction ?? body?.jurisdiction }
        return body.jurisdiction
    }
}

/// A formal complaint letter to the company, drafted from the case's history.
///
/// Everything a sentence depends on (promise fates, the deadline under the applicable rule, dates
/// in the letter's language, section numbers) is composed here; the Mustache templates only place
/// it, so a user can restyle a letter without touching its facts. Sensitive numbers are masked
/// unless `redact` is off.
public struct ComplaintDraft: Sendable {
    public let timeline: CaseTimeline
    public let profile: UserProfile
    /// Where letters to the firm go (`org edit --address`).
    public let organizationAddress: String?
    /// The formal complaint, the rule that sets the firm's deadline, and what follows.
    public let deadline: FirmDeadline
    public let fingerprint: String
    public let date: Date
    public let zone: TimeZone
    public let redact: Bool
    public let language: Language
    /// The case's complaints and submissions: their references stay readable in the letter.
    public let submissions: [Submission]
    /// The transaction's time, counterparty and device (`case edit`), when recorded.
    public var facts: CaseFacts?
    /// The date the user asks the firm to answer by (`--reply-by`), used where no rule sets one.
    public var replyBy: CalendarDay?
    /// The letter's words, knowing the case (which numbers stay readable, which are the user's
    /// own): worked out once, because that reads every contact of the case.
    let words: DraftWords

    init(timeline: CaseTimeline, profile: UserProfile, organizationAddress: String?, deadline: FirmDeadline, fingerprint: String,
         date: Date, zone: TimeZone, redact: Bool, language: Language, submissions: [Submission], facts: CaseFacts?) {
        self.timeline = timeline
        self.profile = profile
        self.organizationAddress = organizationAddress
        self.deadline = deadline
        self.fingerprint = fingerprint
        self.date = date
        self.zone = zone
        self.redact = redact
        self.language = language
        self.submissions = submissions
        self.facts = facts
        // The date the user asked for when recording the complaint (`escalate --reply-by`); `draft --reply-by` overrides it.
        replyBy = deadline.complaint?.replyDueAt.map { CalendarDay($0, in: zone) }
        words = DraftWords(language: language, zone: zone, date: date, redact: redact).knowing(timeline, submissions: submissions, profile: profile)
    }

    /// Gathers what the letter needs from the journal: the deadline counts from the complaint
    /// recorded with `escalate --to company`, or from the letter's receipt when none is recorded yet.
    /// A fraud case gets no letter (`DraftError.fraudCase`) unless `forReading` (the `prep` sheet,
    /// which the user reads and the firm never sees).
    public static func make(store: JournalStore, caseID: Int64, bodies: BodyLibrary, calendars: CalendarLibrary, profile: UserProfile,
                            now: Date, zone: TimeZone, redact: Bool, language: Language, forReading: Bool = false) throws -> ComplaintDraft {
        if !forReading { try DraftError.guardNotFraud(store, caseID: caseID) }
        let timeline = try store.timeline(ofCase: caseID)
        return ComplaintDraft(timeline: timeline, profile: profile,
                              organizationAddress: try store.postalAddress(ofOrganization: timeline.organization.id!),
                              deadline: try FirmDeadline.make(store: store, timeline: timeline, bodies: bodies, calendars: calendars, zone: zone),
                              fingerprint: try store.chainHead(), date: now, zone: zone, redact: redact, language: language,
                              submissions: try store.submissions(ofCase: caseID), facts: try store.caseFacts(ofCase: caseID))
    }

    // MARK: - The letter's facts

    public var context: [String: Any] {
        let words = self.words
        let zh = language == .zh
        let organization = timeline.organization
        let caseFile = timeline.caseFile
        var context: [String: Any] = [
            "organization": words.text(organization.name),
            "complainant_name": profile["name"].map(words.plain) ?? (zh ? "（请用 recourse profile set name 填写姓名）" : "(your name: recourse profile set name …)"),
            "case_id": caseFile.id ?? 0,
            "case_title": words.text(caseFile.title),
            "date": words.long(date),
            "contacts": timeline.entries.map { entry -> [String: Any] in
                let contact = entry.contact
                var item: [String: Any] = ["when": words.timeline(contact.occurredAt), "channel": words.channel(contact.channel, contact.direction),
                                           "body": words.contactBody(contact)]
                // The number used: a company hotline stays readable, a personal number is masked.
                item["address"] = contact.address.map(words.text)
                item["agent"] = contact.agent.map(words.agent)
                item["reference"] = contact.reference.map(words.text)
                return item
            },
            "promises": words.promiseLines(timeline).map(\.line),
            "remedy": caseFile.desiredOutcome.map(words.text).map(words.endSentence)
                ?? (zh ? "请核实上述情况，兑现承诺并书面答复处理结果。" : "Please investigate, keep the promises above, and answer me in writing."),
            "deadline": deadlineParagraph(),
            "fingerprint": fingerprint,
        ]
        context["organization_address"] = organizationAddress.map(words.text)
        // The sender's own details are how the firm replies: never masked.
        context["complainant_phone"] = profile["phone"].map(words.plain)
        context["complainant_email"] = profile["email"].map(words.plain)
        context["complainant_contact"] = [profile["phone"].map { (zh ? "电话：" : "phone ") + words.plain($0) },
                                          profile["email"].map { (zh ? "邮箱：" : "e-mail ") + words.plain($0) }].compactMap { $0 }
            .joined(separator: zh ? "；" : ", ").nilIfEmpty
        context["complainant_address"] = profile["address"].map(words.plain)
        context["account"] = caseFile.accountRef.map(words.sensitive)
        context["complaint_reference"] = deadline.complaint?.reference.map(words.text)
        context["amount"] = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        let evidence = timeline.entries.flatMap(\.attachments)
        if !evidence.isEmpty {
            context["evidence_count"] = evidence.count
            context["evidence"] = evidence.enumerated().map { index, item in
                ["index": index + 1, "name": words.text(item.displayName), "size": words.size(item.size), "sha256": item.sha256] as [String: Any]
            }
        }
        // Consecutive section numbers whichever sections are present.
        var number = 0
        var numbers: [String: String] = [:]
        for section in ["facts", "promises", "amount", "remedy", "deadline"] where section != "amount" || context["amount"] != nil {
            number += 1
            numbers[section] = words.ordinal(number)
        }
        context["number"] = numbers
        return context
    }

    /// The paragraph on the firm's deadline: the rule that applies and its last day counted from
    /// the recorded complaint (quoting its reference); after that day, that it passed unanswered
    /// and where the case goes now; after the firm's answer, that it came and did not resolve this.
    /// Where no known rule sets a deadline, no period is claimed: the letter asks for an answer by
    /// the user's own date (`--reply-by`) or simply in writing. It states a rule plainly or leaves
    /// it out: doubts about a rule are for `--check`, never for the recipient.
    func deadlineParagraph() -> String {
        let words = self.words
        let zh = language == .zh
        let next = deadline.nextInWords(language)
        let rule = deadline.citation.map(words.rule)
        let then = next.map { zh ? "逾期未答复或答复不能解决问题的，本人将向\($0)投诉。" : " If you do not, or if your answer does not resolve this, I will refer the matter to \($0)." } ?? ""
        let userDay = replyBy.map { words.long($0.at(TimeOfDay(hour: 12, minute: 0)!, in: zone)) }
        let opening = deadline.complaint.map { complaint in
            let reference = complaint.reference.map(words.text)
            return zh ? "本人已于 \(words.long(complaint.submittedAt)) 向贵司正式投诉\(reference.map { "（投诉编号：\($0)）" } ?? "")。"
                : "I made a formal complaint to you on \(words.long(complaint.submittedAt))\(reference.map { " (your reference \($0))" } ?? "")."
        }
        if let complaint = deadline.complaint, let answered = complaint.finalResponseAt {
            let when = words.long(answered)
            return (opening ?? "") + (zh ? "贵司已于 \(when) 作出答复，但该答复未能解决上述问题。" + (next.map { "本人将就此向\($0)投诉。" } ?? "")
                : " You answered on \(when), but your answer does not resolve the matter." + (next.map { " I am referring it to \($0)." } ?? ""))
        }
        guard let amount = deadline.amount, let unit = deadline.unit else {
            let ask = userDay.map { zh ? "请贵司于 \($0) 前书面答复。" : "Please send me your final response in writing by \($0)." }
                ?? (zh ? "请贵司书面答复处理结果。" : "Please send me your final response in writing.")
            return (opening.map { $0 + (zh ? "" : " ") } ?? "") + ask + then
        }
        let period = words.period(amount, unit)
        let periodEN = BodyText.period(amount, unit, in: .en)
        guard deadline.complaint != nil, let lastDay = deadline.lastDay else {
            return zh ? "\(rule.map { "依据\($0)，" } ?? "")请贵司自收到本函之日起\(period)内书面答复。" + then
                : "\(rule.map { "Under \($0), please" } ?? "Please") send me your final response within \(periodEN) of receiving this letter." + then
        }
        let day = words.long(lastDay.at(TimeOfDay(hour: 12, minute: 0)!, in: zone))
        let opened = opening ?? ""
        let under = zh ? (rule.map { "依据\($0)，" } ?? "") : (rule.map { "Under \($0), " } ?? "")
        if deadline.passedUnanswered(asOf: date, zone: zone) {
            return opened + (zh ? "\(under)贵司应自收到投诉之日起\(period)内（即 \(day) 前）答复；该期限已过，贵司至今未予答复。"
                                + (next.map { "本人将就此向\($0)投诉，并保留通过其他途径解决的权利。" } ?? "请立即书面答复。")
                : " \(under.isEmpty ? "Your" : under + "your") final response was due within \(periodEN), that is by \(day). That date has passed without an answer."
                                + (next.map { " I am now referring the matter to \($0), and I reserve my other rights." } ?? " Please answer in writing at once."))
        }
        return opened + (zh ? "\(under)请贵司自收到投诉之日起\(period)内（即 \(day) 前）书面答复。" + then
            : " \(under.isEmpty ? "Please" : under + "please") send me your final response within \(periodEN) of receiving it, that is by \(day)." + then)
    }
}

public enum DraftError: Error, Equatable, Sendable, LocalizedError {
    case template(path: String, line: Int, message: String)
    case unreadable(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case preconditions([String])
    /// The case is a fraud (an impersonation): a complaint would blame the impersonated firm.
    case fraudCase(Int64)
    /// A fraud case asked of the FOS before its APP reimbursement claim was recorded.
    case fraudNeedsAppClaim(Int64)

    public var errorDescription: String? {
        switch self {
        case let .template(path, line, message): Message.draftTemplateError.text(path, line, message)
        case let .unreadable(path): Message.draftTemplateUnreadable.text(path)
        case let .tooLarge(path, bytes, limit): Message.draftTemplateTooLarge.text(path, bytes, limit)
        case let .preconditions(unmet): Message.draftPreconditions.text(unmet.joined(separator: "; "))
        case let .fraudCase(caseID): Message.draftFraudCase.text(caseID)
        case let .fraudNeedsAppClaim(caseID): Message.fosAppNeedsClaim.text(caseID)
        }
    }
}
