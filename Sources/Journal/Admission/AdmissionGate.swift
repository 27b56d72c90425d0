import Foundation
import GRDB

/// Checks a record that arrives whole (jsonl import, a sync change file, a conflict's kept
/// version) against `Admission` and `TextRules`, before anything touches the journal.
///
/// A bad value refuses the record's whole file: the caller reports `line N: …` (import, 65) or
/// holds the change file back with the reason (sync). Nothing is repaired: a summary with a NUL
/// is refused, never cut at it.
enum AdmissionGate {
    typealias Problem = InterchangeError.Problem

    /// Fields of free text, on several lines, up to `JournalError.textLimit`; every other text
    /// field is a one-line name up to `JournalError.nameLimit`, as `log` takes it.
    private static let multiLine: [String: Set<String>] = [
        "contact": ["summary", "advice", "outcome"],
        "promise": ["text", "note"],
        "case": ["desired_outcome"],
        "submission": ["note", "outcome"],
    ]

    /// - Throws: `InterchangeError.badLine` naming the field and what is wrong with it.
    static func check(_ record: InterchangeInput.Record) throws {
        func fail(_ problem: Problem) -> InterchangeError { .badLine(line: record.line, problem: problem) }
        if record.revisedAt != 0 { try time(record.revisedAt, field: "revised_at", line: record.line) }
        let texts = multiLine[record.spec.type] ?? []
        for field in record.spec.fields where field.references == nil {
            guard let value = record.fields[field.name] else { continue }
            switch field.kind {
            case .text:
                guard let text = value.string else { continue }
                if record.spec.type == "attachment", field.name == "sha256" {
                    guard Admission.isSHA256(text) else { throw fail(.badSHA256(field: field.name)) }
                } else {
                    try self.text(text, field: field.name, multiLine: texts.contains(field.name), line: record.line)
                }
            case .integer:
                guard let number = value.integer else { continue }
                try integer(number, field: field.name, line: record.line)
            }
        }
        if let facts = record.fields["facts"]?.object {
            for key in ["transaction_at", "statement_at"] {
                if let at = facts[key]?.integer { try time(at, field: "facts.\(key)", line: record.line) }
            }
            for key in ["counterparty", "device"] {
                if let text = facts[key]?.string { try self.text(text, field: "facts.\(key)", multiLine: false, line: record.line) }
            }
        }
        for flag in record.fields["flags"]?.array ?? [] {
            let members = flag.object ?? [:]
            if let kind = members["kind"]?.string { try text(kind, field: "flags.kind", multiLine: false, line: record.line) }
            if let message = members["message"]?.string { try text(message, field: "flags.message", multiLine: true, line: record.line) }
            if let at = members["flagged_at"]?.integer { try time(at, field: "flags.flagged_at", line: record.line) }
        }
        if let void = record.fields["void"]?.object {
            if let reason = void["reason"]?.string {
                do { _ = try TextRules.requiredText(reason, field: "void.reason") } catch let error as JournalError {
                    throw fail(.badText(error))
                }
            }
            if let at = void["voided_at"]?.integer { try time(at, field: "void.voided_at", line: record.line) }
        }
    }

    /// An event's time and names (its payload is JSON text, kept as it came, and hashed).
    static func check(_ event: InterchangeInput.Event) throws {
        try time(event.at, field: "at", line: event.line)
        try text(event.kind, field: "kind", multiLine: false, line: event.line)
        try text(event.entity, field: "entity", multiLine: false, line: event.line)
        for scalar in event.payload.unicodeScalars where scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value) {
            throw InterchangeError.badLine(line: event.line, problem: .badText(JournalError.controlCharacter(field: "payload", codePoint: scalar.value)))
        }
    }

    /// The type of the record that already holds `uuid` in this journal, when it is not `type`:
    /// a uuid names one record, so a peer's organization may not take a local contact's uuid.
    static func otherOwner(of uuid: String, besides type: String, in db: Database) throws -> String? {
        for spec in RecordSpec.all where spec.type != type {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(spec.table) WHERE uuid = ?)", arguments: [uuid]) ?? false {
                return spec.type
            }
        }
        return nil
    }

    private static func integer(_ number: Int64, field: String, line: Int) throws {
        let range: ClosedRange<Int64>
        switch field {
        case "amount_minor": range = Admission.amounts
        case "duration_seconds": range = Admission.durations
        case "size": range = Admission.sizes
        default:
            if field.hasSuffix("_at") { return try time(number, field: field, line: line) }
            return
        }
        guard range.contains(number) else {
            throw InterchangeError.badLine(line: line, problem: .outOfRange(field: field, value: number, lower: range.lowerBound, upper: range.upperBound))
        }
    }

    private static func time(_ seconds: Int64, field: String, line: Int) throws {
        guard Admission.isTime(seconds) else { throw InterchangeError.badLine(line: line, problem: .timeOutOfRange(field: field, value: seconds)) }
    }

    private static func text(_ value: String, field: String, multiLine: Bool, line: Int) throws {
        do {
            if multiLine { _ = try TextRules.text(value, field: field) } else { _ = try TextRules.name(value, field: field) }
        } catch let error as JournalError {
            throw InterchangeError.badLine(line: line, problem: .badText(error))
        }
    }
}
