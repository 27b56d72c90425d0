import Foundation
import Journal
import Reminders
import Lexicon

/// A submission to a regulator, ombudsman or ADR body, in the body's own field order, with every
/// field the journal or the profile can fill filled, and the rest listed as missing.
///
/// It is written to the body about the firm, in the third person: the facts in date order (each
/// contact with its channel, number, agent and reference; each promise; the formal complaint with
/// its reference; the firm's answer or its absence past the deadline), then the amount, the
/// remedy and the evidence with SHA-256 where the form has no field for them.
public struct SubmissionDraft: Sendable {
    public let body: BodyProfile
    public let timeline: CaseTimeline
    public let profile: UserProfile
    public let words: DraftWords
    public let fingerprint: String
    public let deadline: FirmDeadline
    public let organizationAddress: String?
    /// Preconditions not met; empty when the case may go to this body now.
    public let unmet: [Unmet]
    /// The transaction's time, counterparty and device (`case edit`), for the fields that ask for them.
    public var facts: CaseFacts?
    /// On a fraud case, the FOS complaint about the bank's handling of the APP claim: it tells
    /// the facts, the title and the remedy instead of the complaint about the firm.
    public var appClaim: AppClaimComplaint?

    /// A precondition not met, in both languages: the CLI refuses in the interface language, a
    /// forced draft shows it in the draft's.
    public struct Unmet: Sendable {
        public let en: String
        public let zh: String
    }

    public struct Filled: Sendable {
        public let field: BodyProfile.Field
        public let value: String?
    }

    /// The unmet preconditions in the interface language, for the refusal and warnings.
    public var unmetPreconditions: [String] { unmet.map { Language.current == .zh ? $0.zh : $0.en } }

    public static func make(store: JournalStore, caseID: Int64, body: BodyProfile, bodies: BodyLibrary, calendars: CalendarLibrary,
                            profile: UserProfile, words: DraftWords) throws -> SubmissionDraft {
        let appClaim = try AppClaimComplaint.route(store: store, caseID: caseID, body: body, bodies: bodies, calendars: calendars,
                                                   profile: profile, words: words)
        let timeline = try store.timeline(ofCase: caseID)
        let organization = timeline.organization
        let deadline = try FirmDeadline.make(store: store, timeline: timeline, bodies: bodies, calendars: calendars, zone: words.zone)
        let words = words.knowing(timeline, submissions: try store.submissions(ofCase: caseID), profile: profile)
        let router = Router(bodies: bodies, calendars: calendars)
        let english = DraftWords(language: .en, zone: words.zone, date: words.date, redact: false)
        let chinese = DraftWords(language: .zh, zone: words.zone, date: words.date, redact: false)
        var unmet: [Unmet] = appClaim?.unmet ?? []
        // Every body checks its remit and country, whatever its profile's preconditions say; the FOS
        // complaint about a bank's handling of an APP claim (`appClaim`) has its own conditions.
        if appClaim == nil, let problem = router.remitProblem(body, organization, timeline.caseFile.category) {
            unmet.append(RemitWords.unmet(problem, body: body, organization: organization, category: timeline.caseFile.category,
                                          instead: deadline.route.steps.map(\.body)))
        }
        // The body's step on the case's route: the same dates `escalate` and `agenda` show.
        if appClaim == nil, let step = deadline.route.steps.first(where: { $0.body.id == body.id }) {
            if step.reason == .needsComplaint {
                unmet.append(Unmet(en: "\(body.id) requires a complaint to the firm first: send one (recourse draft complaint \(caseID)) and record it with 'recourse escalate \(caseID) --to company'",
                                   zh: "须先向该企业正式投诉（recourse draft complaint \(caseID)），并用 recourse escalate \(caseID) --to company 记录"))
            } else if let opens = step.opensAt, opens > words.date {
                unmet.append(Unmet(en: "\(body.id) opens on \(english.long(opens)), when the firm's deadline has passed (or once its final response is recorded)",
                                   zh: "\(chinese.long(opens)) 起方可提交：届时企业的答复期限已过（或已记录其最终答复）"))
            }
        }
        let audienceWords = appClaim.map { $0.words.aboutFirm($0.bankName ?? "") } ?? (body.type == .company ? words : words.aboutFirm(organization.name))
        // The impersonated firm's letter address is no respondent's address.
        let address = appClaim == nil ? try store.postalAddress(ofOrganization: organization.id!) : nil
        return SubmissionDraft(body: body, timeline: timeline, profile: profile, words: audienceWords, fingerprint: try store.chainHead(),
                               deadline: deadline, organizationAddress: address, unmet: unmet,
                               facts: try store.caseFacts(ofCase: caseID), appClaim: appClaim)
    }

