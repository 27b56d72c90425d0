import Foundation
import GRDB

/// One column's value as the journal stores it, and how an event payload shows it.
///
/// Instants are stored as whole seconds but shown in payloads as ISO 8601 (UTC), which is why
/// this is richer than `DatabaseValue`.
enum StoredValue: Equatable {
    case null
    case integer(Int64)
    case text(String)
    /// Seconds since 1970, truncated like every stored instant.
    case instant(Int64)

    init(_ date: Date) { self = .instant(Int64(date.timeIntervalSince1970.rounded(.down))) }
    init(_ date: Date?) { self = date.map(StoredValue.init) ?? .null }
    init(_ text: String?) { self = text.map(StoredValue.text) ?? .null }
    init(_ number: Int64?) { self = number.map(StoredValue.integer) ?? .null }
    init<T: RawRepresentable<String>>(_ value: T) { self = .text(value.rawValue) }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case let .integer(number), let .instant(number): number.databaseValue
        case let .text(text): text.databaseValue
        }
    }
}

/// A record that lists its stored columns in schema order, so `log` can insert it, digest it and
/// describe it in the history from the values in hand.
///
/// GRDB's generic `insert` asks SQLite for each table's columns first (`PRAGMA table_xinfo`), and
/// digesting a row by reading it back costs a query per row; on a four-row `log` both were a
/// large share of the work. `storedColumns` is the one list that `encode(to:)`, `insertRow`,
/// `RowDigest` and `EventPayload` all read, so they cannot disagree.
protocol StoredRecord: JournalRecord {
    var id: Int64? { get set }
    /// Every column in `CREATE TABLE` order, `id` first.
    var storedColumns: [(name: String, value: StoredValue)] { get }
}

extension StoredRecord {
    /// The body of each record's `encode(to:)`.
    func encodeStored(to container: inout PersistenceContainer) {
        for (name, value) in storedColumns { container[name] = value.databaseValue }
    }

    /// Inserts the record with a cached statement and takes the new id; no schema queries.
    mutating func insertRow(_ db: Database) throws {
        let columns = storedColumns.filter { $0.name != "id" || $0.value != .null }
        let sql = "INSERT INTO \(Self.databaseTableName) (\(columns.map(\.name).joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(columns.map(\.value.databaseValue)))
        id = db.lastInsertedRowID
    }

    /// The record with this id, by a plain query: GRDB's `fetchOne(db, key:)` first asks SQLite
    /// for the table's primary key (`PRAGMA table_xinfo`), a cost `log` paid on every table it read.
    static func stored(_ db: Database, id: Int64) throws -> Self? {
        try fetchOne(db, sql: "SELECT * FROM \(databaseTableName) WHERE id = ?", arguments: [id])
    }

    /// The SHA-256 that `RowDigest.of(row)` computes for this record's row once stored.
    var rowDigest: String { RowDigest.of(storedColumns.lazy.map { ($0.name, $0.value.databaseValue) }) }
}
