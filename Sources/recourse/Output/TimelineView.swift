import Desk
import Foundation
import Journal
import Lexicon

/// The text of `recourse show`: a case header, then each contact in time order with what was
/// said, what was promised and what became of it, and the evidence kept.
struct TimelineView {
    let timeline: CaseTimeline
    let history: [JournalEvent]?
    let time: TimeFormat
    /// Warnings `log` kept on contacts, by contact.
    var flags: [Int64: [ContactFlag]] = [:]
    /// The transaction's facts (`case edit --transaction-at/--counterparty/--device`).
    var facts: CaseFacts?
    /// The terminal's width: long lines are wrapped here, by display width and never inside a
    /// number or a reference, rather than split anywhere by the terminal. Nil (a file or pipe): no wrapping.
    var width: Int? = Terminal.width

    func render() -> String {
        let caseFile = timeline.caseFile
        let promises = timeline.entries.flatMap(\.promises)
        let successors = Dictionary(uniqueKeysWithValues: promises.compactMap { p in p.supersedesId.map { ($0, p) } })
        let contacts = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact) })
        let pending = promises.filter { $0.status == .pending }.count
        var lines = [
            Style.bold.apply(Message.caseHeader.text(caseFile.id!, timeline.organization.name, caseFile.title)),
            Message.caseSince.text(caseFile.status.words, time.short(caseFile.status == .open ? caseFile.openedAt : caseFile.closedAt ?? caseFile.openedAt),
                                   Message.contactCount.text(timeline.entries.count), Message.pendingCount.text(pending)),
        ]
        if let facts, !facts.isEmpty {
            lines.append([facts.transactionAt.map { Message.factTransactionAt.text(time.short($0)) },
                          facts.counterparty.map { Message.factCounterparty.text($0) },
                          facts.device.map { Message.factDevice.text($0) },
                          facts.statementAt.map { Message.factStatementAt.text(time.short($0)) }].compactMap { $0 }.joined(separator: " · "))
        }
        for entry in timeline.entries {
            lines.append("")
            lines.append(header(of: entry.contact))
            let contact = entry.contact
            for flag in flags[contact.id!] ?? [] {
                lines.append("  " + Style.red.apply(flag.kind.words) + " · " + indentContinuation(flag.message, by: 4))
            }
            let labels = [Message.labelSummary, .labelAdvice, .labelOutcome].map { $0.text() }
            let width = (labels.map(DisplayWidth.of).max() ?? 7) + 1
            for (label, value) in zip(labels, [contact.summary, contact.advice, contact.outcome]) {
                if let value { lines.append(wrapped("  \(DisplayWidth.pad(label, to: width)) ", TextRules.displayingMultilineText(value))) }
            }
            for promise in entry.promises {
                lines.append("  " + describe(promise, successor: successors[promise.id!], contacts: contacts))
            }
            for attachment in entry.attachments {
                lines.append("  " + Message.evidenceLine.text(attachment.id!, attachment.displayName, ByteCount.format(attachment.size), attachment.sha256.prefix(16)))
            }
        }
        if let history {
            lines.append("")
            lines.append(Style.bold.apply(Message.historyHeading.text()))
            for event in history { lines.append("  \(time.short(event.at))  \(HistoryText.describe(event, time: time))") }
        }
        return lines.joined(separator: "\n")
    }

    private func header(of contact: Contact) -> String {
        var parts = ["\(time.short(contact.occurredAt))  #\(contact.id!) \(contact.channel.words)"
            + (contact.direction == .inbound ? Message.inboundMark.text() : "")]
        if let address = contact.address { parts.append(address) }
        if let agent = contact.agent { parts.append(Message.agentPart.text(agent)) }
        if let reference = contact.reference { parts.append(Message.refPart.text(reference)) }
        if let seconds = contact.durationSeconds { parts.append(Message.durationMinutes.text(max(1, seconds / 60))) }
        // Wrapped between its parts, so a number or a reference is never split across lines.
        var rows = [parts[0]]
        for part in parts.dropFirst() {
            if let width, DisplayWidth.of(rows[rows.count - 1] + " · " + part) > width {
                rows.append("    " + part)
            } else {
                rows[rows.count - 1] += " · " + part
            }
        }
        return rows.map { Style.cyan.apply($0) }.joined(separator: "\n")
    }

    /// `prefix` then `text`, each of its lines wrapped to the width and continued under the text's start.
    private func wrapped(_ prefix: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            (index == 0 ? prefix : indent) + line
        }
        guard let width else { return paragraphs.joined(separator: "\n") }
        return paragraphs.flatMap { TextWrap.wrap($0, width: width, indent: indent) }.joined(separator: "\n")
    }

    /// A promise and its fate; a superseded one says when it was moved, to which promise, and on
    /// which call (with its agent) when the new deadline was logged with that call.
    private func describe(_ promise: Promise, successor: Promise?, contacts: [Int64: Contact]) -> String {
        let head = Message.promiseLine.text(promise.id!, promise.text, time.short(promise.dueAt), promise.dueWords)
        let fate: String
        switch promise.status {
        case .pending:
            let late = time.now.timeIntervalSince(promise.dueAt)
            fate = late > 0 ? Style.red.apply(Message.promiseOverdueBy.text(TimeFormat.span(late))) : Style.yellow.apply(PromiseStatus.pending.words)
        case .kept: fate = Style.green.apply(Message.promiseKeptAt.text(promise.resolvedAt.map(time.short) ?? ""))
        case .broken: fate = Style.red.apply(Message.promiseBrokenAt.text(promise.resolvedAt.map(time.short) ?? ""))
        case .superseded:
            let movedOn = successor.flatMap { $0.contactId == promise.contactId ? nil : contacts[$0.contactId] }
            fate = Words.movedOn(promise.resolvedAt.map(time.short) ?? "", contact: movedOn?.id, agent: movedOn?.agent)
                + (successor.map { " → #\($0.id!)" } ?? "")
        case .cancelled: fate = Message.promiseCancelledAt.text(promise.resolvedAt.map(time.short) ?? "")
        }
        let extended = promise.supersedesId.map { Message.extendsPromise.text($0) } ?? ""
        let note = promise.note.map { " · \($0)" } ?? ""
        return "\(head) · \(fate)\(extended)\(note)"
    }

    private func indentContinuation(_ text: String, by columns: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + String(repeating: " ", count: columns))
    }
}

