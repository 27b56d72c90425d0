import Foundation
import GRDB
import Testing
@testable import Journal

/// `cases` and the quiet-case section of `agenda` read pending promises from their partial index
/// once instead of probing every case; the answers must be what the per-case queries gave.
@Suite("Case listings at scale read the pending-promise index and answer as before")
struct CaseListingTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    /// The per-case queries `cases` and `agenda` ran before, kept here as the reference.
    static let referenceOverviews = """
        SELECT c.id, (SELECT count(*) FROM contact WHERE case_id = c.id) AS contact_count,
               (SELECT max(occurred_at) FROM contact WHERE case_id = c.id) AS last_contact_at,
               (SELECT count(*) FROM contact k JOIN promise p ON p.contact_id = k.id
                 WHERE k.case_id = c.id AND p.status = 'pending') AS pending_count,
               (SELECT min(p.due_at) FROM contact k JOIN promise p ON p.contact_id = k.id
                 WHERE k.case_id = c.id AND p.status = 'pending') AS next_due_at
        FROM case_file c JOIN organization o ON o.id = c.organization_id
        ORDER BY coalesce(last_contact_at, c.opened_at) DESC, c.id DESC
        """
    static let referenceQuiet = """
        SELECT * FROM (
            SELECT c.id, (SELECT max(occurred_at) FROM contact WHERE case_id = c.id) AS last_contact_at,
                   (SELECT direction FROM contact WHERE case_id = c.id ORDER BY occurred_at DESC, id DESC LIMIT 1) AS last_direction,
                   (SELECT count(*) FROM contact k JOIN promise p ON p.contact_id = k.id
                     WHERE k.case_id = c.id AND p.status = 'pending') AS pending_count
            FROM case_file c WHERE c.status = 'open')
        WHERE last_contact_at < ? AND (pending_count > 0 OR last_direction = 'outbound')
        ORDER BY last_contact_at, id
        """

    @Test("cases and quiet cases equal the per-case queries on a generated journal", arguments: [SeedPlan.person, SeedPlan(contacts: 2000)])
    func sameAnswers(plan: SeedPlan) throws {
        let store = try journal.open()
        try store.seed(plan, now: t0)
        let queue = try DatabaseQueue(path: journal.location.path)
        let reference = try queue.read { db in try Row.fetchAll(db, sql: Self.referenceOverviews) }

        let all = try store.caseOverviews(includeClosed: true)
        #expect(all.count == reference.count)
        for (overview, row) in zip(all, reference) {
            #expect(overview.caseFile.id == row["id"])
            #expect(overview.contactCount == row["contact_count"])
            #expect(overview.pendingPromises == row["pending_count"])
            #expect(overview.nextDueAt.map { Int64($0.timeIntervalSince1970) } == row["next_due_at"])
            #expect(overview.lastContactAt.map { Int64($0.timeIntervalSince1970) } == row["last_contact_at"])
        }
        #expect(try store.caseOverviews().map(\.caseFile.id) == all.filter { $0.caseFile.status == .open }.map(\.caseFile.id))
        #expect(all.contains { $0.pendingPromises > 0 })

        for days in [0, 7, 60, 400] {
            let cutoff = t0.addingTimeInterval(-Double(days) * 86_400)
            let expected = try queue.read { db in try Row.fetchAll(db, sql: Self.referenceQuiet, arguments: [Int64(cutoff.timeIntervalSince1970)]) }
            let quiet = try store.quietCases(lastContactBefore: cutoff)
            #expect(quiet.map(\.caseFile.id) == expected.map { $0["id"] as Int64 }, "quiet for \(days) days")
            #expect(quiet.map(\.pendingPromises) == expected.map { $0["pending_count"] as Int })
            #expect(quiet.map { Int64($0.lastContactAt.timeIntervalSince1970) } == expected.map { $0["last_contact_at"] as Int64 })
        }
    }
}
