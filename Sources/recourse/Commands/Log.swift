import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse log`: the moment right after hanging up.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", _superCommandName: DirectParse.superCommand,
            abstract: "Record a contact with a company, with any promise they made.",
            discussion: """
                Example:
                  recourse log "数字人民币钱包" --via phone --number 95566 \\
                    --agent "工号 1023" --ref CS20261124-88 \\
                    --summary "转账失败，资金未到账" \\
                    --promise "三个工作日内退回" --due 三个工作日内

                A new deadline given in this call for an earlier promise:
                  recourse log "数字人民币钱包" --agent "工号 2210" \\
                    --extends 1 --due 明天之前

                The contact joins --case N, else the organization's only open case, else a new case. \
                On a terminal, whatever no flag gave is asked for in turn (organization and case, \
                channel, number, agent, reference, summary, advice, promise and due time), then the \
                record is shown before it is saved; Enter skips, Ctrl-C or Ctrl-D abandons with \
                nothing saved. --no-input never asks. A relative --due counts from the contact's time (--at).
                """, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The organization's name or alias; new names create the organization. Optional with --case.")
        var organization: String?

        @Option(help: ArgumentHelp("How: phone (the default), chat, app, web, email, wechat, weibo, letter, visit, sms, other (or 电话, 在线客服, 微信…).", valueName: "channel"), completion: ValueCompletion.channels)
        var via: String?

        @Option(help: ArgumentHelp("outbound (I contacted them) or inbound (they contacted me).", valueName: "direction"), completion: ValueCompletion.directions)
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

        @Option(help: ArgumentHelp("A promise made earlier whose deadline this call moved (repeatable; pair each with a --due, after the --promise ones).", valueName: "promise-id"))
        var extends: [Int64] = []

        @Option(help: ArgumentHelp("By when: 2026-11-27, \"friday 5pm\", \"3 workdays\", 三个工作日内 (repeatable).", valueName: "when"))
        var due: [String] = []

        @Option(name: .customLong("case"), help: ArgumentHelp("Add to this case.", valueName: "id"), completion: ValueCompletion.openCases)
        var caseID: Int64?

        @Option(name: .customLong("new-case"), help: ArgumentHelp("Open a new case with this title.", valueName: "title"))
        var newCase: String?

        @Option(help: ArgumentHelp("When it happened (default: now). A date alone means 12:00.", valueName: "when"))
        var at: String?

        @Option(help: ArgumentHelp("Keep a file as evidence: copied into the journal with its SHA-256 (repeatable).", valueName: "file"))
        var attach: [String] = []

        @Flag(help: "Never ask questions, even on a terminal.")
        var noInput = false

        /// True when missing answers are asked for.
        var asking: Bool { !noInput && Console.isInteractive }

        func validate() throws {
            if caseID != nil && newCase != nil { throw ValidationError(Message.caseWithNewCase.text()) }
            if organization == nil && caseID == nil && extends.isEmpty && !asking {
                throw ValidationError(Message.nameOrCase.text())
            }
            if due.count > promise.count + extends.count {
                throw ValidationError(Message.dueWithoutPromise.text(due[promise.count + extends.count]))
            }
            if let via { _ = try ChoiceParsing.channel(via) }
            _ = try ChoiceParsing.direction(direction)
        }

        func run() throws {
            let session = try Session(global, .recording)
            let occurredAt = try session.moment(at)
            let store = try session.openJournal()
            var interview = LogInterview(store: store, session: session, occurredAt: occurredAt, prompter: asking ? Prompter() : nil)
            let answers = try interview.settle(self)

            var draft = ContactDraft(organization: answers.organization, occurredAt: occurredAt, zone: session.zone.identifier)
            draft.newOrganization = answers.organization.map(session.inferOrganization) ?? OrganizationInference()
            draft.caseChoice = answers.caseChoice
            draft.channel = answers.channel
            draft.direction = try ChoiceParsing.direction(direction)
            draft.address = answers.number
            draft.agent = answers.agent
            draft.reference = answers.reference
            draft.durationSeconds = try duration.map(DurationText.seconds)
            draft.summary = answers.summary
            draft.advice = answers.advice
            draft.outcome = outcome
            draft.attachmentPaths = attach
            draft.promises = answers.promises
            draft.extensions = answers.extensions
            if let prompter = interview.prompter {
                prompter.show(interview.record(draft, caseChoice: answers.caseChoice))
                try prompter.confirmSave()
            }

            // Loaded before the write, so a bad channels file stops the command with the journal untouched.
            let said = [draft.summary, draft.advice].compactMap { $0 } + draft.promises.map(\.text)
            let advisor = try session.contactAdvisor(number: draft.address, texts: said)
            let logged = try store.logContact(draft, now: session.now)
            var warnings = answers.warnings
            if logged.createdOrganization, !answers.nearOrganizations.isEmpty {
                let warning = Words.nearOrganization(logged.organization.name, near: answers.nearOrganizations.map { ($0.name, $0.id!) })
                Console.warn(warning)
                warnings.append(warning)
            }
            if let advisor {
                // The contact is saved by now: a failed check, or failing to keep its warnings on the
                // contact, must not look like a failed log (the user would log it twice), so it
                // becomes a warning of its own.
                do {
                    let channelWarnings = try session.contactWarnings(logged, store: store, advisor: advisor, texts: said)
                    channelWarnings.forEach { Console.warn($0.message) }
                    warnings += channelWarnings.map(\.message)
                    try session.keepWarnings(channelWarnings, on: logged.contact.id!, store: store, now: session.now)
                    // Said once, so the user knows the warning is evidence now, not a passing message.
                    if !channelWarnings.isEmpty { Console.error(Message.logWarningsKept.text(logged.contact.id!, logged.caseFile.id!)) }
                } catch {
                    let warning = Message.channelCheckFailed.text(error.localizedDescription)
                    Console.warn(warning)
                    warnings.append(warning)
                }
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
    /// Promises this contact moved: the superseded one and the new one, made on this contact.
    let extensions: [ExtendJSON]
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
        extensions = logged.extensions.map { ExtendJSON(previous: $0.previous, promise: $0.current, warnings: []) }
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
            lines.append(Message.newOrganization.text(org.id!, org.name))
            lines.append(InferenceWords.line(org, guessed: guessed))
        }
        if logged.openedCase { lines.append(Message.openedCase.text(logged.caseFile.id!, logged.caseFile.title)) }
        var line = Message.loggedContact.text(logged.contact.id!, logged.caseFile.id!, org.name)
        for promise in logged.promises { line += Message.loggedPromise.text(promise.id!, time.short(promise.dueAt)) }
        lines.append(line)
        for change in logged.extensions {
            lines.append(Words.promiseExtended(change.previous.id!, current: change.current.id!,
                                               due: time.short(change.current.dueAt), was: time.short(change.previous.dueAt)))
        }
        for attachment in logged.attachments {
            lines.append(Message.keptEvidence.text(attachment.displayName, attachment.id!, attachment.sha256.prefix(12)))
        }
        return lines.joined(separator: "\n")
    }
}
