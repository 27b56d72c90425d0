import Foundation
import GRDB

/// A journal record: `Codable` for JSON output, with explicit row coding (`Records+Rows.swift`).
public protocol JournalRecord: Codable, FetchableRecord, MutablePersistableRecord {}

/// A fresh record identifier: lowercase, as stored in the `uuid` columns.
func newUUID() -> String { UUID().uuidString.lowercased() }

/// A company or institution the user deals with.
public struct Organization: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "organization"
    public var id: Int64?
    public var uuid: String
    public var name: String
    /// The normalised name used to match what the user types; see `NameKey`.
    public var nameKey: String
    public var kind: OrganizationKind
    public var jurisdiction: String?
    public var createdAt: Date
    /// The German banking group whose scheme takes the bank's disputes (schema 15); nil: not set,
    /// and the router reads it from the name where that is unambiguous.
    public var sector: BankSector? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Another name an organization is known by ("数字人民币钱包" for "Digital RMB Wallet").
public struct OrganizationAlias: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "organization_alias"
    public var id: Int64?
    public var uuid: String
    public var organizationId: Int64
    public var alias: String
    public var aliasKey: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A contact point the organization genuinely uses, e.g. `phone:95566`.
public struct OfficialChannel: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "official_channel"
    public var id: Int64?
    public var uuid: String
    public var organizationId: Int64
    public var kind: Channel
    public var address: String
    public var source: String?
    public var verifiedAt: Date?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One matter with one organization.
public struct CaseFile: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "case_file"
    public var id: Int64?
    public var uuid: String
    public var organizationId: Int64
    public var title: String
    public var category: CaseCategory
    public var status: CaseStatus
    public var openedAt: Date
    public var closedAt: Date?
    public var zone: String
    public var desiredOutcome: String?
    public var amountMinor: Int64?
    public var currency: String?
    public var accountRef: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One interaction with the company: a call, a chat, a letter, a visit.
public struct Contact: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "contact"
    public var id: Int64?
    public var uuid: String
    public var caseId: Int64
    /// When it happened, as the user says (`--at`).
    public var occurredAt: Date
    /// When it was written down; evidence that the note was taken at the time.
    public var recordedAt: Date
    /// The IANA zone the user was in, so the record reads the same after a move.
    public var zone: String
    public var channel: Channel
    public var direction: Direction
    public var address: String?
    public var agent: String?
    public var reference: String?
    public var durationSeconds: Int64?
    public var summary: String?
    public var advice: String?
    public var outcome: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// What the company committed to, and by when.
public struct Promise: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "promise"
    public var id: Int64?
    public var uuid: String
    public var contactId: Int64
    public var text: String
    public var dueAt: Date
    /// The due time exactly as typed ("三个工作日内", "by Friday").
    public var dueWords: String
    public var status: PromiseStatus
    public var resolvedAt: Date?
    public var note: String?
    /// The earlier promise this one replaced when the deadline was extended.
    public var supersedesId: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A file kept as evidence; its bytes live in the journal's folder under their SHA-256.
public struct Attachment: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "attachment"
    public var id: Int64?
    public var uuid: String
    public var contactId: Int64
    public var sha256: String
    public var size: Int64
    public var mediaType: String
    public var originalName: String
    public var storedPath: String
    public var addedAt: Date

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The original name with control characters shown as `\xNN`: names stored before `log`
    /// refused them must not move the cursor or recolour a terminal when shown.
    public var displayName: String { Self.displayName(of: originalName) }

    /// `name` as `displayName` shows it, for names read from history payloads.
    public static func displayName(of name: String) -> String { TextRules.escapingControlCharacters(name) }
}

/// One entry in the append-only, hash-chained history.
public struct JournalEvent: Codable, Sendable, Equatable, JournalRecord {
    public static let databaseTableName = "event"
    public var id: Int64?
    public var uuid: String
    public var at: Date
    public var kind: String
    public var entity: String
    public var entityId: Int64
    public var caseId: Int64?
    /// The change as JSON: the new record, or `{"field": {"from": …, "to": …}}` for corrections.
    public var payload: String
    public var prevHash: String
    public var hash: String
    /// The SHA-256 of each row this event wrote, as JSON (`{"contact:12": "…"}`); see `RowDigest`.
    public var digests: String?
    /// For an event imported from another journal: the hash it had there (its `hash` here is
    /// this journal's chain). Nil for events written in this journal.
    public var originHash: String? = nil
    /// For an event imported from another journal: the device id of the journal that wrote it.
    public var originDevice: String? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Channel: DatabaseValueConvertible {}
extension Direction: DatabaseValueConvertible {}
extension PromiseStatus: DatabaseValueConvertible {}
extension CaseStatus: DatabaseValueConvertible {}
extension OrganizationKind: DatabaseValueConvertible {}
extension CaseCategory: DatabaseValueConvertible {}
