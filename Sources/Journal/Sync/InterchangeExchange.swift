import Foundation
import GRDB

/// The interchange layer's export and merge (`Sources/Journal/Interchange/`), as sync uses them:
/// `exportChanges(originOnly: true)` so imported changes never echo, `importLines(policy: .converge)`
/// so concurrent changes are kept both ways with the same winner on every device.
struct InterchangeExchange: ChangeExchange {
    let store: JournalStore

    func changes(after eventID: Int64, now: Date) throws -> OutgoingChanges {
        let export = try store.exportChanges(afterEventID: eventID, originOnly: true, now: now)
        return OutgoingChanges(lines: export.lines, evidence: export.evidence, lastEventID: export.lastEventID,
                               isEmpty: export.recordCount == 0 && export.eventCount == 0)
    }

    func apply(_ lines: [String], source: String, evidence: String, now: Date, alongside: (Database) throws -> Void) throws -> AppliedChanges {
        let report = try store.importLines(lines, source: source, policy: .converge, evidence: URL(fileURLWithPath: evidence), now: now,
                                           alongside: alongside)
        return AppliedChanges(records: report.insertedCount + report.updatedCount, conflicts: report.conflicts.count)
    }

    func unpublishedEvents(after eventID: Int64) throws -> Int {
        try store.exportChanges(afterEventID: eventID, originOnly: true, now: Date(timeIntervalSince1970: 0)).eventCount
    }

    func conflictCount() throws -> Int { try store.conflicts().count }
}
