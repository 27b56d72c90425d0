import Crypto
import Foundation
import GRDB

/// The SHA-256 of one record's stored content, used to detect changes made behind Recourse's back.
///
/// Every column is hashed in schema order with a type tag, so `NULL`, `''` and `0` differ and no
/// two different rows share a digest by concatenation.
enum RowDigest {
    /// The tables whose rows are protected, with the event entity each belongs to.
    static let tables = ["organization", "organization_alias", "official_channel", "case_file", "contact", "promise", "attachment", "submission",
                         "contact_flag", "case_fact", "contact_void"]

    /// Columns added to a protected table later (schema 13: `submission.reply_due_at`; schema 14:
    /// `case_fact.statement_at`; schema 15: `organization.sector`).
    static let lateColumns: Set<String> = ["reply_due_at", "statement_at", "sector"]

    static func of(_ db: Database, table: String, id: Int64) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [id]) else { return nil }
        return of(row)
    }

    static func of(_ row: Row) -> String { of(row.lazy.map { ($0, $1) }) }

    /// The digest of `(column, value)` pairs in schema order: a stored row, or a record's
    /// `storedColumns` before it is read back.
    static func of(_ columns: some Sequence<(String, DatabaseValue)>) -> String {
        var hasher = SHA256()
        func add(_ text: String) { var text = text; text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) } }
        for (column, value) in columns {
            // A column added after its table's first rows is hashed only when set: older rows keep their digests.
            if value.isNull, lateColumns.contains(column) { continue }
            add(column)
            switch value.storage {
            case .null: add("=N;")
            case let .int64(number): add("=I\(number);")
            case let .double(number): add("=R\(number);")
            case let .string(text): add("=T\(text.utf8.count):"); add(text)
            case let .blob(data): add("=B\(data.count):"); hasher.update(data: data)
            }
        }
        return Hex.of(hasher.finalize())
    }

    /// `{"contact:12": "…", "promise:3": "…"}` for the rows an event wrote, read back from the table.
    static func json(_ db: Database, rows: [(table: String, id: Int64)]) throws -> String? {
        guard !rows.isEmpty else { return nil }
        return json(try rows.map { ("\($0.table):\($0.id)", try of(db, table: $0.table, id: $0.id) ?? "deleted") })
    }

    /// The same JSON from digests already computed. One row, the case on every hot path, is
    /// written directly (a key and a hex digest never need escaping); several go through
    /// `JSONSerialization`, whose `.sortedKeys` order (numeric-aware) earlier events were hashed with.
    static func json(_ digests: [(key: String, digest: String)]) -> String {
        if digests.count == 1 { return "{\"\(digests[0].key)\":\"\(digests[0].digest)\"}" }
        let object = Dictionary(digests.map { ($0.key, $0.digest) }, uniquingKeysWith: { _, last in last })
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Lowercase hexadecimal, without `String(format:)`.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
