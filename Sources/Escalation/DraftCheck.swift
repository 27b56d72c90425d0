import Foundation
import Lexicon
import Journal

/// One thing to do before a draft is sent: fix it (the draft is not ready) or confirm it.
public struct DraftFinding: Sendable, Equatable, Encodable {
    public enum Severity: String, Sendable, Encodable {
        /// The draft must not go out like this: a required field is missing, a precondition is
        /// not met, an identity number is shown in full.
        case fix
        /// Worth a look before sending: an unconfirmed rule, a deadline counted from today.
        case confirm
    }

    public let severity: Severity
    /// A stable name for scripts: `missing-field`, `precondition`, `unmasked-number`…
    public let code: String
    public let message: String
}

/// `draft … --check`: what is missing, unconfirmed or risky in a draft, from its facts and from
/// the text it would send.
extension DraftDocument {
    public func check(userFolder: String?, explicit: String? = nil) throws -> [DraftFinding] {
        let words = checkWords
        let rendered = try render(userFolder: userFolder, explicit: explicit)
        // The sender's own details are meant to be read; anything else the detector finds is not.
        let scanner = words.redactor.reading(senderDetails)
        let numbers = scanner.findings(in: rendered).map { found in
            DraftFinding(severity: .fix, code: "unmasked-number", message: CheckWords.unmasked(found, words.language))
        }
        return kindFindings + numbers
    }
}

extension ComplaintDraft {
    public var checkWords: DraftWords { words }
    public var senderDetails: [String] { ["phone", "email", "address"].compactMap { profile[$0] } }

    public var kindFindings: [DraftFinding] {
        var findings: [DraftFinding] = []
        if profile["name"] == nil { findings.append(.init(severity: .fix, code: "missing-name", message: CheckWords.name(language))) }
        if deadline.complaint == nil {
            findings.append(.init(severity: .confirm, code: "complaint-not-recorded", message: CheckWords.notRecorded(timeline.caseFile.id ?? 0, language)))
        }
        if deadline.citation?.confidence == .unconfirmed {
            findings.append(.init(severity: .confirm, code: "unconfirmed-rule", message: CheckWords.unconfirmed(language)))
        }
        if deadline.amount == nil, replyBy == nil, !deadline.route.isFraud {
            findings.append(.init(severity: .confirm, code: "no-legal-clock", message: Message.checkNoLegalClock.text(in: language)))
        }
        if deadline.route.paymentService == .undecided {
            findings.append(.init(severity: .confirm, code: "payment-service-undecided",
                                  message: Message.checkPaymentServiceUndecided.text(in: language, timeline.caseFile.id ?? 0, "DISP 1.6.2AR", "case edit \(timeline.caseFile.id ?? 0) --category transaction")))
        }
        if timeline.caseFile.desiredOutcome == nil {
            findings.append(.init(severity: .confirm, code: "no-remedy", message: CheckWords.noRemedy(timeline.caseFile.id ?? 0, language)))
        }
        return findings
    }
}

extension SubmissionDraft {
    public var checkWords: DraftWords { words }
    public var senderDetails: [String] { ["phone", "email", "address"].compactMap { profile[$0] } + (appClaim?.fraud.suspectValues ?? []) }

    public var kindFindings: [DraftFinding] {
        let zh = words.language == .zh
        var findings = filled.filter { $0.value == nil && $0.field.required }.map {
            DraftFinding(severity: .fix, code: "missing-field", message: CheckWords.missing($0.field.label(in: words.language), words.language))
        }
        findings += unmetPreconditions.map { DraftFinding(severity: .fix, code: "precondition", message: $0) }
        if deadline.route.paymentService == .undecided {
            findings.append(.init(severity: .confirm, code: "payment-service-undecided",
                                  message: Message.checkPaymentServiceUndecided.text(in: words.language, timeline.caseFile.id ?? 0, "DISP 1.6.2AR", "case edit \(timeline.caseFile.id ?? 0) --category transaction")))
        }
        if body.hasUnconfirmedFacts { findings.append(.init(severity: .confirm, code: "unconfirmed-rule", message: CheckWords.unconfirmed(words.language))) }
        if isGermanApplication {
            findings.append(.init(severity: .confirm, code: "body-language",
                                  message: Message.checkGermanApplication.text(in: words.language, zh ? body.names.zh : body.names.en, zh ? "中文" : "English")))
        } else if let foreign = body.languages?.first(where: { Language(rawValue: $0) == nil }) {
            let names: [String: (zh: String, en: String)] = ["de": ("德文", "German"), "fr": ("法文", "French")]
            let name = names[foreign].map { zh ? $0.zh : $0.en } ?? foreign
            let draftLanguage = zh ? "中文" : "English"
            findings.append(.init(severity: .confirm, code: "body-language",
                                  message: Message.checkBodyLanguage.text(in: words.language, zh ? body.names.zh : body.names.en, name, draftLanguage)))
        }
        // A German bank whose group is unknown is routed to the fallback scheme: say why, and how to name the right one.
        if body.sectors?.contains(Router.unknownSector) == true, Router.sector(timeline.organization) == Router.unknownSector,
           timeline.organization.kind == .bank {
            findings.append(.init(severity: .confirm, code: "sector-unknown",
                                  message: Message.checkSectorUnknown.text(in: words.language, timeline.organization.id ?? 0)))
        }
        return findings + (appClaim?.findings ?? [])
    }
}

