import Foundation

/// The interchange layer's export and merge, as sync uses them.
struct InterchangeExchange: ChangeExchange {
    let store: JournalStore

    func changes(after eventID: Int64, now: Date) throws -> OutgoingChanges {
        OutgoingChanges(lines: [], evidence: [], isEmpty: true)
    }

    func apply(_ lines: [String], source: String, evidence: String, now: Date) throws -> AppliedChanges {
        AppliedChanges(records: 0, conflicts: 0)
    }

    func unpublishedEvents(after eventID: Int64) throws -> Int { 0 }

    func conflictCount() throws -> Int { 0 }
}
