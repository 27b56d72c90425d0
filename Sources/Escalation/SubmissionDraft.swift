import Foundation
import Journal
import Reminders

/// A submission to a regulator, ombudsman or ADR body, in the body's own field order, with every
/// required field filled from the journal and the profile or listed as missing.
public struct SubmissionDraft: Sendable {
    public let body: BodyProfile
    public let timeline: CaseTimeline
    public let profile: UserProfile
    public let words: DraftWords
    public let fingerprint: String
    /// Preconditions not met, in words; empty when the case may go to this body now.
    public let unmetPreconditions: [String]

    public struct Filled: Sendable {
        public let field: BodyProfile.Field
        public let value: String?
    }

    public static func make(store: JournalStore, caseID: Int64, body: BodyProfile, bodies: BodyLibrary, calendars: CalendarLibrary,
                            profile: UserProfile, words: DraftWords) throws -> SubmissionDraft {
        let timeline = try store.timeline(ofCase: caseID)
        let complaints = try store.submissions(ofCase: caseID).filter { bodies.body($0.body)?.type == .company }
        var unmet: [String] = []
        let clocks = EscalationClocks(store: store, bodies: bodies, calendars: calendars)
        for precondition in body.preconditions where precondition.required {
            switch precondition.kind {
            case "complained_to_firm", "firm_deadline_passed_or_final_response":
                guard let complaint = complaints.first else {
                    unmet.append("\(body.id) requires a complaint to the firm first: send one (recourse draft complaint \(caseID)) and record it with 'recourse escalate \(caseID) --to company'")
                    continue
                }
                guard precondition.kind == "firm_deadline_passed_or_final_response" else { continue }
                let open = OpenSubmission(submission: complaint, caseZone: timeline.caseFile.zone, organization: timeline.organization)
                if let opens = clocks.clocks(for: open).first(where: { $0.step.hasSuffix("(\(body.id))") })?.opensAt, opens > words.date {
                    unmet.append("\(body.id) opens on \(DraftWords(language: .en, zone: words.zone, date: words.date, redact: false).long(opens)), when the firm's deadline has passed (or once its final response is recorded)")
                }
            default:
                continue
            }
        }
        return SubmissionDraft(body: body, timeline: timeline, profile: profile, words: words,
                               fingerprint: try store.chainHead(), unmetPreconditions: unmet)
    }

    /// Each field of the body, in its order, with the value Recourse can fill.
    public var filled: [Filled] { body.fields.map { Filled(field: $0, value: value(for: $0)) } }

    func value(for field: BodyProfile.Field) -> String? {
        let caseFile = timeline.caseFile
        let raw: String?
        switch field.key {
        case "complainant_name", "signature": raw = profile["name"]
        case "identity", "id_number": raw = profile["id-number"]
        case "phone": raw = profile["phone"]
        case "email": raw = profile["email"]
        case "postal_address": raw = profile["address"]
        case "contact_details": raw = [profile["phone"].map(words.sensitive), profile["email"]].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
            return raw
        case "institution", "respondent": raw = timeline.organization.name
        case "staff": raw = Array(Set(timeline.entries.compactMap(\.contact.agent))).sorted().joined(separator: ", ").nilIfEmpty
        case "remedy": raw = caseFile.desiredOutcome
        case "account_reference": raw = caseFile.accountRef
        case "amount": return caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        case "error_date": return timeline.entries.first.map { words.long($0.contact.occurredAt) }
        case "documents": raw = timeline.entries.flatMap(\.attachments).map(\.originalName).joined(separator: ", ").nilIfEmpty
        case "what_happened":
            let colon = words.language == .zh ? "：" : ": "
            let lines = timeline.entries.map { "\(words.timeline($0.contact.occurredAt)) \(words.channel($0.contact.channel, $0.contact.direction))\(colon)\(words.contactBody($0.contact))" }
                + words.promiseLines(timeline)
            return lines.isEmpty ? nil : lines.map { "  - " + $0 }.joined(separator: "\n")
        default: raw = nil
        }
        guard let raw else { return nil }
        return field.sensitive ? words.sensitive(raw) : words.text(raw)
    }

    public var context: [String: Any] {
        let filled = self.filled
        let zh = words.language == .zh
        var context: [String: Any] = [
            "body_name": zh ? body.names.zh : body.names.en,
            "body_id": body.id,
            "channels": body.channels.map { "\($0.kind): \($0.address)" },
            "organization": timeline.organization.name,
            "case_id": timeline.caseFile.id ?? 0,
            "case_title": words.text(timeline.caseFile.title),
            "date": words.long(words.date),
            "fields": filled.map { item -> [String: Any] in
                var row: [String: Any] = ["label": zh ? item.field.labels.zh : item.field.labels.en, "required": item.field.required]
                if let value = item.value {
                    row[value.contains("\n") ? "block" : "value"] = value
                } else {
                    row["absent"] = item.field.required ? (zh ? "缺少（必填）" : "missing (required)") : (zh ? "未填写" : "not given")
                }
                return row
            },
            "fingerprint": fingerprint,
        ]
        let missing = filled.filter { $0.value == nil && $0.field.required }.map { zh ? $0.field.labels.zh : $0.field.labels.en }
        if !missing.isEmpty { context["missing_required"] = missing.joined(separator: zh ? "、" : ", ") }
        if !unmetPreconditions.isEmpty { context["preconditions"] = unmetPreconditions }
        if body.hasUnconfirmedFacts {
            context["unconfirmed"] = zh ? "本机构的部分规则尚未经原文核实，提交前请向该机构确认期限。"
                : "Some of this body's rules could not be checked against a primary text; confirm the dates with the body before relying on them."
        }
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
                items.append(["index": index, "name": attachment.originalName, "type": attachment.mediaType, "size": "\(attachment.size)",
                              "sha256": attachment.sha256, "when": words.timeline(entry.contact.occurredAt),
                              "channel": words.channel(entry.contact.channel, entry.contact.direction)])
            }
        }
        var context: [String: Any] = ["organization": timeline.organization.name, "case_id": timeline.caseFile.id ?? 0,
                                      "case_title": words.text(timeline.caseFile.title), "date": words.long(words.date),
                                      "fingerprint": fingerprint]
        if !items.isEmpty { context["items"] = items }
        return context
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