    /// Each field of the body, in its order, with the value Recourse can fill.
    public var filled: [Filled] { body.fields.map { Filled(field: $0, value: value(for: $0)) } }

    private var zh: Bool { words.language == .zh }

    func value(for field: BodyProfile.Field) -> String? {
        let caseFile = timeline.caseFile
        let list = zh ? "；" : "; "
        let raw: String?
        switch field.key {
        case "complainant_name":
            // The title only where the form asks for it (FOS: "Name and title"); after the name in Chinese.
            let title = field.labels.en.lowercased().contains("title") ? profile["title"] : nil
            raw = profile["name"].map { name in title.map { zh ? "\(name)（\($0)）" : "\($0) \(name)" } ?? name }
        case "signature": raw = profile["name"]
        case "identity", "id_number": raw = profile["id-number"]
        case "date_of_birth": raw = profile["dob"]
        case "phone": raw = [profile["phone"], profile["phone2"]].compactMap { $0 }.joined(separator: zh ? "、" : ", ").nilIfEmpty
        case "email": raw = profile["email"]
        case "postal_address": raw = profile["address"]
        case "preferred_contact": raw = profile["preferred-contact"]
        case "contact_details":
            let parts = [profile["phone"].map { (zh ? "电话 " : "phone ") + $0 }, profile["phone2"].map { (zh ? "电话 " : "phone ") + $0 },
                         profile["email"].map { (zh ? "邮箱 " : "e-mail ") + $0 }, profile["address"].map { (zh ? "地址 " : "address ") + $0 },
                         profile["preferred-contact"].map { (zh ? "首选联系方式：" : "preferred: ") + $0 }]
            raw = parts.compactMap { $0 }.joined(separator: list).nilIfEmpty
        case "institution", "respondent": raw = appClaim.map { $0.bankName ?? "" }?.nilIfEmpty ?? (appClaim == nil ? timeline.organization.name : nil)
        case "respondent_address": raw = organizationAddress
        case "staff":
            var seen = Set<String>()
            return timeline.entries.compactMap(\.contact.agent).filter { seen.insert($0).inserted }.map(words.agent)
                .joined(separator: zh ? "、" : ", ").nilIfEmpty
        case "remedy": raw = caseFile.desiredOutcome ?? appClaim?.remedy
        case "account_reference":
            let parts = [caseFile.accountRef.map { (zh ? "账户 " : "account ") + (field.sensitive ? words.sensitive($0) : words.text($0)) },
                         deadline.complaint?.reference.map { (zh ? "投诉编号 " : "complaint reference ") + words.text($0) }]
            return parts.compactMap { $0 }.joined(separator: list).nilIfEmpty
        case "amount": return caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        // The transaction's own time when `case edit --transaction-at` recorded it, else the first contact about it.
        case "error_date": return (facts?.transactionAt ?? timeline.entries.first?.contact.occurredAt).map(words.long)
        case "error_type": return errorType
        // The first statement that showed the error, as `case edit --statement-date` recorded it.
        case "statement_date": return facts?.statementAt.map(words.long)
        case "provisional_credit": return provisionalCredit
        case "product": return product
        case "already_done": return alreadyDone
        case "documents": raw = timeline.entries.flatMap(\.attachments).map(\.displayName).joined(separator: zh ? "、" : ", ").nilIfEmpty
        case "what_happened":
            let lines = chronology
            return lines.isEmpty ? nil : lines.map { "  - " + $0 }.joined(separator: "\n")
        default: raw = nil
        }
        guard let raw else { return nil }
        // Decided by what the value is, not by the body's form: the user's own contact details are
        // how the body replies, identity and account numbers are shown by their last four.
        switch field.key {
        case "identity", "id_number", "account_reference": return words.sensitive(raw)
        case "complainant_name", "signature", "phone", "email", "postal_address", "contact_details", "preferred_contact", "date_of_birth": return words.plain(raw)
        default: return words.text(raw)
        }
    }

