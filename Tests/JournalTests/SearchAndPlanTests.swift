import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Search")
struct SearchTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    private func seeded() throws -> JournalStore {
        let store = try journal.open()
        for (org, summary, reference) in [("工商银行", "从钱包转账失败，资金未到账", "CS-88"), ("工商银行", "申请退款，客服说三天内处理", "CS-89"),
                                          ("Northway Bank", "Refund for the duplicate card payment", "CMP-5521"), ("Shop", "He said \"soon\"", nil)] {
            _ = try store.logContact(draft(org) { $0.summary = summary; $0.reference = reference }, now: t0)
        }
        return store
    }

    @Test("three characters or more use the trigram index and find Chinese substrings")
    func trigram() throws {
        let store = try seeded()
        #expect(try store.searchContacts("转账失败").map(\.contact.id) == [1])
        #expect(try store.searchContacts("refund CARD").map(\.contact.id) == [3])
        #expect(try store.searchContacts("CMP-5521").map(\.organizationName) == ["Northway Bank"])
        #expect(try store.searchContacts("\"soon\"").map(\.contact.id) == [4], "quotes in the query are text")
    }

    @Test("shorter terms fall back to a scan, newest first")
    func shortTerms() throws {
        let store = try seeded()
        #expect(try store.searchContacts("退款").map(\.contact.id) == [2])
        #expect(try store.searchContacts("客服 三天").map(\.contact.id) == [2])
        #expect(try store.searchContacts("CS").map(\.contact.id) == [2, 1])
        #expect(try store.searchContacts("zz").isEmpty)
    }

    @Test("corrections are searchable at once")
    func corrected() throws {
        let store = try seeded()
        var correction = ContactCorrection()
        correction.summary = .some("银行卡被冻结")
        _ = try store.correctContact(4, correction, now: t0)
        #expect(try store.searchContacts("银行卡被冻结").map(\.contact.id) == [4])
        #expect(try store.searchContacts("soon").isEmpty)
    }
}

@Suite("Query plans: hot queries use indexes, so cost stays flat as the journal grows")
struct QueryPlanTests {
    let journal = TemporaryJournal()

    private func plan(_ sql: String) throws -> String {
        _ = try journal.open()
        let queue = try DatabaseQueue(path: journal.location.path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test("overdue: pending promises by due time through the partial index")
    func overdue() throws {
        let detail = try plan("SELECT p.* FROM promise p INDEXED BY promise_pending_due JOIN contact k ON k.id = p.contact_id WHERE p.status = 'pending' AND p.due_at < 0")
        #expect(detail.contains("USING INDEX promise_pending_due"))
        #expect(!detail.contains("SCAN k"))
    }

    @Test("a case's contacts, and the log's case lookup")
    func caseContacts() throws {
        #expect(try plan("SELECT * FROM contact WHERE case_id = 1 ORDER BY occurred_at").contains("USING INDEX contact_case_time"))
        #expect(try plan("SELECT * FROM case_file WHERE organization_id = 1 AND status = 'open'").contains("USING INDEX case_file_org_status"))
        #expect(try plan("SELECT id FROM organization WHERE name_key = 'x'").contains("USING COVERING INDEX"))
        #expect(try plan("SELECT hash FROM event ORDER BY id DESC LIMIT 1").contains("SCAN event"), "rowid order: reads one row from the end")
        #expect(try plan("SELECT p.* FROM promise p JOIN contact k ON k.id = p.contact_id WHERE k.case_id = 1").contains("USING INDEX promise_contact"))
    }

    @Test("search uses the full-text index")
    func search() throws {
        #expect(try plan("SELECT rowid FROM contact_search WHERE contact_search MATCH 'abc'").contains("VIRTUAL TABLE INDEX"))
    }
}