/// One history event in words: the kind, and for corrections each field's old and new value.
enum HistoryText {
    /// Payload fields worth showing, in this order, for events other than corrections.
    private static let detailKeys = ["title", "text", "due_words", "new_promise_id", "status", "note", "alias", "original_name", "reason"]

    static func describe(_ event: JournalEvent, time: TimeFormat) -> String {
        let subject = "\(RecordWords.name(event.entity)) #\(event.entityId)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any] else {
            return "\(EventWords.name(event.kind)) \(subject)"
        }
        let reason = (object["reason"] as? String).map { " (\($0))" } ?? ""
        if let changes = object["changes"] as? [String: [String: Any]] {
            // Values as the user reads them: instants in their zone, amounts as money.
            let currency = (changes["currency"]?["to"] as? String) ?? (changes["currency"]?["from"] as? String)
            func shown(_ key: String, _ value: Any?) -> String {
                guard let text = value as? String else { return "—" }
                if key == "amount_minor", let minor = Int64(text) {
                    return Money(minor: minor, currency: currency ?? "").text().trimmingCharacters(in: .whitespaces)
                }
                if text.count == 20, text.hasSuffix("Z"), let date = ISO8601DateFormatter().date(from: text) { return time.short(date) }
                return text
            }
            let fields = changes.keys.sorted().map { key in
                "\(FieldWords.name(key)): \(shown(key, changes[key]?["from"])) → \(shown(key, changes[key]?["to"]))"
            }
            let verb = event.kind.hasSuffix(".corrected") ? Message.historyCorrected : Message.historyEdited
            return verb.text(subject, fields.joined(separator: "; ")) + reason
        }
        let details = detailKeys.compactMap { key -> String? in
            guard let value = object[key], !(value is NSNull) else { return nil }
            if key == "new_promise_id" { return Message.historyNewPromise.text("\(value)") }
            let shown = switch key {
            case "status": EventWords.status("\(value)")
            case "original_name": Attachment.displayName(of: "\(value)")
            default: "\(value)"
            }
            return "\(FieldWords.name(key)): \(shown)"
        }
        return ([EventWords.name(event.kind), subject] + details).joined(separator: " ")
    }
}

enum ByteCount {
    static func format(_ bytes: Int64) -> String {
        if bytes < 1024 { return Message.byteCount.text(bytes) }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
