import Foundation
import Journal
import Reminders
import Lexicon

/// The one regulator draft a fraud case may have: a complaint to the Financial Ombudsman Service
/// about the sending bank's handling of an APP scam reimbursement claim, once that claim is
/// recorded (`escalate CASE --to uk.app`) and the bank refused it or let its time pass.
///
/// The respondent is the user's bank, never the impersonated firm, and the facts are told as
/// the police report tells them ("a call to me, the caller claiming to be Barclays"): the
/// fraudster's numbers and the receiving account stay readable, the user's own stay masked.
/// Every other regulator draft on a fraud case is refused (`DraftError.fraudCase`).
public struct AppClaimComplaint: Sendable {
    public static let bodyID = "uk.fos"

    /// The reimbursement claim, as recorded with `escalate --to uk.app`.
    public let claim: Submission
    /// The sending bank's name (`profile set bank`, else the case's organization when it is a
    /// bank), or nil when the journal does not know it.
    public let bankName: String?
    /// The neutral telling of the case, with the fraudster's values readable.
    public let fraud: FraudDraft
    /// The claim's 5 and 35 business days, from the `uk.app` profile.
    public let clock: AppReimbursementClock?
    /// When the FOS takes the case, as `agenda` counts it; nil once the refusal is recorded.
    public let opensAt: Date?

    /// The route for a fraud case to `body`: nil when the case is no fraud case (the ordinary
    /// submission applies); else the complaint about the bank's handling of the claim.
    ///
    /// - Throws: `DraftError.fraudCase` for any body but the FOS, `DraftError.fraudNeedsAppClaim`
    ///   when no APP claim is recorded yet.
    static func route(store: JournalStore, caseID: Int64, body: BodyProfile, bodies: BodyLibrary, calendars: CalendarLibrary,
                      profile: UserProfile, words: DraftWords) throws -> AppClaimComplaint? {
        guard try store.isFraudCase(caseID) else { return nil }
        guard body.id == bodyID else { throw DraftError.fraudCase(caseID) }
        guard let claim = try store.submissions(ofCase: caseID).last(where: { $0.body == AppReimbursementClock.bodyID }) else {
            throw DraftError.fraudNeedsAppClaim(caseID)
        }
        let fraud = try FraudDraft.make(.bank, store: store, caseID: caseID, bodies: bodies, calendars: calendars, profile: profile, words: words)
        let organization = fraud.timeline.organization
        let zone = TimeZone(identifier: fraud.timeline.caseFile.zone) ?? words.zone
        let clock = bodies.body(AppReimbursementClock.bodyID).flatMap {
            AppReimbursementClock(body: $0, claimedAt: claim.submittedAt, calendars: calendars, zone: zone)
        }
        // The FOS's clock as `agenda` counts it for the claim, about a bank (the respondent).
        var respondent = organization
        respondent.kind = .bank
        if respondent.jurisdiction == nil { respondent.jurisdiction = "GB" }
        let open = OpenSubmission(submission: claim, caseZone: fraud.timeline.caseFile.zone, organization: respondent, caseCategory: .fraud)
        let opens = claim.respondedAt == nil
            ? EscalationClocks(store: store, bodies: bodies, calendars: calendars).clocks(for: open).first { $0.bodyID == bodyID }?.opensAt
            : nil
        let bank = profile["bank"] ?? (organization.kind == .bank ? organization.name : nil)
        return AppClaimComplaint(claim: claim, bankName: bank, fraud: fraud, clock: clock, opensAt: opens)
    }

    var words: DraftWords { fraud.words }
    private var language: Language { words.language }

    /// The bank as the sentence names it.
    var bank: String { bankName.map(words.text) ?? Message.fosAppYourBank.text(in: language) }

    /// The FOS does not take the case yet: the claim is unanswered and the bank's time not over.
    var unmet: [SubmissionDraft.Unmet] {
        guard let opensAt, opensAt > words.date else { return [] }
        let english = DraftWords(language: .en, zone: words.zone, date: words.date, redact: false)
        let chinese = DraftWords(language: .zh, zone: words.zone, date: words.date, redact: false)
        let id = claim.id ?? 0
        return [SubmissionDraft.Unmet(en: Message.fosAppNotYet.text(in: .en, english.long(opensAt), id),
                                      zh: Message.fosAppNotYet.text(in: .zh, chinese.long(opensAt), id))]
    }

    var title: String { Message.fosAppTitle.text(in: language, bank) }

    /// What went wrong, in date order: the scam as the police report tells it, the payment, the
    /// claim, and the bank's refusal or its silence past the day it had to decide.
    var chronology: [String] {
        let zh = language == .zh
        let impersonated = fraud.timeline.organization.name
        var lines = [bankName == impersonated ? Message.fosAppOwnBankImpersonated.text(in: language, bank)
                                              : Message.fosAppThirdParty.text(in: language, words.text(impersonated), bank)]
        let context = fraud.context
        for item in context["contacts"] as? [[String: Any]] ?? [] {
            var line = "\(item["when"] ?? "") \(item["channel"] ?? "")"
            if let address = item["address"] { line += zh ? "（\(address)）" : " (\(address))" }
            if let claimed = item["claimed"] as? String { line += (zh ? "，" : ", ") + Message.fosAppClaimed.text(in: language, claimed) }
            if let agent = item["agent"] { line += zh ? "（\(agent)）" : " (\(agent))" }
            lines.append(line + (zh ? "：" : ": ") + "\(item["body"] ?? "")")
        }
        if let amount = context["amount"] as? String {
            let when = (context["transaction_at"] as? String) ?? words.long(claim.submittedAt)
            let account = (context["receiving_account"] as? String) ?? Message.fosAppAccountUnknown.text(in: language)
            lines.append(Message.fosAppPayment.text(in: language, when, amount, account))
        }
        let rule = clock.map { words.rule($0.rule) } ?? ""
        let reference = claim.reference.map { zh ? "（编号 \(words.text($0))）" : " (reference \(words.text($0)))" } ?? ""
        lines.append(Message.fosAppClaim.text(in: language, words.long(claim.submittedAt), bank, rule, reference))
        if let answered = claim.respondedAt {
            lines.append(Message.fosAppRefused.text(in: language, words.long(answered), bank))
        } else if let clock {
            let late = clock.decideBy < words.date
            lines.append((late ? Message.fosAppLate : Message.fosAppPending).text(in: language, words.long(clock.decideBy), bank, words.long(clock.stoppedClockBy)))
        }
        return lines
    }

    /// What the FOS should have the bank do, unless the user wrote it (`case edit --outcome`).
    var remedy: String {
        let caseFile = fraud.timeline.caseFile
        let amount = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") } ?? Message.fosAppMoney.text(in: language)
        return Message.fosAppRemedy.text(in: language, amount)
    }

    /// What `--check` adds: the bank's name when unknown, and the fraudster's values sent readable.
    var findings: [DraftFinding] {
        var findings: [DraftFinding] = []
        if bankName == nil { findings.append(.init(severity: .fix, code: "no-bank", message: Message.fraudCheckNoBank.text(in: language))) }
        if !fraud.suspectValues.isEmpty {
            let listed = fraud.suspectValues.map { MarkdownText.escape($0) }.joined(separator: Message.listSeparator.text(in: language))
            findings.append(.init(severity: .confirm, code: "readable-suspect", message: Message.fraudCheckReadable.text(in: language, listed)))
        }
        return findings
    }
}
