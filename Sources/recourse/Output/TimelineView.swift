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
        let successors = PromiseLine.successors(timeline)
        let contacts = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact) })
        var lines = [Style.bold.apply(TimelineWords.header(timeline)), TimelineWords.since(timeline, time: time)]
        if let facts = TimelineWords.facts(facts, time: time) { lines.append(facts) }
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
                lines.append("  " + TimelineWords.evidence(attachment))
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
        let parts = TimelineWords.contactParts(contact, time: time)
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

    /// A promise and its fate, the fate coloured by its tone.
    private func describe(_ promise: Promise, successor: Promise?, contacts: [Int64: Contact]) -> String {
        let line = PromiseLine(promise, successor: successor, contacts: contacts, time: time)
        let style: Style? = switch line.tone {
        case .late, .broken: .red
        case .pending: .yellow
        case .kept: .green
        case .plain: nil
        }
        return "\(line.head) · \(style?.apply(line.fate) ?? line.fate)\(line.tail)"
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
