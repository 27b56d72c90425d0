import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Logging contacts")
struct LogContactTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    @Test("the first contact creates the organization and a case; the next joins that case")
    func createsThenJoins() throws {
        let store = try journal.open()
        let first = try store.logContact(draft("数字人民币钱包") { $0.summary = "转账失败，资金未到账" }, now: t0)
        #expect(first.createdOrganization && first.openedCase)
        #expect(first.caseFile.title == "转账失败，资金未到账")
        #expect(first.caseFile.openedAt == t0)

        let second = try store.logContact(draft("  数字人民币钱包 ") { $0.channel = .wechat }, now: t0)
        #expect(!second.createdOrganization && !second.openedCase)
        #expect(second.caseFile.id == first.caseFile.id)
        #expect(second.organization.id == first.organization.id)
    }

    @Test("with several open cases and none named, the error lists them and nothing is written")
    func ambiguousCase() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank") { $0.caseChoice = .new(title: "Card blocked") }, now: t0)
        _ = try store.logContact(draft("Bank") { $0.caseChoice = .new(title: "Fee refund") }, now: t0)
        let before = try journal.fingerprint()
        #expect(throws: JournalError.ambiguousCase(organization: "Bank", cases: ["#1 Card blocked", "#2 Fee refund"])) {
            try store.logContact(draft("Bank"), now: t0)
        }
        #expect(try journal.fingerprint() == before)
    }

    @Test("--case must exist, be open and belong to the organization named")
    func explicitCase() throws {
        let store = try journal.open()
        let bank = try store.logContact(draft("Bank"), now: t0)
        _ = try store.logContact(draft("Shop"), now: t0)
        #expect(try store.logContact(draft(nil) { $0.caseChoice = .existing(1) }, now: t0).caseFile.id == 1)
        #expect(throws: JournalError.caseNotFound(9)) { try store.logContact(draft(nil) { $0.caseChoice = .existing(9) }, now: t0) }
        #expect(throws: JournalError.caseOfOtherOrganization(caseID: 1, organization: "Bank")) {
            try store.logContact(draft("Shop") { $0.caseChoice = .existing(1) }, now: t0)
        }
        _ = try store.closeCase(bank.caseFile.id!, note: nil, now: t0)
        #expect(throws: JournalError.caseClosed(1)) { try store.logContact(draft("Bank") { $0.caseChoice = .existing(1) }, now: t0) }
    }

    @Test("text is stored exactly as given: Chinese, emoji, decomposed accents, SQL-looking text")
    func textRoundTrips() throws {
        let store = try journal.open()
        let texts = ["三个工作日内退回，工号１０２３", "café vs cafe\u{301}", "👨‍👩‍👧 refund", "'); DROP TABLE contact; --", "line one\nline two\ttabbed"]
        for text in texts { _ = try store.logContact(draft("Bank") { $0.summary = text }, now: t0) }
        let stored = try store.timeline(ofCase: 1).entries.map(\.contact.summary)
        #expect(stored == texts)
        #expect(stored[1]!.unicodeScalars.count == "café vs cafe\u{301}".unicodeScalars.count)
    }

    @Test("control characters, over-long text and empty names are refused without a write")
    func badTextRefused() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank"), now: t0)
        let before = try journal.fingerprint()
        #expect(throws: JournalError.controlCharacter(field: "summary", codePoint: 0x07)) {
            try store.logContact(draft("Bank") { $0.summary = "bell\u{07}" }, now: t0)
        }
        #expect(throws: JournalError.lineBreakInName(field: "agent")) { try store.logContact(draft("Bank") { $0.agent = "a\nb" }, now: t0) }
        #expect(throws: JournalError.textTooLong(field: "advice", bytes: 70_000, limit: JournalError.textLimit)) {
            try store.logContact(draft("Bank") { $0.advice = String(repeating: "a", count: 70_000) }, now: t0)
        }
        #expect(throws: JournalError.emptyField(field: "organization name")) { try store.logContact(draft(" "), now: t0) }
        #expect(throws: JournalError.emptyField(field: "promise")) {
            try store.logContact(draft("Bank") { $0.promises = [PromiseDraft(text: "ok", dueAt: t0, dueWords: "now"), PromiseDraft(text: "", dueAt: t0, dueWords: "x")] }, now: t0)
        }
        #expect(try journal.fingerprint() == before)
    }

    @Test("a contact cannot be dated in the future")
    func futureRefused() throws {
        let store = try journal.open()
        #expect(throws: JournalError.self) { try store.logContact(draft("Bank", at: t0.addingTimeInterval(3600)), now: t0) }
    }

    @Test("attachments are copied with their SHA-256, privately, once per content")
    func attachments() throws {
        let store = try journal.open()
        let file = journal.writeFile("聊天记录.txt", "abc")
        let logged = try store.logContact(draft("Bank") { $0.attachmentPaths = [file, file] }, now: t0)
        #expect(logged.attachments.count == 2)
        #expect(logged.attachments[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(logged.attachments[0].originalName == "聊天记录.txt")
        #expect(logged.attachments[0].mediaType == "text/plain")
        #expect(journal.attachmentFiles().filter { !$0.hasSuffix("ba") && $0.count > 3 } == ["ba/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"])
        let stored = journal.location.attachmentsFolder + "/" + journal.attachmentFiles().last!
        let mode = (try FileManager.default.attributesOfItem(atPath: stored)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
    }

    @Test("a failed log removes the attachment copies it made")
    func failedLogLeavesNoFiles() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank"), now: t0)
        let before = try journal.fingerprint()
        let file = journal.writeFile("evidence.png", "png bytes")
        #expect(throws: JournalError.caseNotFound(5)) {
            try store.logContact(draft("Bank") { $0.attachmentPaths = [file]; $0.caseChoice = .existing(5) }, now: t0)
        }
        #expect(throws: JournalError.attachmentMissing(journal.folder + "/missing.png")) {
            try store.logContact(draft("Bank") { $0.attachmentPaths = [file, journal.folder + "/missing.png"] }, now: t0)
        }
        #expect(try journal.fingerprint() == before)
    }
}
