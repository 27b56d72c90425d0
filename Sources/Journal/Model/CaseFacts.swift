import Foundation
import GRDB

/// What a call or a complaint needs to say about the transaction behind a case: when it happened,
/// with whom, and on which device and app version. The money at stake is on the case itself.
public struct CaseFacts: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "case_fact"
    /// The case's id: a case has one set of facts at most.
    public var id: Int64?
    public var transactionAt: Date?
    public var counterparty: String?
    /// The device, system and app version, as the user writes them ("iPhone 13, iOS 17.5, 支付宝 10.6").
    public var device: String?
    /// The date of the first statement that showed the error: Regulation E's 60-day notice window runs from it.
    public var statementAt: Date? = nil

    public var isEmpty: Bool { transactionAt == nil && counterparty == nil && device == nil && statementAt == nil }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension CaseFacts: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], transactionAt: row.optionalDate("transaction_at"), counterparty: row["counterparty"], device: row["device"],
                  statementAt: row.optionalDate("statement_at"))
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("transaction_at", .init(transactionAt)), ("counterparty", .init(counterparty)), ("device", .init(device)), ("statement_at", .init(statementAt))]
    }
}
