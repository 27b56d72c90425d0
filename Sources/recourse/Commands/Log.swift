import Desk
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

        /// The options as typed: what `LogDesk` (and the web's log form) takes.
        var request: LogRequest {
            var request = LogRequest()
            request.organization = organization
            request.via = via
            request.direction = direction
            request.number = number
            request.agent = agent
            request.ref = reference
            request.duration = duration
            request.summary = summary
            request.advice = advice
            request.outcome = outcome
            request.promise = promise
            request.extends = extends
            request.due = due
            request.caseID = caseID
            request.newCase = newCase
            request.at = at
            request.attach = attach
            request.impersonation = impersonation
            return request
        }

        func validate() throws {
            do { try request.validate(asking: asking) } catch { throw ValidationError(error.localizedDescription) }
        }

        func run() throws {
            let session = try Session(global, .recording)
            let occurredAt = try session.moment(at)
            let store = try session.openJournal()
            let desk = LogDesk(store: store, desk: session.desk)
            // On a terminal the interview asks for what the options left out; without one, the desk
            // checks the options itself, in the same order.
            var interview = asking ? LogInterview(desk: desk, session: session, occurredAt: occurredAt, prompter: Prompter()) : nil
            let request = try interview?.settle(self.request) ?? self.request
            let prepared = try desk.prepare(request)
            prepared.warnings.forEach(Console.warn)
            if let interview {
                let prompter = interview.prompter
                prompter.show(interview.record(prepared.draft))
                try prompter.confirmSave()
            }
            let outcome = try desk.commit(prepared)
            for notice in outcome.notices {
                switch notice {
                case let .warning(text): Console.warn(text)
                case let .note(text): Console.error(text)
                }
            }
            // Red flags make the offer; only the user knows the caller was not who they claimed.
            var marked = outcome.impersonation
            if marked == nil, outcome.redFlagsFired,
               try interview?.prompter.confirm(Message.logOfferImpersonation.text(outcome.logged.organization.name), defaultAnswer: false) == true {
                marked = try session.markImpersonation(outcome.logged.contact.id!, store: store)
            }
            try session.output(LogJSON(outcome.logged, guessed: outcome.guessed, warnings: outcome.warnings, impersonation: marked)) {
                LogView(logged: outcome.logged, guessed: outcome.guessed, time: session.time).render()
            }
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
