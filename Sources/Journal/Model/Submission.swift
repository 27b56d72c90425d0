import Foundation
import GRDB

/// A formal complaint to the company, or a submission to a regulator, ombudsman or ADR body.
public struct Submission: Codable, Sendable, Equatable, JournalRecord {
    public enum Status: String, Codable, Sendable, DatabaseValueConvertible { case open, responded, closed }

    public static let databaseTableName = "submission"
    public var id: Int64?
    public var uuid: String
    public var caseId: Int64
    /// The body profile id: `company`, `cn.nfra`, `uk.fos`…
    public var body: String
    public var submittedAt: Date
    public var reference: String?
    public var note: String?
    public var status: Status
    /// When the answer (e.g. the firm's final response) arrived.
    public var respondedAt: Date?
    public var outcome: String?
    /// The date the user asked the firm to answer by (`escalate --to company --reply-by`), noon of
    /// that day in the case's zone; nil when none was asked. The user's date, not a legal deadline.
    public var replyDueAt: Date?

    /// The `outcome` of a complaint answered so far only by a holding reply (UK DISP 1.6.2AR, PSD2
    /// Art. 101(2)): the firm has said why it needs longer, and its longer deadline runs. The
    /// complaint stays unresolved; `respondedAt` is the holding reply's date until the final response.
    public static let holdingReply = "holding reply"
    /// The `outcome` of a final response that is a deadlock letter (UK energy and telecom).
    public static let deadlockLetter = "deadlock letter"

    /// The `outcome` of a final response that came after a holding reply: the longer deadline stays
    /// the one that applied.
    public static let finalAfterHolding = "final response after a holding reply"

    /// True when the firm sent a holding reply, whether or not its final response has come since.
    public var hadHoldingReply: Bool { outcome == Self.holdingReply || outcome == Self.finalAfterHolding }

    /// True while the only answer recorded is a holding reply.
    public var isHoldingOnly: Bool { status == .responded && outcome == Self.holdingReply }

    /// When the final response (or deadlock letter) arrived; nil while none has, a holding reply included.
    public var finalResponseAt: Date? { isHoldingOnly ? nil : respondedAt }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public init(row: Row) {
        self.init(id: row["id"], uuid: row["uuid"], caseId: row["case_id"], body: row["body"], submittedAt: row.date("submitted_at"),
                  reference: row["reference"], note: row["note"], status: row["status"], respondedAt: row.optionalDate("responded_at"),
                  outcome: row["outcome"], replyDueAt: row.optionalDate("reply_due_at"))
    }

    init(id: Int64?, uuid: String, caseId: Int64, body: String, submittedAt: Date, reference: String?, note: String?,
         status: Status, respondedAt: Date?, outcome: String?, replyDueAt: Date? = nil) {
        self.id = id; self.uuid = uuid; self.caseId = caseId; self.body = body; self.submittedAt = submittedAt
        self.reference = reference; self.note = note; self.status = status; self.respondedAt = respondedAt; self.outcome = outcome
        self.replyDueAt = replyDueAt
    }

    public func encode(to container: inout PersistenceContainer) {
        container["id"] = id; container["uuid"] = uuid; container["case_id"] = caseId; container["body"] = body
        container["submitted_at"] = Int64(submittedAt.timeIntervalSince1970.rounded(.down)); container["reference"] = reference
        container["note"] = note; container["status"] = status
        container["responded_at"] = respondedAt.map { Int64($0.timeIntervalSince1970.rounded(.down)) }; container["outcome"] = outcome
        container["reply_due_at"] = replyDueAt.map { Int64($0.timeIntervalSince1970.rounded(.down)) }
    }
}

/// An open submission with what its clocks need: the case's zone and the organization.
public struct OpenSubmission: Sendable {
    public let submission: Submission
    public let caseZone: String
    public let organization: Organization
    /// Some deadlines depend on what the complaint is about (UK: payment services get 15 business days).
    public let caseCategory: CaseCategory
    /// The case's title: a card dispute filed as `other` is still a payment-services complaint.
    public let caseTitle: String

    public init(submission: Submission, caseZone: String, organization: Organization, caseCategory: CaseCategory = .other, caseTitle: String = "") {
        self.caseTitle = caseTitle
        self.submission = submission
        self.caseZone = caseZone
        self.organization = organization
        self.caseCategory = caseCategory
    }
}
