import Crypto
import Foundation
import GRDB

/// The SHA-256 of one record's stored content, used to detect changes made behind Recourse's back.
///
/// Every column is hashed in schema order with a type tag, so `NULL`, `''` and `0` differ and no
/// two different rows share a digest by concatenation.
enum RowDigest {
    /// The tables whose rows are protected, with the event entity each belongs to.
    static let tables = ["organization", "organization_alias", "official_channel", "case_file", "contact", "promise", "attachment", "submission"]

    static func of(_ db: Database, table: String, id: Int64) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else { return nil }
        return of(row)
    }

    static func of(_ row: Row) -> String {
        var hasher = SHA256()
        for (column, value) in row {
            hasher.update(data: Data(column.utf8))
            switch value.storage {
            case .null: hasher.update(data: Data("=N;".utf8))
            case let .int64(number): hasher.update(data: Data("=I\(number);".utf8))
            case let .double(number): hasher.update(data: Data("=R\(number);".utf8))
            case let .string(text): hasher.update(data: Data("=T\(text.utf8.count):".utf8)); hasher.update(data: Data(text.utf8))
            case let .blob(data): hasher.update(data: Data("=B\(data.count):".utf8)); hasher.update(data: data)
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// `{"contact:12": "…", "promise:3": "…"}` for the rows an event wrote.
    static func json(_ db: Database, rows: [(table: String, id: Int64)]) throws -> String? {
        guard !rows.isEmpty else { return nil }
        var object: [String: String] = [:]
        for (table, id) in rows { object["\(table):\(id)"] = try of(db, table: table, id: id) ?? "deleted" }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
