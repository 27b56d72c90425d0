import Channels
import Foundation
import Journal
import Lexicon
import Reminders

/// `log`'s orchestration, for every skin: from a `LogRequest` (the options as typed) to a saved
/// contact with its warnings. The command line's interview asks its questions, fills the request
/// and then calls `prepare` and `commit`, as the web's log form does; so a rule, a parser or a
/// sentence lives here once.
///
/// `prepare` reads and checks everything and writes nothing; `commit` writes. Every error names
/// the field it concerns (`LogFieldError`) and keeps the underlying error as it was.
public struct LogDesk {
    public let store: JournalStore
    public let desk: Desk

    public init(store: JournalStore, desk: Desk) {
        self.store = store
        self.desk = desk
    }

    /// Everything `log` will record, settled and checked, nothing written yet.
    public struct Prepared {
        public var draft: ContactDraft
        /// The organization as settled: the case's, or a known one of that name; nil for a new name.
        public let organization: Organization?
        /// Known organizations close to a new name, named in a warning when it is created anyway.
        public let nearOrganizations: [Organization]
        /// The due phrases' warnings (a business-day count past the calendar, a date before the contact).
        public let warnings: [String]
        /// `--at`'s own warnings, which the command line shows as it reads the option.
        public let momentWarnings: [String]
        public let impersonation: Bool
    }

    /// What saving said, in order: warnings (`warning: …` on a terminal) and plain notes.
    public enum Notice: Sendable, Equatable {
        case warning(String)
        case note(String)
    }

    public struct Outcome {
        public let logged: LoggedContact
        public let guessed: OrganizationInference
        /// Every notice after the save, in the order the command line prints them.
        public let notices: [Notice]
        /// The due warnings and the warnings of saving: `log --json`'s `warnings`.
        public let warnings: [String]
        /// Red-flag phrases were found: the caller may be an impostor (the terminal offers the mark).
        public let redFlagsFired: Bool
        public let impersonation: MarkedImpersonation?
    }

    // MARK: - Steps the interview uses between its questions

    /// A promise `--extends` may move: it exists and is pending (a superseded one names its successor).
    public func checkExtendable(_ id: Int64) throws {
        let promise = try store.promise(id)
        if promise.status == .superseded, let current = try? store.currentPromise(for: id) {
            throw JournalError.promiseSuperseded(id: id, current: current.id!, currentStatus: current.status)
        }
        guard promise.status == .pending else { throw JournalError.promiseNotPending(id: id, status: promise.status) }
    }

    /// The organization of case `caseID`; a `name` that is not the case's is refused (a typo far
    /// more often than a new company).
    public func caseOwner(_ caseID: Int64, named name: String?) throws -> Organization {
        guard let owner = try store.organization(ofCase: caseID) else { throw JournalError.caseNotFound(caseID) }
        if let name, try store.organization(named: name)?.id != owner.id {
            throw JournalError.caseOfOtherOrganization(caseID: caseID, organization: owner.name)
        }
        return owner
    }

    /// The jurisdiction whose business days count a due phrase: the settled organization's, else
    /// the named case's organization's, else none (the user's region).
    public func jurisdiction(organization: Organization?, caseChoice: CaseChoice) throws -> String? {
        if let organization { return organization.jurisdiction }
        if case let .existing(caseID) = caseChoice { return try store.organization(ofCase: caseID)?.jurisdiction }
        return nil
    }

    /// Reads due phrases as `log --due` does: counted from the contact's time, in business days.
    public func dueReader(jurisdiction: String?, from occurredAt: Date) throws -> (String) throws -> ResolvedWhen {
        let calendar = try desk.businessCalendar(jurisdiction: jurisdiction)
        return { words in try desk.when(words, from: occurredAt, calendar: calendar, purpose: .deadline) }
    }

