import Foundation
import GRDB

/// A warning `log` raised about a contact, kept on it so `show` and `agenda` still say it later.
public struct ContactFlag: Codable, Sendable, Equatable, JournalRecord {
    /// What the warning is about; the stored word is the raw value.
    public enum Kind: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
        /// The number or address is not a genuine channel of the organization named (or is another's).
        case channel
        /// Words logged with the contact hold phrases scammers use.
        case redFlags = "red_flags"
        /// The caller claimed to be the organization the contact is logged under and was not
        /// (schema 9): the case is a fraud case, and the organization a third party in it.
        case impersonation
    }

    public static let databaseTableName = "contact_flag"
    public var id: Int64?
    public var contactId: Int64
    public var kind: Kind
    /// The warning as the user saw it, in the interface language of the time.
    public var message: String
    public var flaggedAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ContactFlag: StoredRecord {
    public init(row: Row) {
        self.init(id: row["id"], contactId: row["contact_id"], kind: row["kind"], message: row["message"],
                  flaggedAt: row.date("flagged_at"))
    }

    public func encode(to container: inout PersistenceContainer) { encodeStored(to: &container) }

    var storedColumns: [(name: String, value: StoredValue)] {
        [("id", .init(id)), ("contact_id", .integer(contactId)), ("kind", .init(kind)), ("message", .text(message)),
         ("flagged_at", .init(flaggedAt))]
    }
}
