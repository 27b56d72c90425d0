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
        let unconfirmed = body.sources.filter { $0.confidence == .unconfirmed }
        if !unconfirmed.isEmpty {
            findings.append(.init(severity: .confirm, code: "unconfirmed-rule", message: CheckWords.unconfirmed(unconfirmed, words.language)))
        }
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

/// The words of `--check`, from the catalog.
enum CheckWords {
    static func kind(_ kind: SensitiveKind, _ language: Language) -> String {
        let names: [SensitiveKind: Message] = [
            .card: .checkKindCard, .residentID: .checkKindResidentID, .iban: .checkKindIBAN, .ssn: .checkKindSSN, .phone: .checkKindPhone,
            .account: .checkKindAccount, .otherID: .checkKindOtherID, .ownIdentifier: .checkKindOwnIdentifier,
        ]
        return (names[kind] ?? .checkKindNumber).text(in: language)
    }

    static func unmasked(_ found: SensitiveFinding, _ language: Language) -> String {
        Message.checkUnmasked.text(in: language, kind(found.kind, language), found.masked)
    }

    static func name(_ language: Language) -> String { Message.checkNameMissing.text(in: language) }

    static func missing(_ label: String, _ language: Language) -> String {
        Message.checkFieldMissing.text(in: language, label)
    }

    static func notRecorded(_ caseID: Int64, _ language: Language) -> String { Message.checkComplaintNotRecorded.text(in: language, caseID) }

    static func unconfirmed(_ language: Language) -> String { Message.checkUnconfirmedRule.text(in: language) }

    /// A body's facts still without a primary source, each by its title, so the user knows which to check.
    static func unconfirmed(_ sources: [BodyProfile.Source], _ language: Language) -> String {
        Message.checkUnconfirmedFacts.text(in: language, sources.map { $0.title.in(language) }
            .joined(separator: Message.listSeparator.text(in: language)))
    }

    static func noRemedy(_ caseID: Int64, _ language: Language) -> String { Message.checkNoRemedy.text(in: language, caseID) }

    static func noEvidence(_ language: Language) -> String { Message.checkNoEvidence.text(in: language) }

    static func summary(_ findings: [DraftFinding], _ language: Language) -> String {
        let fixes = findings.filter { $0.severity == .fix }.count
        if fixes > 0 { return Message.checkFixesLeft.text(in: language, fixes) }
        return (findings.isEmpty ? Message.checkReady : .checkReadyConfirmFirst).text(in: language)
    }

    static func line(_ finding: DraftFinding, _ language: Language) -> String {
        (finding.severity == .fix ? Message.checkMarkFix : .checkMarkConfirm).text(in: language) + finding.message
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
