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
    /// read in one transaction so the export is one consistent moment of the journal.
    public func sheetCases(caseID: Int64?) throws -> [SheetCase] {
        try read { db in
            let ids: [Int64]
            if let caseID {
                guard try CaseFile.exists(db, key: caseID) else { throw JournalError.caseNotFound(caseID) }
                ids = [caseID]
            } else {
                ids = try Int64.fetchAll(db, sql: "SELECT id FROM case_file ORDER BY id")
            }
            return try ids.map { id in
                SheetCase(timeline: try Self.timeline(db, caseID: id),
                          submissions: try Submission.filter(Column("case_id") == id).order(Column("submitted_at"), Column("id")).fetchAll(db),
                          flags: Dictionary(grouping: try ContactFlag.fetchAll(db, sql: """
                              SELECT contact_flag.* FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                              WHERE contact.case_id = ? ORDER BY contact_flag.id
                              """, arguments: [id]), by: \.contactId))
            }
        }
    }
}