    /// A due phrase read as `log` will read it, before saving (`recourse when`, the web's preview):
    /// counted from `at`, in the case's or else the known organization's business days.
    public static func previewDue(_ words: String, at: String?, organization: String?, caseID: Int64?,
                                  desk: Desk, store: () throws -> JournalStore?) throws -> ResolvedWhen {
        let occurredAt = try settling(.at) { try desk.moment(at).date }
        let jurisdiction: String? = try settling(caseID != nil ? .case : .organization) {
            guard caseID != nil || organization != nil, let store = try store() else { return nil }
            if let caseID {
                guard let owner = try store.organization(ofCase: caseID) else { throw JournalError.caseNotFound(caseID) }
                return owner.jurisdiction
            }
            return try organization.flatMap { try store.organization(named: $0) }?.jurisdiction
        }
        let calendar = try settling(.due) { try desk.businessCalendar(jurisdiction: jurisdiction) }
        return try settling(.due) { try desk.when(words, from: occurredAt, calendar: calendar, purpose: .deadline) }
    }

    // MARK: - Prepare and commit

    /// Reads and checks the whole request, in the order the command line always has; writes nothing.
    public func prepare(_ request: LogRequest) throws -> Prepared {
        try request.validate()
        let moment = try settling(.at) { try desk.moment(request.at) }
        let occurredAt = moment.date
        for id in request.extends { try settling(.extends) { try checkExtendable(id) } }

        var settled: Organization?
        var near: [Organization] = []
        if let caseID = request.caseID {
            settled = try settling(.case) { try caseOwner(caseID, named: request.organization) }
        } else if let name = request.organization {
            settled = try settling(.organization) { try store.organization(named: name) }
            if settled == nil { near = try settling(.organization) { try store.nearOrganizations(to: name) } }
        }

        let caseChoice: CaseChoice
        if let id = request.caseID {
            caseChoice = .existing(id)
        } else if let title = request.newCase {
            caseChoice = .new(title: title)
        } else if let promiseID = request.extends.first {
            // A call that moves an earlier deadline belongs to that promise's case.
            caseChoice = .existing(try settling(.extends) { try store.caseID(ofPromise: promiseID) })
        } else {
            caseChoice = .automatic
        }

        var draft = ContactDraft(organization: request.organization, occurredAt: occurredAt, zone: desk.zone.identifier)
        draft.newOrganization = request.organization.map(desk.inferOrganization) ?? OrganizationInference()
        draft.caseChoice = caseChoice
        draft.channel = try settling(.via) { try request.via.map(LogChoices.channel) ?? .phone }
        draft.direction = try settling(.direction) { try LogChoices.direction(request.direction) }
        draft.address = request.number
        draft.agent = request.agent
        draft.reference = request.ref
        draft.summary = request.summary
        draft.advice = request.advice
        draft.outcome = request.outcome
        draft.attachmentPaths = request.attach

        // Business days count in the organization's region ("三个工作日内" skips 春节).
        let read = try settling(.due) {
            try dueReader(jurisdiction: try jurisdiction(organization: settled, caseChoice: caseChoice), from: occurredAt)
        }
        var warnings: [String] = []
        var dues = request.due[...]
        func due(missing: @autoclosure () -> String) throws -> (Date, String) {
            guard let words = dues.popFirst() else { throw LogFieldError(.due, DeskError(.usage, missing())) }
            let resolved = try settling(.due) { try read(words) }
            warnings += resolved.warnings
            return (resolved.date, words)
        }
        for text in request.promise {
            let (date, words) = try due(missing: Message.promiseWithoutDue.text(text))
            draft.promises.append(PromiseDraft(text: text, dueAt: date, dueWords: words))
        }
        for promiseID in request.extends {
            let (date, words) = try due(missing: Message.extendsWithoutDue.text(promiseID))
            draft.extensions.append(ExtensionDraft(promiseID: promiseID, dueAt: date, dueWords: words))
        }
        // After the promises, as the command line has always read them (the interview asks those).
        draft.durationSeconds = try settling(.duration) { try request.duration.map(DurationText.seconds) }
        return Prepared(draft: draft, organization: settled, nearOrganizations: near, warnings: warnings,
                        momentWarnings: moment.warnings, impersonation: request.impersonation)
    }

