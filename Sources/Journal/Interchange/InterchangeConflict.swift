import Foundation

/// A record two journals changed differently: both versions, and which one the journal shows.
public struct InterchangeConflict: Sendable, Equatable, Codable {
    /// Which version the journal's record holds now.
    public enum Shown: String, Sendable, Codable { case local, incoming }

    /// The conflict's local id (`recourse conflicts`); 0 before it is stored.
    public let id: Int64
    /// The record type as in the export format: `contact`, `promise`, `case`…
    public let recordType: String
    public let recordUUID: String
    /// The record's local id, for commands such as `show` and `correct`.
    public let recordID: Int64
    public let localRevision: String
    public let incomingRevision: String
    /// Both versions as export lines (the format of `docs/export-format.md`).
    public let localLine: String
    public let incomingLine: String
    public let shown: Shown
    /// The file or folder the incoming version came from.
    public let source: String
    public let foundAt: Date
    public let resolvedAt: Date?
    /// The fields whose values differ, sorted.
    public let differingFields: [String]
}
