import Desk
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
    let desk: LogDesk
    let session: Session
    let occurredAt: Date
    let prompter: Prompter
    /// The organization as finally settled, for the record shown before saving.
    private(set) var settledOrganization: Organization?
    /// A new case chosen at the prompt, titled from the summary once that is known.
    private var newCaseFromSummary = false

    init(desk: LogDesk, session: Session, occurredAt: Date, prompter: Prompter) {
        self.desk = desk
        self.session = session
        self.occurredAt = occurredAt
        self.prompter = prompter
    }

    /// The request completed with the answers: each field the flags left out, asked for on the
    /// terminal and checked as it is given by the desk's own steps. (Without a terminal there is
    /// no interview: `LogDesk.prepare` checks the options in the same order.)
    mutating func settle(_ given: LogRequest) throws -> LogRequest {
        var request = given
        try settleExtended(&request)
        try settleOrganization(&request)
        try settleCase(&request)
        if request.via == nil {
            request.via = try prompter.ask(Message.promptChannel.text(), hint: Message.promptEnterIsPhone.text(), parse: { try LogChoices.channel($0).rawValue })
        }
        // They called me: the number is theirs, not one I dialled.
        let inbound = (try? LogChoices.direction(request.direction)) == .inbound
        request.number = try request.number ?? prompter.askName((inbound ? Message.promptNumberInbound : .promptNumber).text(), field: "number or address")
        request.agent = try request.agent ?? prompter.askName(Message.promptAgent.text(), field: "agent")
        request.ref = try request.ref ?? prompter.askName(Message.promptReference.text(), field: "reference number")
        request.summary = try request.summary ?? prompter.askText(Message.promptSummary.text(), field: "summary")
        request.advice = try request.advice ?? prompter.askText(Message.promptAdvice.text(), field: "advice")
        if newCaseFromSummary {
            request.newCase = JournalStore.caseTitle(summary: request.summary, organization: request.organization ?? "")
        }
        try settlePromises(&request)
        return request
    }

    /// Checks the `--extends` promises before anything is asked: each must exist and be pending;
    /// one that was already extended is offered as the current one on a terminal.
    private func settleExtended(_ request: inout LogRequest) throws {
        request.extends = try request.extends.map { id in
            let target = try CurrentPromise.target(id, store: desk.store, current: false, time: session.time, prompter: prompter)
            try desk.checkExtendable(target)
            return target
        }
    }

    // MARK: - Organization and case

    private mutating func settleOrganization(_ request: inout LogRequest) throws {
        if request.organization == nil, request.caseID == nil, request.extends.isEmpty {
            request.organization = try prompter.ask(Message.promptOrganization.text(), required: Message.promptAnswerRequired.text()) {
                try TextRules.requiredName($0, field: "organization name")
            }
        }
        let store = desk.store
        if let caseID = request.caseID {
            // A name that is not the case's is a typo far more often than a new company: refuse it
            // now, before anything is asked.
            settledOrganization = try desk.caseOwner(caseID, named: request.organization)
            return
        }
        guard let name = request.organization else { return }
        if let known = try store.organization(named: name) {
            settledOrganization = known
            return
        }
        let near = try store.nearOrganizations(to: name)
        guard !near.isEmpty else { return }
        if near.count == 1 {
            prompter.show([Words.createsNew(name)])
            if try prompter.confirm(Words.meant(near[0].name, id: near[0].id!), defaultAnswer: true) {
                request.organization = near[0].name
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
            request.organization = chosen.name
            settledOrganization = chosen
        }
    }

    private mutating func settleCase(_ request: inout LogRequest) throws {
        // Named, new, or the case of the promise this call moves: `LogDesk.prepare` settles it.
        guard request.caseID == nil, request.newCase == nil, request.extends.isEmpty,
              let organization = settledOrganization else { return }
        let open = try desk.store.openCases(ofOrganization: organization.id!)
        guard !open.isEmpty else { return }
        prompter.show([Words.openCases(organization.name)]
            + open.map { "  \($0.id!)  \($0.title) · \(session.time.short($0.openedAt))" } + ["  " + Message.promptNewCaseChoice.text()])
        let only = open.count == 1 ? open[0].id : nil
        let choice = try prompter.ask(Words.whichCase(only: only), required: only == nil ? Message.promptAnswerRequired.text() : nil) { answer -> Int64? in
            let trimmed = answer.trimmingCharacters(in: .whitespaces).lowercased()
            if trimmed == "n" { return nil }
            guard let id = Int64(trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "#"))), open.contains(where: { $0.id == id }) else {
                throw CLIError.usage(Words.notAChoice(answer))
            }
            return id
        }
        switch choice {
        case .some(.some(let picked)): request.caseID = picked
        case .some(.none): newCaseFromSummary = true
        case .none: request.caseID = only
        }
    }

    // MARK: - Promises and extensions

    /// Asks for a promise when none was given, for each missing due time until one reads, and
    /// offers to move each pending promise of the case; due times are read by `LogDesk`'s reader.
    private func settlePromises(_ request: inout LogRequest) throws {
        let caseChoice: CaseChoice = request.caseID.map(CaseChoice.existing) ?? request.newCase.map { .new(title: $0) } ?? .automatic
        let read = try desk.dueReader(jurisdiction: try desk.jurisdiction(organization: settledOrganization, caseChoice: caseChoice), from: occurredAt)
        func ask(_ label: String) throws -> String {
            try prompter.ask(label, hint: Message.promptDueExamples.text(), required: Message.promptAPromiseNeedsADueTime.text()) { words in
                _ = try read(words)
                return words
            }!
        }
        if request.promise.isEmpty, request.extends.isEmpty, let text = try prompter.askText(Message.promptPromise.text(), field: "promise") {
            request.promise.append(text)
        }
        // One due phrase per promise, then one per extended promise, in that order.
        var dues: [String] = []
        for index in 0..<(request.promise.count + request.extends.count) {
            dues.append(index < request.due.count ? request.due[index] : try ask(Message.promptDue.text()))
        }
        request.due = dues
        // A call on a case with pending promises often moves one: offer each, so the new deadline
        // is recorded as the firm's extension instead of being forgotten.
        if request.extends.isEmpty, let caseID = try existingCase(request) {
            let pending = try desk.store.timeline(ofCase: caseID).entries.flatMap(\.promises).filter { $0.status == .pending }
            for promise in pending {
                let question = Message.promptMovedPromise.text(promise.id!, promise.text, session.time.short(promise.dueAt))
                guard try prompter.confirm(question, defaultAnswer: false) else { continue }
                let words = try ask(Message.promptMovedPromiseDue.text(promise.id!))
                request.extends.append(promise.id!)
                request.due.append(words)
            }
        }
    }

    /// The case this contact goes to when it is one already in the journal: named, or the
    /// organization's only open case.
    private func existingCase(_ request: LogRequest) throws -> Int64? {
        if let id = request.caseID { return id }
        guard request.newCase == nil, !newCaseFromSummary, let organization = settledOrganization else { return nil }
        let open = try desk.store.openCases(ofOrganization: organization.id!)
        return open.count == 1 ? open[0].id : nil
    }

    // MARK: - The record before saving

    /// The whole record as it will be saved, one field a line.
    func record(_ draft: ContactDraft) -> [String] {
        let time = session.time
        var fields: [(String, String?)] = [
            (Message.promptOrganization.text(), settledOrganization.map { "\($0.name) (#\($0.id!))" } ?? draft.organization),
        ]
        switch draft.caseChoice {
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