    /// The facts in date order: contacts, the promises made in them, the formal complaint, and
    /// the firm's answer or its absence.
    var chronology: [String] {
        if let appClaim { return appClaim.chronology }
        let colon = zh ? "：" : ": "
        let promises = Dictionary(grouping: words.promiseLines(timeline), by: \.contactID)
        var events: [(at: Date, line: String)] = []
        for entry in timeline.entries {
            let contact = entry.contact
            var line = "\(words.timeline(contact.occurredAt)) \(words.channel(contact.channel, contact.direction))"
            if let address = contact.address.map(words.text) { line += zh ? "（\(address)）" : " (\(address))" }
            if let agent = contact.agent { line += (zh ? "，" : ", ") + words.agent(agent) }
            if let reference = contact.reference { line += zh ? "，参考编号 \(words.text(reference))" : ", reference \(words.text(reference))" }
            events.append((contact.occurredAt, line + colon + words.contactBody(contact)))
            for promise in promises[contact.id!] ?? [] { events.append((contact.occurredAt, promise.line)) }
        }
        let firm = words.firm
        if let complaint = deadline.complaint {
            let reference = complaint.reference.map(words.text)
            events.append((complaint.submittedAt, zh
                ? "\(words.long(complaint.submittedAt)) 本人向\(firm)正式投诉\(reference.map { "（投诉编号：\($0)）" } ?? "")。"
                : "\(words.long(complaint.submittedAt)): I made a formal complaint to \(firm)\(reference.map { " (reference \($0))" } ?? "")."))
            let rule = deadline.citation.map(words.rule)
            if complaint.isHoldingOnly, let holding = complaint.respondedAt {
                events.append((holding, zh ? "\(words.long(holding)) \(firm)发出过渡答复，称需要更长时间处理。"
                                          : "\(words.long(holding)): \(firm) sent a holding reply, saying it needed more time."))
            }
            if let answered = complaint.finalResponseAt {
                events.append((answered, zh ? "\(words.long(answered)) \(firm)作出答复，未能解决上述问题。"
                                          : "\(words.long(answered)): \(firm) answered; the answer does not resolve the matter."))
            } else if let lastDay = deadline.lastDay {
                let day = words.long(lastDay.at(TimeOfDay(hour: 12, minute: 0)!, in: words.zone))
                let end = lastDay.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: words.zone)
                let passed = deadline.passedUnanswered(asOf: words.date, zone: words.zone)
                events.append((end, zh
                    ? "\(rule.map { "依据\($0)，" } ?? "")\(firm)应于 \(day) 前答复" + (passed ? "；该期限已过，\(firm)至今未答复。" : "，目前尚在期限内。")
                    : "\(rule.map { "Under \($0), " } ?? "")\(firm) had to answer by \(day)" + (passed ? "; that date has passed without an answer." : "; that date has not yet come.")))
            }
        }
        return events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element.line)
    }

    /// What the consumer already did to fix it (CFPB asks): the contacts and the formal complaint.
    var alreadyDone: String? {
        let entries = timeline.entries
        guard let first = entries.first, let last = entries.last else { return nil }
        let channels = Array(NSOrderedSet(array: entries.map { words.channelNoun($0.contact.channel) })) as? [String] ?? []
        let complaint = deadline.complaint.map { complaint in
            zh ? "；\(words.long(complaint.submittedAt)) 正式投诉" + (complaint.reference.map { "（编号 \(words.text($0))）" } ?? "")
               : "; a formal complaint on \(words.long(complaint.submittedAt))" + (complaint.reference.map { " (reference \(words.text($0)))" } ?? "")
        } ?? ""
        return zh ? "自 \(words.long(first.contact.occurredAt)) 至 \(words.long(last.contact.occurredAt)) 联系\(words.firm) \(entries.count) 次（\(channels.joined(separator: "、"))）\(complaint)。"
            : "Contacted \(words.firm) \(entries.count) time\(entries.count == 1 ? "" : "s") between \(words.long(first.contact.occurredAt)) and \(words.long(last.contact.occurredAt)) (\(channels.joined(separator: ", ")))\(complaint)."
    }

    /// The CFPB product, from the kind of firm: only where it is unambiguous.
    var product: String? {
        switch timeline.organization.kind {
        case .wallet, .payment: zh ? "转账、虚拟货币或货币服务" : "Money transfer, virtual currency, or money service"
        case .bank: timeline.caseFile.category == .billing ? nil : (zh ? "支票或储蓄账户" : "Checking or savings account")
        default: nil
        }
    }

    /// Regulation E's request for provisional credit, with the investigation windows, every period
    /// taken from the body's profile (10 business days, 20 for a new account; 45 days, 90 for the
    /// transfers the rule names): nil for a profile without them.
    var provisionalCredit: String? {
        guard let deadline = body.firmDeadline, let extensions = deadline.extensions, extensions.count >= 2 else { return nil }
        let first = words.period(deadline.amount, deadline.unit)
        let newAccount = deadline.variants?.first.map { words.period($0.amount, $0.unit) }
        let investigation = words.period(extensions[0].amount, extensions[0].unit)
        let longer = words.period(extensions[1].amount, extensions[1].unit)
        let rule = deadline.rule.map(words.rule)
        if zh {
            return "如贵行未能在收到本通知后\(first)内\(newAccount.map { "（新开立账户为\($0)）" } ?? "")查清，请在此期限内将争议金额临时存入本人账户，"
                + "并在调查期间（最长\(investigation)；境外发起、销售点借记卡交易或新账户为\(longer)）保留该款项。\(rule.map { "（依据\($0)）" } ?? "")"
        }
        return "If you cannot resolve this within \(first) of receiving this notice\(newAccount.map { " (\($0) for a new account)" } ?? ""), "
            + "please credit the amount in dispute to my account provisionally within that time, while you investigate "
            + "(for up to \(investigation), or \(longer) for a foreign-initiated or point-of-sale debit-card transfer or a new account)\(rule.map { ", as \($0) requires" } ?? "")."
    }

    /// Regulation E's error type, from the case category.
    var errorType: String? {
        switch timeline.caseFile.category {
        case .transaction: zh ? "电子转账金额错误或未到账" : "An incorrect or missing electronic fund transfer"
        case .fraud: zh ? "未经授权的电子转账" : "An unauthorized electronic fund transfer"
        case .billing: zh ? "对账单上的错误收费" : "An incorrect charge on a statement"
        default: nil
        }
    }

    /// "投诉材料：国家金融监督管理总局…" / "Submission to the …"; for a firm-level rule, a complaint under it.
    var title: String {
        if let appClaim { return appClaim.title }
        let name = zh ? body.names.zh : body.names.en
        guard body.type == .company else { return zh ? "投诉材料：\(name)" : "Submission to the \(name)" }
        let rule = body.firmDeadline?.rule
        return zh ? "投诉函" + (rule.map { "（依据\($0.zh)）" } ?? "") : "Formal complaint" + (rule.map { " under \($0.en)" } ?? "")
    }

    public var context: [String: Any] {
        let filled = self.filled
        let keys = Set(body.fields.map(\.key))
        let caseFile = timeline.caseFile
        let name = zh ? body.names.zh : body.names.en
        var context: [String: Any] = [
            "title": title,
            "body_name": name,
            "body_id": body.id,
            "channels": body.channels.map { words.contactPoint($0.kind, body.shown($0)) },
            "organization": words.text(timeline.organization.name),
            "case_id": caseFile.id ?? 0,
            "case_title": words.text(caseFile.title),
            "date": words.long(words.date),
            "fields": filled.map { item -> [String: Any] in
                var row: [String: Any] = ["label": zh ? item.field.labels.zh : item.field.labels.en, "required": item.field.required]
                if let value = item.value {
                    // A list composed here ("  - " lines) is a block; the user's own lines stay inline.
                    row[value.hasPrefix("  - ") ? "block" : "value"] = value
                } else {
                    row["absent"] = item.field.required ? (zh ? "缺少（必填）" : "missing (required)") : (zh ? "未填写" : "not given")
                }
                return row
            },
            "fingerprint": fingerprint,
        ]
        let organizationAddress = organizationAddress.map(words.text)
        context["organization_address"] = organizationAddress
        // A firm-level step (PSD2, Regulation E, the company's own form) is a letter to the firm itself.
        if body.type == .company {
            context["recipient"] = words.text(timeline.organization.name) + (organizationAddress.map { zh ? "（\($0)）" : ", \($0)" } ?? "")
        } else {
            context["recipient"] = name
            context["about"] = appClaim.map(\.bank) ?? words.text(timeline.organization.name) + (organizationAddress.map { zh ? "（地址：\($0)）" : ", \($0)" } ?? "")
        }
        context["complainant_name"] = profile["name"].map(words.plain)
        if !keys.contains("what_happened") {
            context["facts"] = chronology
            context["has_facts"] = !chronology.isEmpty
        }
        if !keys.contains("amount") { context["amount"] = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") } }
        if !keys.contains("remedy") { context["remedy"] = caseFile.desiredOutcome.map(words.text) }
        let evidence = timeline.entries.flatMap(\.attachments)
        if !evidence.isEmpty {
            context["has_evidence"] = true
            context["evidence"] = evidence.enumerated().map { index, item in
                ["index": index + 1, "name": words.text(item.displayName), "size": words.size(item.size), "sha256": item.sha256] as [String: Any]
            }
        }
        let missing = filled.filter { $0.value == nil && $0.field.required }.map { $0.field.label(in: words.language) }
        if !missing.isEmpty { context["missing_required"] = missing.joined(separator: zh ? "、" : ", ") }
        if !unmet.isEmpty { context["preconditions"] = unmet.map { zh ? $0.zh : $0.en } }
        if isGermanApplication { context.merge(germanContext) { _, german in german } }
        // A doubt about a rule is the user's to weigh (`--check`, `bodies`), never the recipient's.
        return context
    }
}

