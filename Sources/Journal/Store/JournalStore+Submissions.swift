import Foundation
import GRDB

extension JournalStore {
    // MARK: - Writes

    /// Records that the user sent a complaint or submission on `caseID` to `body` at `at`.
    public func recordSubmission(caseID: Int64, body: String, at: Date, reference: String?, note: String?, replyDueAt: Date? = nil,
                                 now: Date) throws -> Submission {
        if at.timeIntervalSince(now) > 60 { throw JournalError.contactInFuture(Self.localISO(at, zone: TimeZone.current.identifier)) }
        let reference = try TextRules.name(reference, field: "reference number")
        let note = try TextRules.text(note, field: "note")
        return try write { db in
            guard try CaseFile.exists(db, key: caseID) else { throw JournalError.caseNotFound(caseID) }
            var submission = Submission(id: nil, uuid: newUUID(), caseId: caseID, body: body, submittedAt: at.wholeSeconds,
                                        reference: reference, note: note, status: .open, respondedAt: nil, outcome: nil,
                                        replyDueAt: replyDueAt?.wholeSeconds)
            try submission.insert(db)
            try EventLog.append(db, kind: "escalation.submitted", entity: .escalation, entityID: submission.id!, caseID: caseID,
                                payload: submission, at: now, wrote: [("submission", submission.id!)])
            return submission
        }
    }

    /// What kind of answer arrived.
    public enum ResponseKind: String, Sendable {
        /// The firm's (or body's) final answer.
        case final
        /// A holding reply: the longer deadline runs, the complaint stays unresolved.
        case holding
        /// A final response that is a deadlock letter (UK energy and telecom).
        case deadlock
    }

    /// Records the answer to a submission (e.g. the firm's final response) at `at`. A final
    /// response or deadlock letter may follow a holding reply; nothing may follow a final one.
    public func recordResponse(_ id: Int64, at: Date, note: String?, kind: ResponseKind = .final, now: Date) throws -> Submission {
        let note = try TextRules.text(note, field: "note")
        let event = kind == .holding ? "escalation.holding" : "escalation.responded"
        return try changeSubmission(id, kind: event, now: now) { submission in
            let afterHolding = submission.isHoldingOnly && kind != .holding
            guard submission.status == .open || afterHolding else {
                throw JournalError.submissionNotOpen(id: id, status: submission.status.rawValue)
            }
            submission.status = .responded
            submission.respondedAt = at.wholeSeconds
            submission.outcome = switch kind {
            case .final: afterHolding ? Submission.finalAfterHolding : nil
            case .holding: Submission.holdingReply
            case .deadlock: Submission.deadlockLetter
            }
            if let note { submission.note = [submission.note, note].compactMap { $0 }.joined(separator: "\n") }
        }
    }

    /// Closes a submission with its outcome; its clocks stop.
    public func closeSubmission(_ id: Int64, outcome: String, now: Date) throws -> Submission {
        let outcome = try TextRules.requiredText(outcome, field: "outcome")
        return try changeSubmission(id, kind: "escalation.closed", now: now) { submission in
            guard submission.status != .closed else { throw JournalError.submissionNotOpen(id: id, status: submission.status.rawValue) }
            submission.status = .closed
            submission.outcome = outcome
        }
    }

    private func changeSubmission(_ id: Int64, kind: String, now: Date, _ change: (inout Submission) throws -> Void) throws -> Submission {
        try write { db in
            guard var submission = try Submission.fetchOne(db, key: id) else { throw JournalError.submissionNotFound(id) }
            try change(&submission)
            try submission.update(db)
            try EventLog.append(db, kind: kind, entity: .escalation, entityID: id, caseID: submission.caseId,
                                payload: submission, at: now, wrote: [("submission", id)])
            return submission
        }
    }

    // MARK: - Reads

    public func submission(_ id: Int64) throws -> Submission? {
        try read { db in try Submission.fetchOne(db, key: id) }
    }

    /// - Parameter asOf: the submissions as they stood then (see `Snapshot`); nil for now.
    public func submissions(ofCase caseID: Int64, asOf: Date? = nil) throws -> [Submission] {
        try read { db in
            let all = try Submission.filter(Column("case_id") == caseID).order(Column("submitted_at"), Column("id")).fetchAll(db)
            guard let asOf = asOf ?? snapshot else { return all }
            let closings = try Self.submissionClosings(db)
            return all.compactMap { Self.submission($0, closedAt: closings[$0.id!], asOf: asOf) }
        }
    }

    /// Submissions not yet closed, with their case's zone and organization, for the clocks.
    ///
    /// - Parameter asOf: those open at that moment (sent by then, not yet closed); nil for now.
    public func openSubmissions(asOf: Date? = nil) throws -> [OpenSubmission] {
        guard let asOf = asOf ?? snapshot else { return try openSubmissionsNow() }
        return try read { db in
            let closings = try Self.submissionClosings(db)
            let rewind = Rewind(db, asOf: asOf)
            return try Row.fetchAll(db, sql: """
                SELECT s.* FROM submission s WHERE s.submitted_at <= ? ORDER BY s.submitted_at, s.id
                """, arguments: [Int64(asOf.timeIntervalSince1970)]).compactMap { row -> OpenSubmission? in
                guard let submission = Self.submission(Submission(row: row), closedAt: closings[row["id"] as Int64], asOf: asOf),
                      submission.status != .closed, let caseFile = try rewind.caseFile(submission.caseId),
                      let organization = try rewind.organization(caseFile.organizationId) else { return nil }
                return OpenSubmission(submission: submission, caseZone: caseFile.zone, organization: organization,
                                      caseCategory: caseFile.category, caseTitle: caseFile.title)
            }
        }
    }

    private func openSubmissionsNow() throws -> [OpenSubmission] {
        try read { db in
            try Array(Row.fetchCursor(db, sql: """
                SELECT s.*, c.zone AS case_zone, c.category AS case_category, c.title AS case_title, o.id AS o_id, o.uuid AS o_uuid, o.name AS o_name, o.name_key AS o_name_key,
                       o.kind AS o_kind, o.jurisdiction AS o_jurisdiction, o.created_at AS o_created_at
                FROM submission s INDEXED BY submission_open
                JOIN case_file c ON c.id = s.case_id JOIN organization o ON o.id = c.organization_id
                WHERE s.status != 'closed' ORDER BY s.submitted_at, s.id
                """).map { row in
                OpenSubmission(submission: Submission(row: row), caseZone: row["case_zone"],
                               organization: Organization(id: row["o_id"], uuid: row["o_uuid"], name: row["o_name"], nameKey: row["o_name_key"],
                                                          kind: row["o_kind"], jurisdiction: row["o_jurisdiction"], createdAt: row.date("o_created_at")),
                               caseCategory: row["case_category"], caseTitle: row["case_title"])
            })
        }
    }
}
