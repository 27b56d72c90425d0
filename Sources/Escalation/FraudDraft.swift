import Foundation
import Journal
import Reminders
import Lexicon

/// Where a fraud victim lives, as far as the documents they need go: who takes the police report,
/// and what the user's own bank owes them.
public enum FraudRegion: String, Sendable, Encodable {
    /// 110 or the local police station; the bank's emergency stop-payment (紧急止付/冻结).
    case cn
    /// Report Fraud; the PSR's APP-scam reimbursement claim to the sending bank.
    case gb
    /// The FTC's ReportFraud and the police; a Regulation E notice to the bank.
    case us
    /// The police's online report; a refund under PSD2 Art. 73.
    case eu
    /// Nowhere Recourse knows the rules of: a plain report and a plain request.
    case other

    /// The region of the impersonated firm's jurisdiction (the user's own, as far as the journal
    /// knows), else China for a Chinese user.
    public static func of(jurisdiction: String?, language: Language) -> FraudRegion {
        switch Router.region(jurisdiction) {
        case "CN": .cn
        case "GB": .gb
        case "US": .us
        case "EU": .eu
        case "": language == .zh ? .cn : .other
        default: .other
        }
    }
}

/// The two documents a fraud victim needs, drafted from a fraud case: the report for the police
/// (`draft police`) and the request to the user's own bank (`draft bank`).
///
/// The impersonated firm is a third party here: contacts are told as "a caller claiming to be
/// 京东金融", never "贵司来电". Whose number it is decides what is masked: the fraudster's
/// numbers, agent names and receiving account (`case edit --counterparty`) stay readable, since
/// the recipient must act on them; the user's own ID, card and account stay masked.
public struct FraudDraft: Sendable {
    public enum Document: String, Sendable { case police, bank }

    public let document: Document
    public let region: FraudRegion
    public let timeline: CaseTimeline
    public let flags: [Int64: [ContactFlag]]
    public let facts: CaseFacts?
    public let profile: UserProfile
    public let words: DraftWords
    public let fingerprint: String
    /// The fraudster's numbers, names and accounts, as logged: sent readable.
    public let suspectValues: [String]
    /// The APP reimbursement clock counted from today (the claim's date), for a UK bank claim.
    public let appClock: AppReimbursementClock?

    public static func make(_ document: Document, store: JournalStore, caseID: Int64, bodies: BodyLibrary, calendars: CalendarLibrary,
                            profile: UserProfile, words: DraftWords) throws -> FraudDraft {
        let timeline = try store.timeline(ofCase: caseID)
        let flags = try store.contactFlags(ofCase: caseID)
        let facts = try store.caseFacts(ofCase: caseID)
        let region = FraudRegion.of(jurisdiction: timeline.organization.jurisdiction, language: words.language)
        let suspects = suspectContacts(timeline, flags: flags)
        let values = (suspects.flatMap { [$0.address, $0.agent] } + [facts?.counterparty]).compactMap { $0 }
        let known = words.knowing(timeline, submissions: try store.submissions(ofCase: caseID), profile: profile).reading(values)
        var clock: AppReimbursementClock?
        if document == .bank, region == .gb, let body = bodies.body(AppReimbursementClock.bodyID) {
            clock = AppReimbursementClock(body: body, claimedAt: words.date, calendars: calendars, zone: words.zone)
        }
        return FraudDraft(document: document, region: region, timeline: timeline, flags: flags, facts: facts, profile: profile, words: known,
                          fingerprint: try store.chainHead(), suspectValues: values, appClock: clock)
    }

    /// The contacts the fraudster made or took: those marked as an impersonation; else those
    /// `log` warned about; else every inbound contact.
    static func suspectContacts(_ timeline: CaseTimeline, flags: [Int64: [ContactFlag]]) -> [Contact] {
        let contacts = timeline.entries.map(\.contact)
        let marked = contacts.filter { flags[$0.id!]?.contains { $0.kind == .impersonation } ?? false }
        if !marked.isEmpty { return marked }
        let warned = contacts.filter { !(flags[$0.id!] ?? []).isEmpty }
        return warned.isEmpty ? contacts.filter { $0.direction == .inbound } : warned
    }

    // MARK: - The document's facts

