import Foundation
import Journal
import Lexicon
import Reminders

/// Settles everything `log` records before anything is written: from the flags, and on a
/// terminal by asking for what they left out.
///
/// Organization and case come first — a question that cannot be answered later (which of two
/// open cases?) must not come after the user has typed the summary. Each answer is checked as
/// it is given (a due time is parsed, a channel looked up) and asked again when wrong, so no
/// answer is lost to a late refusal.
struct LogInterview {
    struct Answers {
        var organization: String?
        var caseChoice: CaseChoice = .automatic
        /// A new case chosen at the prompt, titled from the summary once that is known.
        var newCaseFromSummary = false
        var channel: Channel = .phone
        var number: String?
        var agent: String?
        var reference: String?
        var summary: String?
        var advice: String?
        var promises: [PromiseDraft] = []
        var extensions: [ExtensionDraft] = []
        /// Known organizations close to a new name, named in a warning when it is created anyway.
        var nearOrganizations: [Organization] = []
        var warnings: [String] = []
    }

    let store: JournalStore
    let session: Session
    let occurredAt: Date
    /// Nil when no questions may be asked (no terminal, or `--no-input`).
    let prompter: Prompter?
    /// The organization as finally settled, for the record shown before saving.
    private(set) var settledOrganization: Organization?
    /// The promises `--extends` moves, each the current one of its chain once the user agreed.
    private var extended: [Int64] = []

    init(store: JournalStore, session: Session, occurredAt: Date, prompter: Prompter?) {
        self.store = store
        self.session = session
        self.occurredAt = occurredAt
        self.prompter = prompter
    }

    mutating func settle(_ log: Recourse.Log) throws -> Answers {
        var answers = Answers()
        try settleExtended(log)
        try settleOrganization(log, &answers)
        try settleCase(log, &answers)
        let prompter = prompter
        answers.channel = try log.via.map(ChoiceParsing.channel)
            ?? prompter?.ask(Message.promptChannel.text(), hint: Message.promptEnterIsPhone.text(), parse: ChoiceParsing.channel) ?? .phone
        // They called me: the number is theirs, not one I dialled.
        let inbound = (try? ChoiceParsing.direction(log.direction)) == .inbound
        answers.number = try log.number ?? prompter?.askName((inbound ? Message.promptNumberInbound : .promptNumber).text(), field: "number or address")
        answers.agent = try log.agent ?? prompter?.askName(Message.promptAgent.text(), field: "agent")
        answers.reference = try log.reference ?? prompter?.askName(Message.promptReference.text(), field: "reference number")
        answers.summary = try log.summary ?? prompter?.askText(Message.promptSummary.text(), field: "summary")
        answers.advice = try log.advice ?? prompter?.askText(Message.promptAdvice.text(), field: "advice")
        if answers.newCaseFromSummary {
            answers.caseChoice = .new(title: JournalStore.caseTitle(summary: answers.summary, organization: answers.organization ?? ""))
        }
        try settlePromises(log, &answers)
        return answers
    }

    /// Checks the `--extends` promises before anything is asked: each must exist and be pending;
    /// one that was already extended is offered as the current one on a terminal.
    private mutating func settleExtended(_ log: Recourse.Log) throws {
        extended = try log.extends.map { id in
            let target = try CurrentPromise.target(id, store: store, current: false, time: session.time, prompter: prompter)
            let promise = try store.promise(target)
            if promise.status == .superseded, let current = try? store.currentPromise(for: target) {
                throw JournalError.promiseSuperseded(id: target, current: current.id!, currentStatus: current.status)
            }
            guard promise.status == .pending else { throw JournalError.promiseNotPending(id: target, status: promise.status) }
            return target
        }
    }

    // MARK: - Organization and case