    /// Saves a prepared contact, then checks its channel and phrases and keeps those warnings on it.
    public func commit(_ prepared: Prepared) throws -> Outcome {
        let draft = prepared.draft
        // Loaded before the write, so a bad channels file stops the command with the journal untouched.
        let said = [draft.summary, draft.advice].compactMap { $0 } + draft.promises.map(\.text)
        let advisor = try settling(.number) { try desk.contactAdvisor(number: draft.address, texts: said) }
        let logged: LoggedContact
        do {
            logged = try store.logContact(draft, now: desk.now)
        } catch {
            throw LogFieldError(Self.field(of: error), error)
        }
        var notices: [Notice] = []
        if logged.createdOrganization, !prepared.nearOrganizations.isEmpty {
            notices.append(.warning(LogWords.nearOrganization(logged.organization.name, near: prepared.nearOrganizations.map { ($0.name, $0.id!) })))
        }
        var redFlagsFired = false
        if let advisor {
            // The contact is saved by now: a failed check, or failing to keep its warnings on the
            // contact, must not look like a failed log (the user would log it twice), so it
            // becomes a warning of its own.
            do {
                let channelWarnings = try desk.contactWarnings(logged, store: store, advisor: advisor, texts: said)
                notices += channelWarnings.map { .warning($0.message) }
                redFlagsFired = channelWarnings.contains { $0.kind == .redFlags }
                try desk.keepWarnings(channelWarnings, on: logged.contact.id!, store: store)
                // Said once, so the user knows the warning is evidence now, not a passing message.
                if !channelWarnings.isEmpty { notices.append(.note(Message.logWarningsKept.text(logged.contact.id!, logged.caseFile.id!))) }
            } catch {
                notices.append(.warning(Message.channelCheckFailed.text(error.localizedDescription)))
            }
        }
        var marked: MarkedImpersonation?
        if prepared.impersonation {
            let (mark, note) = try markImpersonation(logged.contact.id!)
            marked = mark
            notices.append(.note(note))
        }
        let warnings = prepared.warnings + notices.compactMap { if case let .warning(text) = $0 { text } else { nil } }
        return Outcome(logged: logged, guessed: draft.newOrganization, notices: notices, warnings: warnings,
                       redFlagsFired: redFlagsFired, impersonation: marked)
    }

    /// Marks a contact as an impersonation, with the sentence that tells the user what the case
    /// has become and which drafts now serve it.
    public func markImpersonation(_ contactID: Int64) throws -> (MarkedImpersonation, String) {
        let marked = try store.markImpersonation(contactID, now: desk.now)
        return (marked, Message.impersonationMarked.text(contactID, marked.organizationName, marked.caseID))
    }

    /// The field a refusal from the journal concerns, by the name its text rules give it.
    static func field(of error: any Error) -> LogField {
        guard let error = error as? JournalError else { return .organization }
        switch error {
        case let .emptyField(name), let .textTooLong(name, _, _), let .controlCharacter(name, _), let .lineBreakInName(name):
            let fields: [String: LogField] = ["organization name": .organization, "number or address": .number, "agent": .agent,
                                              "reference number": .ref, "summary": .summary, "advice": .advice, "outcome": .outcome,
                                              "promise": .promise, "due time": .due, "case title": .newCase]
            return fields[name] ?? .organization
        case .attachmentMissing, .attachmentNotAFile, .attachmentUnreadable, .attachmentTooLarge, .attachmentChanged, .attachmentsFolderIsLink:
            return .attach
        case .caseNotFound, .caseOfOtherOrganization: return .case
        default: return .organization
        }
    }
}