    public var context: [String: Any] {
        let words = self.words
        let zh = words.language == .zh
        let caseFile = timeline.caseFile
        let suspectIDs = Set(Self.suspectContacts(timeline, flags: flags).compactMap(\.id))
        var context: [String: Any] = [
            region.rawValue: true,
            "impersonated": words.text(timeline.organization.name),
            "reporter_name": profile["name"].map(words.plain) ?? (zh ? "（请用 recourse profile set name 填写姓名）" : "(your name: recourse profile set name …)"),
            "case_id": caseFile.id ?? 0,
            "case_title": words.text(caseFile.title),
            "date": words.long(words.date),
            "fingerprint": fingerprint,
            "contacts": timeline.entries.map { entry -> [String: Any] in
                let contact = entry.contact
                var item: [String: Any] = ["when": words.timeline(contact.occurredAt), "channel": channel(contact),
                                           "body": words.contactBody(contact)]
                item["address"] = contact.address.map(words.text)
                item["agent"] = contact.agent.map(words.text)
                if suspectIDs.contains(contact.id!) { item["claimed"] = words.text(timeline.organization.name) }
                return item
            },
        ]
        let numbers = Self.suspectContacts(timeline, flags: flags).compactMap(\.address)
        if !numbers.isEmpty { context["suspect_numbers"] = unique(numbers).map(words.text) }
        let names = Self.suspectContacts(timeline, flags: flags).compactMap(\.agent)
        if !names.isEmpty { context["suspect_names"] = unique(names).map(words.text) }
        context["receiving_account"] = facts?.counterparty.map(words.text)
        context["own_account"] = caseFile.accountRef.map(words.sensitive)
        context["amount"] = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        context["transaction_at"] = facts?.transactionAt.map(words.timeline)
        context["reporter_contact"] = [profile["phone"], profile["email"]].compactMap { $0 }.map(words.plain).joined(separator: zh ? "；" : ", ").nilIfEmpty
        context["reporter_address"] = profile["address"].map(words.plain)
        context["reporter_id"] = profile["id-number"].map(words.sensitive)
        context["bank"] = profile["bank"].map(words.plain)
            ?? (timeline.organization.kind == .bank ? words.text(timeline.organization.name) : nil)
        let warnings = timeline.entries.flatMap { flags[$0.contact.id!] ?? [] }.filter { $0.kind == .redFlags }.map { words.text(Self.signs($0.message)) }
        if !warnings.isEmpty {
            context["warnings"] = unique(warnings)
            context["has_warnings"] = true
        }
        let evidence = timeline.entries.flatMap(\.attachments)
        if !evidence.isEmpty {
            context["has_evidence"] = true
            context["evidence"] = evidence.enumerated().map { index, item in
                ["index": index + 1, "name": words.text(item.displayName), "size": words.size(item.size), "sha256": item.sha256] as [String: Any]
            }
        }
        if let appClock {
            context["claim_due"] = words.long(appClock.decideBy)
            context["claim_due_stopped"] = words.long(appClock.stoppedClockBy)
            context["claim_rule"] = words.rule(appClock.rule)
        }
        return context
    }

    /// The signs a red-flag warning names, without the advice to the user that follows them ("——
    /// 请挂断电话…", " — what to do: …"), which is for the victim, not the police or the bank.
    static func signs(_ message: String) -> String {
        // The last dash: the phrases' reasons may hold one ("共享屏幕——冒充客服的常用套路"); the advice holds none.
        let cut = [message.range(of: "——", options: .backwards), message.range(of: " — ", options: .backwards)].compactMap { $0 }
            .max { $0.lowerBound < $1.lowerBound }
        return cut.map { String(message[..<$0.lowerBound]) } ?? message
    }

