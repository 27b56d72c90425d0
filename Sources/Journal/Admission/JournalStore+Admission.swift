import Foundation
import GRDB
import Lexicon

/// A stored value `Admission` would refuse today: written by an older Recourse, or by hand.
public struct ImpossibleValue: Sendable, Equatable {
    /// The record type ("contact") and its local id and uuid.
    public let type: String
    public let id: Int64
    public let uuid: String
    public let field: String
    /// The value as stored, in digits or escaped text.
    public let value: String

    /// One line for `doctor`: which record, which field, and how to repair it.
    public var description: String { Message.doctorImpossibleValue.text(type, id, uuid, field, value) }
}

extension JournalStore {
    /// Every stored value outside `Admission`'s limits (times, amounts, durations, sizes, file
    /// names), for `doctor`: reads no longer trap on them, but the user should repair them.
    static func impossibleValues(_ db: Database) throws -> [ImpossibleValue] {
        var found: [ImpossibleValue] = []
        for spec in RecordSpec.all {
            for field in spec.fields where field.kind == .integer && field.references == nil {
                let range: (lower: Int64, end: Int64)
                switch field.name {
                case "amount_minor": range = (Admission.amounts.lowerBound, Admission.amounts.upperBound + 1)
                case "duration_seconds": range = (Admission.durations.lowerBound, Admission.durations.upperBound + 1)
                case "size": range = (Admission.sizes.lowerBound, Admission.sizes.upperBound + 1)
                default:
                    guard field.name.hasSuffix("_at") else { continue }
                    range = (Admission.earliestSecond, Admission.endSecond)
                }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, uuid, \(field.column) AS value FROM \(spec.table)
                    WHERE \(field.column) IS NOT NULL AND (\(field.column) < ? OR \(field.column) >= ?) LIMIT 100
                    """, arguments: [range.lower, range.end])
                found += rows.map { ImpossibleValue(type: spec.type, id: $0["id"], uuid: $0["uuid"], field: field.name, value: "\($0["value"] as Int64)") }
            }
        }
        for column in ["transaction_at", "statement_at"] {
            let facts = try Row.fetchAll(db, sql: """
                SELECT c.id, c.uuid, f.\(column) AS value FROM case_fact f JOIN case_file c ON c.id = f.id
                WHERE f.\(column) IS NOT NULL AND (f.\(column) < ? OR f.\(column) >= ?) LIMIT 100
                """, arguments: [Admission.earliestSecond, Admission.endSecond])
            found += facts.map { ImpossibleValue(type: "case", id: $0["id"], uuid: $0["uuid"], field: "facts.\(column)", value: "\($0["value"] as Int64)") }
        }
        let files = try Row.fetchAll(db, sql: "SELECT id, uuid, sha256 FROM attachment")
        for row in files where !Admission.isSHA256(row["sha256"]) {
            found.append(ImpossibleValue(type: "attachment", id: row["id"], uuid: row["uuid"], field: "sha256",
                                         value: TextRules.escapingControlCharacters(row["sha256"])))
        }
        return found
    }
}
