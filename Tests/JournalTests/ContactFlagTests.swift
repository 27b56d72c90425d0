import Foundation
import GRDB
import Testing
@testable import Journal

/// Warnings kept on a contact (issue #12): one event, rows covered by `verify`, read back by case.
@Suite("Contact warnings kept on the contact")
struct ContactFlagTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    private func flagged() throws -> (JournalStore, LoggedContact) {
        let store = try journal.open()
        let logged = try store.logContact(draft("中国银行") { $0.direction = .inbound; $0.address = "+86 171 2345 6789" }, now: t0)
        try store.flagContact(logged.contact.id!, [(.channel, "not a genuine number"), (.redFlags, "red flag '验证码'")], now: t0)
        return (store, logged)
    }

    private func tamper(_ sql: String) throws { try journal.tamper(sql) }

    @Test("flags are written with one contact.flagged event, read back by case, and the journal verifies")
    func written() throws {
        let (store, logged) = try flagged()
        let flags = try store.contactFlags(ofCase: logged.caseFile.id!)[logged.contact.id!] ?? []
        #expect(flags.map(\.kind) == [.channel, .redFlags])
        #expect(flags.map(\.message) == ["not a genuine number", "red flag '验证码'"])
        #expect(try store.history(ofCase: logged.caseFile.id!).map(\.kind).suffix(1) == ["contact.flagged"])
        #expect(try store.flaggedOpenCases().map(\.kinds) == [[.channel, .redFlags]])
        let report = try store.verify()
        #expect(report.isIntact, "\(report.problems)")
    }

    @Test("under --as-of a mark made after the moment is not there yet; warnings kept when the contact was recorded are")
    func asOf() throws {
        var store = try journal.open()
        let logged = try store.logContact(draft("中国银行"), now: t0)
        try store.flagContact(logged.contact.id!, [(.redFlags, "red flag '验证码'")], now: t0)
        let later = t0.addingTimeInterval(5 * 86_400)
        try store.markImpersonation(logged.contact.id!, now: later)
        let caseID = logged.caseFile.id!

        store.snapshot = t0.addingTimeInterval(86_400)
        #expect(try !store.isFraudCase(caseID), "not yet a fraud case the day after")
        #expect(try store.contactFlags(ofCase: caseID)[logged.contact.id!]?.map(\.kind) == [.redFlags])
        #expect(try store.flaggedOpenCases().map(\.kinds) == [[.redFlags]])
        store.snapshot = later
        #expect(try store.isFraudCase(caseID))
        #expect(try store.contactFlags(ofCase: caseID)[logged.contact.id!]?.map(\.kind) == [.redFlags, .impersonation])
        store.snapshot = nil
        #expect(try store.isFraudCase(caseID))
    }

    @Test("no warnings write nothing, not even an event")
    func nothing() throws {
        let store = try journal.open()
        let logged = try store.logContact(draft("中国银行"), now: t0)
        let head = try store.chainHead()
        #expect(try store.flagContact(logged.contact.id!, [], now: t0).isEmpty)
        #expect(try store.chainHead() == head)
    }

    @Test("a warning edited or deleted with sqlite3 is found by verify", arguments: [
        ("UPDATE contact_flag SET message = 'fine' WHERE id = 1", "changed"),
        ("DELETE FROM contact_flag WHERE id = 2", "deleted"),
    ])
    func tampered(_ sql: String, _ problem: String) throws {
        let (store, _) = try flagged()
        try tamper(sql)
        let problems = try store.verify().problems
        #expect(problems.count == 1)
        switch problems.first {
        case .recordChanged(table: "contact_flag", id: 1, _): #expect(problem == "changed")
        case .recordDeleted(table: "contact_flag", id: 2, _): #expect(problem == "deleted")
        default: Issue.record("unexpected \(problems)")
        }
    }

    @Test("a contact that does not exist is an error and nothing is written")
    func missingContact() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("中国银行"), now: t0)
        let head = try store.chainHead()
        #expect(throws: JournalError.contactNotFound(9)) { try store.flagContact(9, [(.channel, "x")], now: t0) }
        #expect(try store.chainHead() == head)
    }

    @Test("a journal written before schema 5 migrates, can be flagged, and verifies")
    func oldJournal() throws {
        try FileManager.default.copyItem(atPath: EventPayloadTests.fixture, toPath: journal.location.path)
        let store = try journal.open()
        let contactID = try #require(try store.read { db in try Int64.fetchOne(db, sql: "SELECT min(id) FROM contact") })
        try store.flagContact(contactID, [(.redFlags, "red flag")], now: t0)
        // The fixture comes without its evidence files; every record and the chain must check out.
        let problems = try store.verify().problems.filter { !$0.isEvidence }
        #expect(problems.isEmpty, "\(problems)")
    }
}