/// The evidence kept for a case: every attachment with its SHA-256, for an appendix or a bundle.
public struct EvidenceDraft: Sendable {
    public let timeline: CaseTimeline
    public let words: DraftWords
    public let fingerprint: String

    public init(timeline: CaseTimeline, words: DraftWords, fingerprint: String) {
        self.timeline = timeline
        self.words = words
        self.fingerprint = fingerprint
    }

    public var context: [String: Any] {
        var index = 0
        var items: [[String: Any]] = []
        for entry in timeline.entries {
            for attachment in entry.attachments {
                index += 1
                items.append(["index": index, "name": words.text(attachment.displayName), "type": attachment.mediaType, "size": words.size(attachment.size),
                              "sha256": attachment.sha256, "when": when(attachment, of: entry.contact),
                              "channel": words.channel(entry.contact.channel, entry.contact.direction)])
            }
        }
        var context: [String: Any] = ["organization": words.text(timeline.organization.name), "case_id": timeline.caseFile.id ?? 0,
                                      "case_title": words.text(timeline.caseFile.title), "date": words.long(words.date),
                                      "fingerprint": fingerprint]
        if !items.isEmpty { context["items"] = items }
        return context
    }

    /// The contact's time, and for evidence added after the contact was logged (`recourse
    /// attach`) also the day it was added, so no reader takes it for evidence kept at the time.
    private func when(_ attachment: Attachment, of contact: Contact) -> String {
        let at = words.timeline(contact.occurredAt)
        guard attachment.addedAt > contact.recordedAt else { return at }
        return Message.evidenceAddedLater.text(in: words.language, at, words.timeline(attachment.addedAt))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