    /// How a contact happened, told neutrally: the caller is not the firm.
    private func channel(_ contact: Contact) -> String {
        let noun = words.channelNoun(contact.channel)
        switch (words.language, contact.direction, contact.channel) {
        case (.zh, .inbound, .phone): return "来电"
        case (.zh, .outbound, .phone): return "本人拨打电话"
        case (.zh, .inbound, _): return "对方通过\(noun)联系本人"
        case (.zh, _, _): return "本人通过\(noun)联系"
        case (.en, .inbound, .phone): return "a call to me"
        case (.en, .outbound, .phone): return "I called"
        case (.en, .inbound, _): return "contacted me by \(noun)"
        case (.en, _, _): return "I made contact by \(noun)"
        }
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// The PSR's APP-scam reimbursement clock for a claim to the sending bank: a decision within 5
/// business days of the claim, or by the 35th when the bank stops the clock to gather information.
///
/// The periods and the rule come from the `uk.app` body profile (data, with its sources), so the
/// claim's own draft and `agenda` (after `escalate CASE --to uk.app`) count the same days; it is a
/// small function of its own so that the routing of a case can call it when it learns of fraud.
public struct AppReimbursementClock: Sendable {
    public static let bodyID = "uk.app"

    public let decideBy: Date
    public let stoppedClockBy: Date
    public let rule: BodyProfile.Citation

    public init?(body: BodyProfile, claimedAt: Date, calendars: CalendarLibrary, zone: TimeZone) {
        guard let deadline = body.firmDeadline, let extended = deadline.extensions?.first else { return nil }
        let calculator = DeadlineCalculator(calendars: calendars)
        func last(_ amount: Int, _ unit: BodyProfile.Unit) -> Date {
            calculator.lastDay(after: claimedAt, amount: amount, unit: unit, dayCount: body.dayCount, jurisdiction: body.jurisdiction, zone: zone)
                .day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone)
        }
        decideBy = last(deadline.amount, deadline.unit)
        stoppedClockBy = last(extended.amount, extended.unit)
        rule = deadline.rule ?? BodyProfile.Citation(zh: body.names.zh, en: body.names.en, confidence: .unconfirmed)
    }
}

// MARK: - --check

extension FraudDraft {
    public var checkWords: DraftWords { words }
    /// The user's own contact details, and the fraudster's numbers and accounts: both are meant
    /// to be read by the recipient.
    public var senderDetails: [String] { ["phone", "email", "address"].compactMap { profile[$0] } + suspectValues }

    /// What to fix or confirm: the name, the receiving account, the bank; then, to confirm, every
    /// value sent readable because it is the fraudster's, and the warnings the report carries.
    public var kindFindings: [DraftFinding] {
        let language = words.language
        let caseID = timeline.caseFile.id ?? 0
        var findings: [DraftFinding] = []
        if profile["name"] == nil { findings.append(.init(severity: .fix, code: "missing-name", message: CheckWords.name(language))) }
        if facts?.counterparty == nil {
            findings.append(.init(severity: .fix, code: "no-receiving-account", message: Message.fraudCheckNoAccount.text(in: language, caseID)))
        }
        if document == .bank, profile["bank"] == nil, timeline.organization.kind != .bank {
            findings.append(.init(severity: .fix, code: "no-bank", message: Message.fraudCheckNoBank.text(in: language)))
        }
        if !suspectValues.isEmpty {
            let listed = suspectValues.map { MarkdownText.escape($0) }.joined(separator: Message.listSeparator.text(in: language))
            findings.append(.init(severity: .confirm, code: "readable-suspect", message: Message.fraudCheckReadable.text(in: language, listed)))
        }
        // The same signs the draft carries, as it carries them.
        for flag in timeline.entries.flatMap({ flags[$0.contact.id!] ?? [] }) where flag.kind == .redFlags {
            findings.append(.init(severity: .confirm, code: "warning", message: Message.fraudCheckWarning.text(in: language, words.text(Self.signs(flag.message)))))
        }
        if !timeline.entries.contains(where: { !$0.attachments.isEmpty }) {
            findings.append(.init(severity: .confirm, code: "no-evidence", message: CheckWords.noEvidence(language)))
        }
        if let appClock, !appClock.rule.isConfirmed {
            findings.append(.init(severity: .confirm, code: "unconfirmed-rule", message: CheckWords.unconfirmed(language)))
        }
        return findings
    }

    /// Where else the victim goes, by region, for the user (never the recipient): shown after
    /// the draft on stderr and under `--check`.
    public var nextSteps: [String] {
        let language = Language.current
        switch region {
        case .cn: return [Message.fraudStepsCN.text(in: language)]
        case .gb: return [Message.fraudStepsGB.text(in: language, timeline.caseFile.id ?? 0)]
        case .us: return [Message.fraudStepsUS.text(in: language)]
        case .eu: return [Message.fraudStepsEU.text(in: language)]
        case .other: return [Message.fraudStepsOther.text(in: language)]
        }
    }
}

extension DraftError {
    /// Refuses a letter that would address the impersonated firm as the wrongdoer.
    static func guardNotFraud(_ store: JournalStore, caseID: Int64) throws {
        if try store.isFraudCase(caseID) { throw DraftError.fraudCase(caseID) }
    }
}
