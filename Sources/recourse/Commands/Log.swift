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
            abstract: Message.helpLogAbstract.literal,
            discussion: Message.helpLogDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpLogOrganization.literal))
        var organization: String?

        @Option(help: ArgumentHelp(Message.helpLogVia.literal, valueName: "channel"), completion: ValueCompletion.channels)
        var via: String?

        @Option(help: ArgumentHelp(Message.helpLogDirection.literal, valueName: "direction"), completion: ValueCompletion.directions)
        var direction = "outbound"

        @Option(help: ArgumentHelp(Message.helpLogNumber.literal, valueName: "number"))
        var number: String?

        @Option(help: ArgumentHelp(Message.helpLogAgent.literal))
        var agent: String?

        @Option(name: .customLong("ref"), help: ArgumentHelp(Message.helpLogReference.literal, valueName: "ref"))
        var reference: String?

        @Option(help: ArgumentHelp(Message.helpLogDuration.literal, valueName: "duration"))
        var duration: String?

        @Option(help: ArgumentHelp(Message.helpLogSummary.literal))
        var summary: String?

        @Option(help: ArgumentHelp(Message.helpLogAdvice.literal))
        var advice: String?

        @Option(help: ArgumentHelp(Message.helpHowItEnded.literal))
        var outcome: String?

        @Option(help: ArgumentHelp(Message.helpLogPromise.literal, valueName: "text"))
        var promise: [String] = []

        @Option(help: ArgumentHelp(Message.helpLogExtends.literal, valueName: "promise-id"))
        var extends: [Int64] = []

        @Option(help: ArgumentHelp(Message.helpLogDue.literal, valueName: "when"))
        var due: [String] = []

        @Option(name: .customLong("case"), help: ArgumentHelp(Message.helpLogCaseID.literal, valueName: "id"), completion: ValueCompletion.openCases)
        var caseID: Int64?

        @Option(name: .customLong("new-case"), help: ArgumentHelp(Message.helpLogNewCase.literal, valueName: "title"))
        var newCase: String?

        @Option(help: ArgumentHelp(Message.helpLogAt.literal, valueName: "when"))
        var at: String?

        @Option(help: ArgumentHelp(Message.helpLogAttach.literal, valueName: "file"))
        var attach: [String] = []

        @Flag(help: ArgumentHelp(Message.helpLogImpersonation.literal))
        var impersonation = false

        @Flag(help: ArgumentHelp(Message.helpNoInput.literal))
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
            var redFlagsFired = false
            if let advisor {
                // The contact is saved by now: a failed check, or failing to keep its warnings on the
                // contact, must not look like a failed log (the user would log it twice), so it
                // becomes a warning of its own.
                do {
                    let channelWarnings = try session.contactWarnings(logged, store: store, advisor: advisor, texts: said)
                    channelWarnings.forEach { Console.warn($0.message) }
                    warnings += channelWarnings.map(\.message)
                    redFlagsFired = channelWarnings.contains { $0.kind == .redFlags }
                    try session.keepWarnings(channelWarnings, on: logged.contact.id!, store: store, now: session.now)
                    // Said once, so the user knows the warning is evidence now, not a passing message.
                    if !channelWarnings.isEmpty { Console.error(Message.logWarningsKept.text(logged.contact.id!, logged.caseFile.id!)) }
                } catch {
                    let warning = Message.channelCheckFailed.text(error.localizedDescription)
                    Console.warn(warning)
                    warnings.append(warning)
                }
            }
            // Red flags make the offer; only the user knows the caller was not who they claimed.
            var marked: MarkedImpersonation?
            if try impersonation || (redFlagsFired && interview.prompter?.confirm(Message.logOfferImpersonation.text(logged.organization.name),
                                                                                   defaultAnswer: false) == true) {
                marked = try session.markImpersonation(logged.contact.id!, store: store)
            }
            try session.output(LogJSON(logged, guessed: draft.newOrganization, warnings: warnings, impersonation: marked)) { LogView(logged: logged, guessed: draft.newOrganization, time: session.time).render() }
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
    /// The mark `--impersonation` (or the offer) put on the contact; absent when none was made.
    let impersonation: ImpersonationJSON?

    /// A script must learn from the answer that the case is now a fraud case, not a complaint.
    struct ImpersonationJSON: Encodable {
        let contactId: Int64
        let organization: String
        let message: String
        let caseId: Int64
        let caseBecameFraud: Bool
    }

    init(_ logged: LoggedContact, guessed: OrganizationInference, warnings: [String], impersonation marked: MarkedImpersonation? = nil) {
        organization = logged.organization
        organizationCreated = logged.createdOrganization
        organizationGuessed = logged.createdOrganization ? guessed : nil
        var caseFile = logged.caseFile
        // The mark is a write after the contact's: the case as it stands now is a fraud case.
        if marked != nil { caseFile.category = .fraud }
        self.case = caseFile
        impersonation = marked.map {
            ImpersonationJSON(contactId: $0.flag.contactId, organization: $0.organizationName, message: $0.flag.message, caseId: $0.caseID,
                              caseBecameFraud: $0.caseBecameFraud)
        }
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
