import Foundation
import GRDB

/// One case as the sharing exports read it: its timeline and its complaints and submissions.
public struct SheetCase: Sendable {
    public let timeline: CaseTimeline
    public let submissions: [Submission]
    /// The warnings kept on its contacts (`log`'s checks, impersonation marks), by contact.
    public var flags: [Int64: [ContactFlag]] = [:]

    /// The redactor for this case's text (see `Redactor.forCase`), or nil when not redacting.
    public func redactor(redact: Bool, secrets: [String], mask: String) -> Redactor? {
        redact ? Redactor.forCase(timeline, submissions: submissions, secrets: secrets, mask: mask) : nil
    }
}

extension JournalStore {
    // MARK: - Reads

    /// Every case in number order (or only `caseID`), each with its timeline and submissions,
    /// read in one transaction so the export is one consistent moment of the journal. At the
    /// store's snapshot moment (`--as-of`), the cases opened by then, as they stood then (see `Snapshot`).
    public func sheetCases(caseID: Int64?) throws -> [SheetCase] {
        try read { db in
            let ids: [Int64]
            let until = snapshot.map { Int64($0.timeIntervalSince1970) } ?? Int64.max
            if let caseID {
                guard try CaseFile.filter(key: caseID).filter(Column("opened_at") <= until).fetchCount(db) > 0 else {
                    throw JournalError.caseNotFound(caseID)
                }
                ids = [caseID]
            } else {
                ids = try Int64.fetchAll(db, sql: "SELECT id FROM case_file WHERE opened_at <= ? ORDER BY id", arguments: [until])
            }
            let closings = snapshot == nil ? [:] : try Self.submissionClosings(db)
            return try ids.map { id in
                let submissions = try Submission.filter(Column("case_id") == id).order(Column("submitted_at"), Column("id")).fetchAll(db)
                return SheetCase(timeline: try snapshot.map { try Self.timeline(db, caseID: id, asOf: $0) } ?? Self.timeline(db, caseID: id),
                                 submissions: snapshot.map { asOf in submissions.compactMap { Self.submission($0, closedAt: closings[$0.id!], asOf: asOf) } }
                                     ?? submissions,
                                 flags: Dictionary(grouping: try ContactFlag.fetchAll(db, sql: """
                                     SELECT contact_flag.* FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                                     WHERE contact.case_id = ? ORDER BY contact_flag.id
                                     """, arguments: [id]), by: \.contactId))
            }
        }
    }
}
