import Escalation
import Journal
import Lexicon
import Reminders

/// A promise and its fate, as a case's timeline says it (`show`, the web's case page); a
/// superseded one says when it was moved, to which promise, and on which call (with its agent).
public struct PromiseLine {
    /// How the fate is marked: red when late or broken, yellow while pending, green when kept.
    public enum Tone: Sendable { case late, pending, kept, broken, plain }

    /// "#3 refund by Fri 27 Nov 18:00 (三个工作日内)".
    public let head: String
    public let fate: String
    public let tone: Tone
    /// " · extends #2 · a note", or "".
    public let tail: String

    public init(_ promise: Promise, successor: Promise?, contacts: [Int64: Contact], time: TimeFormat) {
        head = Message.promiseLine.text(promise.id!, promise.text, time.short(promise.dueAt), promise.dueWords)
        switch promise.status {
        case .pending:
            let late = time.now.timeIntervalSince(promise.dueAt)
            (fate, tone) = late > 0 ? (Message.promiseOverdueBy.text(TimeFormat.span(late)), .late) : (PromiseStatus.pending.words, .pending)
        case .kept: (fate, tone) = (Message.promiseKeptAt.text(promise.resolvedAt.map(time.short) ?? ""), .kept)
        case .broken: (fate, tone) = (Message.promiseBrokenAt.text(promise.resolvedAt.map(time.short) ?? ""), .broken)
        case .superseded:
            let movedOn = successor.flatMap { $0.contactId == promise.contactId ? nil : contacts[$0.contactId] }
            fate = ViewWords.movedOn(promise.resolvedAt.map(time.short) ?? "", contact: movedOn?.id, agent: movedOn?.agent)
                + (successor.map { " → #\($0.id!)" } ?? "")
            tone = .plain
        case .cancelled: (fate, tone) = (Message.promiseCancelledAt.text(promise.resolvedAt.map(time.short) ?? ""), .plain)
        }
        tail = (promise.supersedesId.map { Message.extendsPromise.text($0) } ?? "") + (promise.note.map { " · \($0)" } ?? "")
    }

    /// Each promise's successor (the one that extended it), by the superseded promise's id.
    public static func successors(_ timeline: CaseTimeline) -> [Int64: Promise] {
        Dictionary(uniqueKeysWithValues: timeline.entries.flatMap(\.promises).compactMap { p in p.supersedesId.map { ($0, p) } })
    }
}

/// The lines of a case's timeline that are the same on a terminal and a page.
public enum TimelineWords {
    /// "Case #1 · 中国移动 · title".
    public static func header(_ timeline: CaseTimeline) -> String {
        Message.caseHeader.text(timeline.caseFile.id!, timeline.organization.name, timeline.caseFile.title)
    }

    /// "open since …, 3 contacts, 1 pending".
    public static func since(_ timeline: CaseTimeline, time: TimeFormat) -> String {
        let caseFile = timeline.caseFile
        let pending = timeline.entries.flatMap(\.promises).filter { $0.status == .pending }.count
        return Message.caseSince.text(caseFile.status.words, time.short(caseFile.status == .open ? caseFile.openedAt : caseFile.closedAt ?? caseFile.openedAt),
                                      Message.contactCount.text(timeline.entries.count), Message.pendingCount.text(pending))
    }

    /// The transaction's facts on one line, or nil when none were given.
    public static func facts(_ facts: CaseFacts?, time: TimeFormat) -> String? {
        guard let facts, !facts.isEmpty else { return nil }
        return [facts.transactionAt.map { Message.factTransactionAt.text(time.short($0)) },
                facts.counterparty.map { Message.factCounterparty.text($0) },
                facts.device.map { Message.factDevice.text($0) },
                facts.statementAt.map { Message.factStatementAt.text(time.short($0)) }].compactMap { $0 }.joined(separator: " · ")
    }

    /// A contact's heading in parts: when, number and channel (and the inbound mark), then the
    /// address, agent, reference and length, each a part so a number is never split.
    public static func contactParts(_ contact: Contact, time: TimeFormat) -> [String] {
        var parts = ["\(time.short(contact.occurredAt))  #\(contact.id!) \(contact.channel.words)"
            + (contact.direction == .inbound ? Message.inboundMark.text() : "")]
        if let address = contact.address { parts.append(address) }
        if let agent = contact.agent { parts.append(Message.agentPart.text(agent)) }
        if let reference = contact.reference { parts.append(Message.refPart.text(reference)) }
        if let seconds = contact.durationSeconds { parts.append(Message.durationMinutes.text(max(1, seconds / 60))) }
        return parts
    }

    /// The labelled texts of a contact (summary, advice, outcome), those present, with their labels.
    public static func texts(_ contact: Contact) -> [(label: String, text: String)] {
        zip([Message.labelSummary, .labelAdvice, .labelOutcome].map { $0.text() }, [contact.summary, contact.advice, contact.outcome])
            .compactMap { label, value in value.map { (label, TextRules.displayingMultilineText($0)) } }
    }

    /// "Evidence #2 chat.png (12 KB, sha256 …)".
    public static func evidence(_ attachment: Attachment) -> String {
        Message.evidenceLine.text(attachment.id!, attachment.displayName, ViewWords.bytes(attachment.size), attachment.sha256.prefix(16))
    }
}

extension TimelineWords {
    /// "Submission #1 to 市场监督管理部门（12315） on … · ref … · sent".
    public static func submission(_ item: Submission, bodyName: String, time: TimeFormat) -> String {
        Message.submissionLine.text(item.id!, bodyName, time.short(item.submittedAt))
            + (item.reference.map { " · " + Message.refPart.text($0) } ?? "")
            + " · \(item.status.words)" + (item.respondedAt.map { " \(time.short($0))" } ?? "") + (item.outcome.map { " · \($0)" } ?? "")
    }
}

/// A case as `show` reads it: the timeline, the warnings kept on its contacts, its facts, its
/// submissions and their escalation clocks.
public struct CaseReading {
    public let timeline: CaseTimeline
    public let flags: [Int64: [ContactFlag]]
    public let facts: CaseFacts?
    public let submissions: [Submission]
    public let clocks: [EscalationClock]
    private let bodies: BodyLibrary?

    /// Reads case `caseID` as of `desk.now`; `snapshot` when that is a past moment (`--as-of`).
    public init(_ caseID: Int64, store: JournalStore, desk: Desk, snapshot: Bool) throws {
        let asOf = snapshot ? desk.now : nil
        timeline = try store.timeline(ofCase: caseID, asOf: asOf)
        submissions = try store.submissions(ofCase: caseID, asOf: asOf)
        flags = try store.contactFlags(ofCase: caseID)
        facts = try store.caseFacts(ofCase: caseID)
        let escalation = submissions.isEmpty ? nil : try desk.escalationClocks(store, snapshot: snapshot)
        clocks = try escalation?.clocks(asOf: desk.now).filter { $0.caseID == caseID } ?? []
        bodies = escalation?.bodies
    }

    /// A body by its name in the current language ("市场监督管理部门（12315）"), not its id.
    public func bodyName(_ id: String) -> String {
        guard let body = bodies?.body(id) else { return id }
        return Language.current == .zh ? body.names.zh : body.names.en
    }
}
