import Foundation
import GRDB

/// What sync needs from the interchange layer: this device's changes as lines, and another
/// device's lines merged in. Sync never reads or writes records itself; the interchange format
/// and its merge engine (policy `.converge`) do.
protocol ChangeExchange {
    /// The changes that originated on this device after local event `eventID`.
    func changes(after eventID: Int64, now: Date) throws -> OutgoingChanges
    /// Merges one change file's lines in one transaction; `evidence` is the folder of files named by
    /// SHA-256; `alongside` runs in the same transaction (sync records the file as applied there).
    func apply(_ lines: [String], source: String, evidence: String, now: Date, alongside: (Database) throws -> Void) throws -> AppliedChanges
    /// How many events that originated on this device come after local event `eventID`.
    func unpublishedEvents(after eventID: Int64) throws -> Int
    /// How many conflicts (concurrent changes kept both ways) the journal lists.
    func conflictCount() throws -> Int
}

/// One device's changes, ready to be written as a change file.
struct OutgoingChanges {
    let lines: [String]
    /// The evidence files the lines refer to.
    let evidence: [EvidenceFile]
    /// The newest local event the changes cover: where the next file starts.
    let lastEventID: Int64
    /// True when there is nothing to publish (the lines hold at most a header).
    let isEmpty: Bool
}

/// What applying one change file did.
struct AppliedChanges: Equatable {
    let records: Int
    let conflicts: Int
}
