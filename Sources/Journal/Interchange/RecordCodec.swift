import Foundation
import GRDB

/// Turns a stored row into a record's fields in the export format, and back.
///
/// Values are exactly as stored (times as integer seconds, beside the zone where the table keeps
/// one); `NULL` columns are left out, so an absent key and a null are the same thing.
enum RecordCodec {
    /// The fields of `row` (a row of `spec.table`), references given as uuids by `uuidOf`.
    static func fields(of row: Row, spec: RecordSpec, uuidOf: (String, Int64) -> String?) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for field in spec.fields {
            let value: DatabaseValue = row[field.column]
            switch value.storage {
            case .null: continue
            case let .int64(number):
                if let table = field.references {
                    if let uuid = uuidOf(table, number) { fields[field.name] = .string(uuid) }
                } else {
                    fields[field.name] = .integer(number)
                }
            case let .string(text): fields[field.name] = .string(text)
            case let .double(number): fields[field.name] = .integer(Int64(number))
            case .blob: continue
            }
        }
        return fields
    }

    /// A case's facts (`case_fact`), or nil when it has none.
    static func facts(of row: Row?) -> JSONValue? {
        guard let row else { return nil }
        var facts: [String: JSONValue] = [:]
        if let at = row["transaction_at"] as Int64? { facts["transaction_at"] = .integer(at) }
        if let counterparty = row["counterparty"] as String? { facts["counterparty"] = .string(counterparty) }
        if let device = row["device"] as String? { facts["device"] = .string(device) }
        if let at = row["statement_at"] as Int64? { facts["statement_at"] = .integer(at) }
        return facts.isEmpty ? nil : .object(facts)
    }

    /// A contact's warnings (`contact_flag`), in a fixed order, or nil when it has none.
    static func flags(of rows: [Row]) -> JSONValue? {
        guard !rows.isEmpty else { return nil }
        let flags = rows.map { row -> [String: JSONValue] in
            ["kind": .string(row["kind"]), "message": .string(row["message"]), "flagged_at": .integer(row["flagged_at"])]
        }
        return .array(flags.map(JSONValue.object).sorted { $0.canonical.utf8.lexicographicallyPrecedes($1.canonical.utf8) })
    }

    /// A contact's void (`contact_void`), or nil when it stands.
    static func void(of row: Row?) -> JSONValue? {
        guard let row else { return nil }
        return .object(["reason": .string(row["reason"]), "voided_at": .integer(row["voided_at"])])
    }

    /// The whole line for a record.
    static func line(type: String, uuid: String, chain: [String], revisedAt: Int64, fields: [String: JSONValue]) -> String {
        var members = fields
        if revisedAt != 0 { members["revised_at"] = .integer(revisedAt) }
        members["type"] = .string(type)
        members["uuid"] = .string(uuid)
        if let revision = chain.last { members["revision"] = .string(revision) }
        members["history"] = .array(chain.dropLast().map(JSONValue.string))
        return JSONValue.object(members).canonical
    }

    /// The record's content as one comparable text: its fields without the envelope.
    static func content(_ fields: [String: JSONValue]) -> String {
        JSONValue.object(fields).canonical
    }
}