    private mutating func settleOrganization(_ log: Recourse.Log, _ answers: inout Answers) throws {
        var name = log.organization
        if name == nil, log.caseID == nil, log.extends.isEmpty, let prompter {
            name = try prompter.ask(Message.promptOrganization.text(), required: Message.promptAnswerRequired.text()) {
                try TextRules.requiredName($0, field: "organization name")
            }
        }
        answers.organization = name
        if let caseID = log.caseID {
            // A name that is not the case's is a typo far more often than a new company: refuse it
            // now, before anything is asked.
            guard let owner = try store.organization(ofCase: caseID) else { throw JournalError.caseNotFound(caseID) }
            if let name, try store.organization(named: name)?.id != owner.id {
                throw JournalError.caseOfOtherOrganization(caseID: caseID, organization: owner.name)
            }
            settledOrganization = owner
            return
        }
        guard let name else { return }
        if let known = try store.organization(named: name) {
            settledOrganization = known
            return
        }
        let near = try store.nearOrganizations(to: name)
        guard !near.isEmpty else { return }
        guard let prompter else {
            answers.nearOrganizations = near
            return
        }
        if near.count == 1 {
            prompter.show([Words.createsNew(name)])
            if try prompter.confirm(Words.meant(near[0].name, id: near[0].id!), defaultAnswer: true) {
                answers.organization = near[0].name
                settledOrganization = near[0]
            }
            return
        }
        prompter.show([Words.whichOrganization(name)] + near.map { "  \($0.id!)  \($0.name)" } + ["  " + Words.createsNew(name)])
        let chosen = try prompter.ask(Message.promptWhichOrganizationPrompt.text(), required: Message.promptAnswerRequired.text()) { answer -> Organization? in
            if answer.trimmingCharacters(in: .whitespaces).lowercased() == "n" { return nil }
            guard let id = Int64(answer.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#"))),
                  let match = near.first(where: { $0.id == id }) else { throw CLIError.usage(Words.notAChoice(answer)) }
            return match
        }
        if let chosen = chosen ?? nil {
            answers.organization = chosen.name
            settledOrganization = chosen
        }
    }

    private func settleCase(_ log: Recourse.Log, _ answers: inout Answers) throws {
        if let id = log.caseID {
            answers.caseChoice = .existing(id)
            return
        }
        if let title = log.newCase {
            answers.caseChoice = .new(title: title)
            return
        }
        // A call that moves an earlier deadline belongs to that promise's case.
        if let promiseID = extended.first {
            answers.caseChoice = .existing(try store.caseID(ofPromise: promiseID))
            return
        }
        guard let prompter, let organization = settledOrganization else { return }
        let open = try store.openCases(ofOrganization: organization.id!)
        guard !open.isEmpty else { return }
        prompter.show([Words.openCases(organization.name)]
            + open.map { "  \($0.id!)  \($0.title) · \(session.time.short($0.openedAt))" } + ["  " + Message.promptNewCaseChoice.text()])
        let only = open.count == 1 ? open[0].id : nil
        let choice = try prompter.ask(Words.whichCase(only: only), required: only == nil ? Message.promptAnswerRequired.text() : nil) { answer -> CaseChoice? in
            let trimmed = answer.trimmingCharacters(in: .whitespaces).lowercased()
            if trimmed == "n" { return nil }
            guard let id = Int64(trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), open.contains(where: { $0.id == id }) else {
                throw CLIError.usage(Words.notAChoice(answer))
            }
            return .existing(id)
        }
        switch choice {
        case .some(.some(let picked)): answers.caseChoice = picked
        case .some(.none): answers.newCaseFromSummary = true
        case .none: answers.caseChoice = only.map(CaseChoice.existing) ?? .automatic
        }
    }

    // MARK: - Promises and extensions

    private func settlePromises(_ log: Recourse.Log, _ answers: inout Answers) throws {
        // Business days count in the organization's region ("三个工作日内" skips 春节).
        let jurisdiction: String?
        if let organization = settledOrganization {
            jurisdiction = organization.jurisdiction
        } else if case let .existing(caseID) = answers.caseChoice {
            jurisdiction = try store.organization(ofCase: caseID)?.jurisdiction
        } else {
            jurisdiction = nil
        }
        let calendar = try session.businessCalendar(jurisdiction: jurisdiction)
        var warnings: [String] = []
        func resolve(_ words: String) throws -> Date {
            let resolved = try session.when(words, from: occurredAt, calendar: calendar, purpose: .deadline)
            warnings += resolved.warnings
            return resolved.date
        }
        /// A due time from the flags, else asked until one parses.
        func dueTime(_ given: String?, label: String) throws -> (Date, String) {
            if let given { return (try resolve(given), given) }
            guard let prompter else {
                throw CLIError.usage(label)
            }
            let answer = try prompter.ask(Message.promptDue.text(), hint: Message.promptDueExamples.text(), required: Message.promptAPromiseNeedsADueTime.text()) { words in
                (try resolve(words), words)
            }
            return answer!
        }

        var dues = log.due.map(Optional.some)[...]
        var texts = log.promise
        if texts.isEmpty, log.extends.isEmpty, let prompter,
           let text = try prompter.askText(Message.promptPromise.text(), field: "promise") {
            texts.append(text)
        }
        for text in texts {
            let (date, words) = try dueTime(dues.popFirst() ?? nil,
                                            label: Message.promiseWithoutDue.text(text))
            answers.promises.append(PromiseDraft(text: text, dueAt: date, dueWords: words))
        }
        for promiseID in extended {
            let (date, words) = try dueTime(dues.popFirst() ?? nil,
                                            label: Message.extendsWithoutDue.text(promiseID))
            answers.extensions.append(ExtensionDraft(promiseID: promiseID, dueAt: date, dueWords: words))
        }
        // A call on a case with pending promises often moves one: offer each, so the new deadline
        // is recorded as the firm's extension instead of being forgotten.
        if extended.isEmpty, let prompter, let caseID = try existingCase(answers) {
            let pending = try store.timeline(ofCase: caseID).entries.flatMap(\.promises).filter { $0.status == .pending }
            for promise in pending {
                let question = Message.promptMovedPromise.text(promise.id!, promise.text, session.time.short(promise.dueAt))
                guard try prompter.confirm(question, defaultAnswer: false) else { continue }
                let answer = try prompter.ask(Message.promptMovedPromiseDue.text(promise.id!), hint: Message.promptDueExamples.text(),
                                              required: Message.promptAPromiseNeedsADueTime.text()) { words in (try resolve(words), words) }
                answers.extensions.append(ExtensionDraft(promiseID: promise.id!, dueAt: answer!.0, dueWords: answer!.1))
            }
        }
        answers.warnings = warnings
    }

    /// The case this contact goes to when it is one already in the journal: named, or the
    /// organization's only open case.
    private func existingCase(_ answers: Answers) throws -> Int64? {
        switch answers.caseChoice {
        case let .existing(id): return id
        case .new: return nil
        case .automatic:
            guard !answers.newCaseFromSummary, let organization = settledOrganization else { return nil }
            let open = try store.openCases(ofOrganization: organization.id!)
            return open.count == 1 ? open[0].id : nil
        }
    }

    // MARK: - The record before saving

    /// The whole record as it will be saved, one field a line.
    func record(_ draft: ContactDraft, caseChoice: CaseChoice) -> [String] {
        let time = session.time
        var fields: [(String, String?)] = [
            (Message.promptOrganization.text(), settledOrganization.map { "\($0.name) (#\($0.id!))" } ?? draft.organization),
        ]
        switch caseChoice {
        case let .existing(id): fields.append((Message.promptCaseLabel.text(), "#\(id)"))
        case let .new(title): fields.append((Message.promptCaseLabel.text(), "\(Message.promptNewCaseLabel.text()): \(title)"))
        case .automatic: fields.append((Message.promptCaseLabel.text(), Message.promptNewCaseLabel.text()))
        }
        fields += [
            (Message.promptWhen.text(), time.short(draft.occurredAt)), (Message.promptChannel.text(), draft.channel.words), (Message.promptNumber.text(), draft.address),
            (Message.promptAgent.text(), draft.agent), (Message.promptReference.text(), draft.reference), (Message.promptSummary.text(), draft.summary), (Message.promptAdvice.text(), draft.advice),
        ]
        fields += draft.promises.map { (Message.promptPromise.text(), "\($0.text) — \(time.short($0.dueAt)) (\($0.dueWords))") }
        fields += draft.extensions.map { (Message.promptExtendsLabel.text(), Words.extensionLine($0.promiseID, "\(time.short($0.dueAt)) (\($0.dueWords))")) }
        let present = fields.compactMap { label, value in value.map { (label, $0) } }
        let labelWidth = present.map { DisplayWidth.of($0.0) }.max() ?? 0
        return [Message.promptRecordTitle.text()] + present.map { "  \(DisplayWidth.pad($0.0, to: labelWidth))  \($0.1)" }
    }
}