extension EvidenceDraft {
    public var checkWords: DraftWords { words }
    public var senderDetails: [String] { [] }

    public var kindFindings: [DraftFinding] {
        timeline.entries.contains { !$0.attachments.isEmpty } ? []
            : [DraftFinding(severity: .confirm, code: "no-evidence", message: CheckWords.noEvidence(words.language))]
    }
}

/// The words of `--check`, Chinese and English, in one place.
enum CheckWords {
    static func kind(_ kind: SensitiveKind, _ language: Language) -> String {
        let names: [SensitiveKind: (String, String)] = [
            .card: ("银行卡号", "card number"), .residentID: ("身份证号", "resident ID number"), .iban: ("IBAN", "IBAN"),
            .ssn: ("社会保障号", "SSN"), .phone: ("个人电话", "personal phone number"), .account: ("账号", "account number"),
            .otherID: ("证件号（港澳台身份证、护照、通行证等）", "identity number (HK/Macau/Taiwan ID, passport, permit, NI number, ITIN)"),
            .ownIdentifier: ("您的证件号或账号", "your own ID or account number"),
        ]
        let name = names[kind] ?? ("号码", "number")
        return language == .zh ? name.0 : name.1
    }

    static func unmasked(_ found: SensitiveFinding, _ language: Language) -> String {
        language == .zh ? "\(kind(found.kind, language)) \(found.masked) 以完整号码出现（--no-redact）；确需提供再发送"
            : "the \(kind(found.kind, language)) \(found.masked) appears in full (--no-redact); send it only if the recipient needs it"
    }

    static func name(_ language: Language) -> String {
        language == .zh ? "缺少您的姓名：recourse profile set name 姓名" : "your name is missing: recourse profile set name \"Your Name\""
    }

    static func missing(_ label: String, _ language: Language) -> String {
        Message.checkFieldMissing.text(in: language, label)
    }

    static func notRecorded(_ caseID: Int64, _ language: Language) -> String {
        language == .zh ? "尚未记录正式投诉，答复期限从今天算起；发出后请记录：recourse escalate \(caseID) --to company --ref 编号"
            : "no formal complaint is recorded, so the deadline counts from today; once sent, record it: recourse escalate \(caseID) --to company --ref REF"
    }

    static func unconfirmed(_ language: Language) -> String {
        language == .zh ? "所引规则或期限尚未经原文核实，发送前请确认" : "the rule or deadline quoted is not yet confirmed against a primary text; check it before sending"
    }

    static func noRemedy(_ caseID: Int64, _ language: Language) -> String {
        language == .zh ? "未写明诉求，函中使用通用请求：recourse case edit \(caseID) --wants \"…\""
            : "no remedy is given, so the letter asks in general terms: recourse case edit \(caseID) --wants \"…\""
    }

    static func noEvidence(_ language: Language) -> String {
        language == .zh ? "本案没有保存任何证据文件：recourse log … --attach 文件" : "no evidence files are kept for this case: recourse log … --attach FILE"
    }

    static func summary(_ findings: [DraftFinding], _ language: Language) -> String {
        let fixes = findings.filter { $0.severity == .fix }.count
        switch (language, fixes) {
        case (.zh, 0): return "可以发送" + (findings.isEmpty ? "。" : "（请先确认以上各项）。")
        case (.zh, _): return "发送前需处理 \(fixes) 项。"
        case (.en, 0): return "Ready to send" + (findings.isEmpty ? "." : " (confirm the points above first).")
        case (.en, _): return "\(fixes) thing\(fixes == 1 ? "" : "s") to fix before sending."
        }
    }

    static func line(_ finding: DraftFinding, _ language: Language) -> String {
        switch (finding.severity, language) {
        case (.fix, .zh): "✗ 需处理：" + finding.message
        case (.confirm, .zh): "! 请确认：" + finding.message
        case (.fix, .en): "✗ fix: " + finding.message
        case (.confirm, .en): "! confirm: " + finding.message
        }
    }
}

/// What `draft … --check` prints.
public struct DraftCheckReport: Sendable, Encodable {
    public let ready: Bool
    public let findings: [DraftFinding]
    let language: Language

    public init(findings: [DraftFinding], language: Language) {
        self.ready = !findings.contains { $0.severity == .fix }
        self.findings = findings
        self.language = language
    }

    public var text: String {
        (findings.map { CheckWords.line($0, language) } + [CheckWords.summary(findings, language)]).joined(separator: "\n")
    }

    enum CodingKeys: String, CodingKey { case ready, findings }
}
