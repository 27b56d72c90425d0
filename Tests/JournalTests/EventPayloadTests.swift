import Foundation
import GRDB
import Testing
@testable import Journal

/// `log` writes its history events from the values it inserted (no read-back, no `JSONEncoder`).
/// Events already in journals were hashed over what the old path wrote, so the new text must be
/// byte-identical to it: these tests hold the two side by side, and replay a journal written by
/// the old code.
@Suite("Event payloads and row digests written from values equal the encoder's and the stored row's")
struct EventPayloadTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    static let awkwardTexts = [
        "plain", "", " ", "引号\"和\\反斜杠", "a/b/c https://bank.example/x?y=1", "line\nbreak\r\ttab",
        "\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}", "emoji 💳👨‍👩‍👧 e\u{301}", "\u{2028}\u{2029}\u{FEFF}", "'single' <tag> & %s %@",
    ]

    @Test("a contact's payload equals JSONEncoder's for awkward text", arguments: awkwardTexts)
    func contactPayload(text: String) throws {
        let contact = Contact(id: 7, uuid: newUUID(), caseId: 3, occurredAt: t0, recordedAt: t0.addingTimeInterval(59),
                              zone: "Europe/London", channel: .wechat, direction: .inbound, address: text, agent: text,
                              reference: nil, durationSeconds: 0, summary: text, advice: nil, outcome: text)
        #expect(EventPayload.json(contact.storedColumns) == (try EventLog.encode(contact)))
    }

    @Test("instants before 1970, on leap days and far ahead format as ISO8601DateFormatter does",
          arguments: [-86_400 * 365 * 30 - 1, -1, 0, 951_782_400, 1_795_500_000, 4_102_444_799, 253_402_300_799] as [Int64])
    func instants(seconds: Int64) {
        let date = Date(timeIntervalSince1970: Double(seconds))
        #expect(EventPayload.iso8601(seconds) == ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: .withInternetDateTime))
    }

    @Test("every record type: payload equals the encoder's, digest equals the stored row's")
    func everyRecordType() throws {
        let store = try journal.open()
        let file = journal.writeFile("报销 receipt.pdf", "%PDF-1.4")
        _ = try store.addOrganization(OrganizationDraft(name: "Northway Bank", aliases: ["北路银行"], officialChannels: ["phone:0800 123"]), now: t0)
        let logged = try store.logContact(draft("Northway Bank") {
            $0.summary = "double charge \"£84.99\"\nsecond line"; $0.agent = "Li/王"; $0.reference = "REF-1"; $0.durationSeconds = 300
            $0.address = "0800 123"; $0.attachmentPaths = [file]
            $0.promises = [PromiseDraft(text: "refund", dueAt: t0.addingTimeInterval(86_400), dueWords: "tomorrow"),
                           PromiseDraft(text: "call back", dueAt: t0.addingTimeInterval(7200), dueWords: "in 2 hours")]
        }, now: t0)
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.read { db in
            func check<R: StoredRecord>(_ type: R.Type) throws {
                for record in try R.fetchAll(db, sql: "SELECT * FROM \(R.databaseTableName) ORDER BY id") {
                    let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(R.databaseTableName) WHERE id = ?", arguments: [record.id]))
                    #expect(record.rowDigest == RowDigest.of(row), "\(R.databaseTableName) #\(record.id!)")
                    #expect(EventPayload.json(record.storedColumns) == (try EventLog.encode(record)), "\(R.databaseTableName)")
                }
            }
            try check(Organization.self); try check(OrganizationAlias.self); try check(OfficialChannel.self)
            try check(CaseFile.self); try check(Contact.self); try check(Promise.self); try check(Attachment.self)
        }
        // The events log wrote carry what the old path (encoder, read-back digest) would have written.
        try queue.read { db in
            let events = try JournalEvent.fetchAll(db, sql: "SELECT * FROM event WHERE kind IN ('case.opened', 'contact.logged', 'promise.made', 'attachment.added') ORDER BY id")
            #expect(events.map(\.kind) == ["case.opened", "contact.logged", "promise.made", "promise.made", "attachment.added"])
            let tables = ["case": "case_file", "contact": "contact", "promise": "promise", "attachment": "attachment"]
            for event in events {
                let table = try #require(tables[event.entity])
                #expect(event.digests == (try RowDigest.json(db, rows: [(table, event.entityId)])))
                let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE id = ?", arguments: [event.entityId]))
                let reencoded: String = switch table {
                case "case_file": try EventLog.encode(CaseFile(row: row))
                case "contact": try EventLog.encode(Contact(row: row))
                case "promise": try EventLog.encode(Promise(row: row))
                default: try EventLog.encode(Attachment(row: row))
                }
                #expect(event.payload == reencoded)
                #expect(event.hash == EventLog.hash(of: event))
            }
        }
        #expect(logged.promises.count == 2)
        #expect(try store.verify().isIntact)
    }

    /// `Tests/Fixtures/journal-before-i13.sqlite`: a journal written by the release binary before
    /// this change (`log` with quotes, a line break, a tab, a slash, a backslash, an emoji and a
    /// combining accent; promises; an attachment; `--new-case`; `promise extend`; `correct`).
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/journal-before-i13.sqlite").path

    @Test("a journal written before verifies, its stored payloads and digests are what the new path writes, and it keeps verifying after new writes")
    func journalWrittenBefore() throws {
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: journal.location.path)
        let queue = try DatabaseQueue(path: journal.location.path)
        try queue.read { db in
            let events = try JournalEvent.fetchAll(db, sql: "SELECT * FROM event WHERE kind IN ('organization.created', 'case.opened', 'contact.logged', 'promise.made', 'attachment.added') ORDER BY id")
            #expect(events.count >= 8)
            for event in events {
                let record: any StoredRecord = switch event.kind {
                case "organization.created": try #require(try Organization.fetchOne(db, key: event.entityId))
                case "case.opened": try #require(try CaseFile.fetchOne(db, key: event.entityId))
                case "contact.logged": try #require(try Contact.fetchOne(db, key: event.entityId))
                case "promise.made": try #require(try Promise.fetchOne(db, key: event.entityId))
                default: try #require(try Attachment.fetchOne(db, key: event.entityId))
                }
                // Rows a later event changed (a correction, an extension) no longer match their first event.
                let laterChange = try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE id > ? AND entity = ? AND entity_id = ?",
                                                   arguments: [event.id, event.entity, event.entityId]) ?? 0
                guard laterChange == 0 else { continue }
                #expect(EventPayload.json(record.storedColumns) == event.payload, "event #\(event.id!)")
                let key = "\(type(of: record).databaseTableName):\(event.entityId)"
                #expect(RowDigest.json([(key, RowDigest.of(record.storedColumns.map { ($0.name, $0.value.databaseValue) }))]) == event.digests)
            }
        }
        try queue.close()
        let store = try journal.open()
        // The fixture keeps the SQLite file only, not its evidence file: only the records are judged here.
        #expect(try store.verify().problems.filter { !$0.isEvidence }.isEmpty)
        _ = try store.logContact(draft("工商银行") {
            $0.summary = "新的记录 after the change"
            $0.promises = [PromiseDraft(text: "回电", dueAt: t0.addingTimeInterval(3600), dueWords: "一小时内")]
        }, now: t0.addingTimeInterval(86_400))
        _ = try store.logContact(draft("A brand new company"), now: t0.addingTimeInterval(86_400))
        let problems = try store.verify().problems.filter { !$0.isEvidence }
        #expect(problems.isEmpty, "\(problems)")
    }
}
