import ArgumentParser
import Foundation
import Journal
import Reminders

extension Recourse {
    /// `recourse log`: the moment right after hanging up.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a contact with a company, with any promise they made.",
            discussion: """
                Example:
                  recourse log "数字人民币钱包" --via phone --number 95566 --agent "工号 1023" \\
                    --ref CS20261124-88 --summary "转账失败，资金未到账" --promise "三个工作日内退回" --due 三个工作日内

                The contact joins --case N, else the organization's only open case, else a new case. \
                On a terminal, missing summary, advice and promise are asked for (Enter skips); \
                --no-input never asks. A relative --due counts from the contact's time (--at).
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The organization's name or alias; new names create the organization. Optional with --case.")
        var organization: String?

        @Option(help: ArgumentHelp("How: phone, chat, app, web, email, wechat, weibo, letter, visit, sms, other (or 电话, 在线客服, 微信…).", valueName: "channel"))
        var via = "phone"

        @Option(help: ArgumentHelp("outbound (I contacted them) or inbound (they contacted me).", valueName: "direction"))
        var direction = "outbound"

        @Option(help: ArgumentHelp("The number, e-mail or account used (e.g. 95566).", valueName: "number"))
        var number: String?

        @Option(help: "The agent's name or staff number.")
        var agent: String?

        @Option(name: .customLong("ref"), help: ArgumentHelp("The reference or ticket number they gave.", valueName: "ref"))
        var reference: String?

        @Option(help: ArgumentHelp("How long it took: 12m, 1h30m, 00:12:30.", valueName: "duration"))
        var duration: String?

        @Option(help: "What the contact was about.")
        var summary: String?

        @Option(help: "What they advised you to do.")
        var advice: String?

        @Option(help: "How it ended.")
        var outcome: String?

        @Option(help: ArgumentHelp("What they promised (repeatable; pair each with a --due).", valueName: "text"))
        var promise: [String] = []

        @Option(help: ArgumentHelp("By when: 2026-11-27, \"friday 5pm\", \"3 workdays\", 三个工作日内 (repeatable).", valueName: "when"))
        var due: [String] = []

        @Option(name: .customLong("case"), help: ArgumentHelp("Add to this case.", valueName: "id"))
        var caseID: Int64?

        @Option(name: .customLong("new-case"), help: ArgumentHelp("Open a new case with this title.", valueName: "title"))
        var newCase: String?

        @Option(help: ArgumentHelp("When it happened (default: now). A date alone means 12:00.", valueName: "when"))
        var at: String?

        @Option(help: ArgumentHelp("Keep a file as evidence: copied into the journal with its SHA-256 (repeatable).", valueName: "file"))
        var attach: [String] = []

        @Flag(help: "Never ask questions, even on a terminal.")
        var noInput = false

        func validate() throws {
            if caseID != nil && newCase != nil { throw ValidationError("--case and --new-case cannot be used together") }
            if organization == nil && caseID == nil {
                throw ValidationError("name the organization (e.g. recourse log \"Bank\") or give --case N")
            }
            if due.count > promise.count { throw ValidationError("--due '\(due[promise.count])' has no --promise to belong to") }
            _ = try ChoiceParsing.channel(via)
            _ = try ChoiceParsing.direction(direction)
        }

        func run() throws {
            let session = try Session(global, .recording)
            let occurredAt = try session.moment(at)
            var draft = ContactDraft(organization: organization, occurredAt: occurredAt, zone: session.zone.identifier)
            draft.newOrganization = organization.map(session.inferOrganization) ?? OrganizationInference()
            draft.caseChoice = caseID.map(CaseChoice.existing) ?? newCase.map { CaseChoice.new(title: $0) } ?? .automatic
            draft.channel = try ChoiceParsing.channel(via)
            draft.direction = try ChoiceParsing.direction(direction)
            draft.address = number
            draft.agent = agent
            draft.reference = reference
            draft.durationSeconds = try duration.map(DurationText.seconds)
            draft.summary = summary
            draft.advice = advice
            draft.outcome = outcome
            draft.attachmentPaths = attach

            var promises = zip(promise, due.map(Optional.some) + Array(repeating: nil, count: max(0, promise.count - due.count)))
                .map { (text: $0, due: $1) }
            if !noInput && Console.isInteractive {
                draft.summary = draft.summary ?? Console.ask("Summary (Enter to skip):")
                draft.advice = draft.advice ?? Console.ask("Advice they gave (Enter to skip):")
                if promises.isEmpty, let text = Console.ask("What did they promise? (Enter to skip):") {
                    promises.append((text, nil))
                }
                for index in promises.indices where promises[index].due == nil {
                    promises[index].due = Console.ask("By when? (e.g. 三个工作日内, friday 5pm, 2026-11-27):")
                }
            }
            let store = try session.openJournal()
            var warnings: [String] = []
            if !promises.isEmpty {
                // Business days count in the organization's region ("三个工作日内" skips 春节).
                let organization = try organization.flatMap(store.organization(named:)) ?? caseID.flatMap(store.organization(ofCase:))
                let calendar = try session.businessCalendar(jurisdiction: organization?.jurisdiction)
                draft.promises = try promises.map { item in
                    guard let dueText = item.due else {
                        throw CLIError.usage("promise '\(item.text)' has no due time; add --due WHEN (e.g. --due \"3 workdays\")")
                    }
                    let resolved = try session.when(dueText, from: occurredAt, calendar: calendar, purpose: .deadline)
                    warnings += resolved.warnings
                    return PromiseDraft(text: item.text, dueAt: resolved.date, dueWords: dueText)
                }
            }

            let said = [draft.summary, draft.advice].compactMap { $0 } + promises.map(\.text)
            let advisor = try session.contactAdvisor(number: number, texts: said)
            let logged = try store.logContact(draft, now: session.now)
            if let advisor {
                let channelWarnings = try session.contactWarnings(logged, store: store, advisor: advisor, texts: said)
                channelWarnings.forEach(Console.warn)
                warnings += channelWarnings
            }
            try session.output(LogJSON(logged, guessed: draft.newOrganization, warnings: warnings)) { LogView(logged: logged, guessed: draft.newOrganization, time: session.time).render() }
        }
    }
}

/// `log --json`.
struct LogJSON: Encodable {
    let organization: Organization
    let organizationCreated: Bool
    /// What was guessed about a new organization's kind and jurisdiction (absent when it existed).
    let organizationGuessed: OrganizationInference?
    let `case`: CaseFile
    let caseOpened: Bool
    let contact: Contact
    let promises: [Promise]
    let attachments: [Attachment]
    /// E.g. a business-day count that ran past the years the calendar knows.
    let warnings: [String]

    init(_ logged: LoggedContact, guessed: OrganizationInference, warnings: [String]) {
        organization = logged.organization
        organizationCreated = logged.createdOrganization
        organizationGuessed = logged.createdOrganization ? guessed : nil
        self.case = logged.caseFile
        caseOpened = logged.openedCase
        contact = logged.contact
        promises = logged.promises
        attachments = logged.attachments
        self.warnings = warnings
    }
}

/// The confirmation `log` prints: what was created, and when each promise falls due.
struct LogView {
    let logged: LoggedContact
    /// What was guessed about the organization, shown when this contact created it.
    let guessed: OrganizationInference
    let time: TimeFormat

    func render() -> String {
        var lines: [String] = []
        let org = logged.organization
        if logged.createdOrganization {
            lines.append("New organization #\(org.id!) \(org.name)")
            lines.append(InferenceWords.line(org, guessed: guessed, .en))
        }
        if logged.openedCase { lines.append("Opened case #\(logged.caseFile.id!) \(logged.caseFile.title)") }
        var line = "Logged contact #\(logged.contact.id!) on case #\(logged.caseFile.id!) (\(org.name))"
        for promise in logged.promises { line += " · promise #\(promise.id!) due \(time.short(promise.dueAt))" }
        lines.append(line)
        for attachment in logged.attachments {
            lines.append("Kept \(attachment.originalName) as evidence #\(attachment.id!) (sha256 \(attachment.sha256.prefix(12))…)")
        }
        return lines.joined(separator: "\n")
    }
}
