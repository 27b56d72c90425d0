import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Spreadsheet contact import: log's own path, one transaction, never twice")
struct SheetImportTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    /// Reads `csv` as an import would, with due words resolved as "three days after the contact".
    func sheet(_ csv: String) throws -> ContactSheetImport {
        try ContactSheetImport(Data(csv.utf8), name: "in.csv", zone: Self.shanghai, infer: { _ in OrganizationInference() },
                               resolveDue: { words, from, _ in
                                   guard words == "三个工作日内" || words == "3 workdays" else { throw JournalError.emptyField(field: "due time") }
                                   return from.addingTimeInterval(3 * 86_400)
                               })
    }

    static let english = """
        Organization,Case title,Occurred at,Channel,Agent,Reference,Summary,Advice,Promise,Due\r
        数字人民币钱包,转账失败,2026-11-16 10:00,phone,工号 1023,CS-88,"转账失败，资金未到账","重启应用",三个工作日内退回,三个工作日内\r
        数字人民币钱包,转账失败,2026-11-18 09:30,微信,,,"再次催办\r\n仍未到账",,,\r
        Northway Bank,,2026-11-20 11:00,email,Agent 7,,"=cmd|' /C calc'!A0",,,\r

        """

    @Test("rows become organizations, cases, contacts and promises with the events log writes")
    func importsLikeLog() throws {
        let store = try journal.open()
        let report = try store.importContactSheet(try sheet(Self.english), now: t0)
        #expect(report.imported.count == 3 && report.skippedLines.isEmpty)
        #expect(report.createdOrganizations == 2 && report.openedCases == 2)
        let timeline = try store.timeline(ofCase: 1)
        #expect(timeline.caseFile.title == "转账失败")
        #expect(timeline.entries.map(\.contact.summary) == ["转账失败，资金未到账", "再次催办\n仍未到账"])
        #expect(timeline.entries[1].contact.channel == .wechat)
        #expect(timeline.entries[0].promises.first?.dueWords == "三个工作日内")
        let bank = try store.timeline(ofCase: 2)
        #expect(bank.entries.first?.contact.summary == "=cmd|' /C calc'!A0")
        let kinds = try store.history(ofCase: 1).map(\.kind)
        #expect(kinds == ["case.opened", "contact.logged", "promise.made", "contact.logged"])
        #expect(try store.verify().isIntact)
    }

    @Test("importing the same file twice adds nothing and changes nothing")
    func twice() throws {
        let store = try journal.open()
        _ = try store.importContactSheet(try sheet(Self.english), now: t0)
        let before = try journal.fingerprint()
        let again = try store.importContactSheet(try sheet(Self.english), now: t0.addingTimeInterval(60))
        #expect(again.imported.isEmpty && again.skippedLines == [2, 3, 5])
        #expect(try journal.fingerprint() == before)
    }

    @Test("a bad row names its line and nothing is written, not even the good rows before it", arguments: [
        ("Organization,Occurred at\nBank,2026-11-16 10:00\nBank,next tuesday\n", SheetError.line(3, .badTime("next tuesday", column: .occurredAt))),
        ("Organization,Occurred at,Channel\nBank,2026-11-16 10:00,pigeon\n", .line(2, .badChannel("pigeon"))),
        ("Organization,Occurred at,Zone\nBank,2026-11-16 10:00,Mars/Base\n", .line(2, .badZone("Mars/Base"))),
        ("Organization,Occurred at,Promise\nBank,2026-11-16 10:00,refund\n", .line(2, .promiseWithoutDue)),
        ("Organization,Occurred at,Due\nBank,2026-11-16 10:00,friday\n", .line(2, .dueWithoutPromise)),
        ("Organization,Occurred at\n,2026-11-16 10:00\n", .line(2, .required(.organization))),
        ("Organization,Occurred at\nBank,2026-11-16 10:00,extra\n", .line(2, .tooManyFields(3, header: 2))),
        ("Organization\nBank\n", .line(1, .missingColumn(.occurredAt))),
        ("Organization,Occurred at,Colour\nBank,2026-11-16 10:00,red\n", .line(1, .unknownColumn("Colour", known: SheetColumn.importColumns.map(\.heading)))),
        ("Organization,机构,Occurred at\nA,B,2026-11-16 10:00\n", .line(1, .duplicateColumn("机构"))),
        ("Organization,Occurred at\n", .noRows(file: "in.csv")),
    ])
    func badRows(csv: String, expected: SheetError) throws {
        let store = try journal.open()
        let before = try journal.fingerprint()
        #expect(throws: expected) { try store.importContactSheet(try sheet(csv), now: t0) }
        #expect(try journal.fingerprint() == before)
    }

    @Test("what the journal refuses inside the transaction (a time in the future) is a line error too, with nothing written")
    func refusedInTransaction() throws {
        let store = try journal.open()
        let before = try journal.fingerprint()
        let csv = "Organization,Occurred at\nBank,2026-11-16 10:00\nBank,2030-01-01 10:00\n"
        #expect { try store.importContactSheet(try sheet(csv), now: t0) } throws: { error in
            guard case .line(3, .refused)? = error as? SheetError else { return false }
            return true
        }
        #expect(try journal.fingerprint() == before)
    }

    @Test("Chinese headings are read as well as English ones")
    func chineseHeadings() throws {
        let store = try journal.open()
        let csv = "\u{FEFF}机构,案件标题,发生时间,渠道,方向,摘要\r\n中国移动,套餐被擅自变更,2026-11-20 16:00,电话,来电,对方来电解释\r\n"
        let report = try store.importContactSheet(try sheet(csv), now: t0)
        #expect(report.imported.count == 1)
        let contact = try #require(try store.timeline(ofCase: 1).entries.first?.contact)
        #expect(contact.direction == .inbound && contact.summary == "对方来电解释")
    }

    @Test("an exported contacts.csv imports into an empty journal with the same contacts, and not again into its own")
    func roundTrip() throws {
        let store = try journal.open()
        for text in [Self.english] { _ = try store.importContactSheet(try sheet(text), now: t0) }
        _ = try store.logContact(draft("Northway Bank", at: t0.addingTimeInterval(-3600)) {
            $0.summary = "-5 fee, \"why?\""; $0.direction = .inbound; $0.address = "+44 20 7946 0000"; $0.outcome = "refused"
            $0.caseChoice = .new(title: "Fees")
        }, now: t0)
        let exported = ContactSheets(cases: try store.sheetCases(caseID: nil), zone: Self.shanghai, redact: false, secrets: [])
        let again = try store.importContactSheet(try sheet(String(decoding: exported.contacts, as: UTF8.self)), now: t0)
        #expect(again.imported.isEmpty)

        let other = TemporaryJournal()
        let empty = try other.open()
        let report = try empty.importContactSheet(try sheet(String(decoding: exported.contacts, as: UTF8.self)), now: t0)
        #expect(report.imported.count == 4)
        func contacts(_ store: JournalStore) throws -> [String] {
            try store.sheetCases(caseID: nil).flatMap { sheetCase in
                sheetCase.timeline.entries.map { entry in
                    let c = entry.contact
                    return [sheetCase.timeline.organization.name, sheetCase.timeline.caseFile.title, "\(c.occurredAt)", c.zone, c.channel.rawValue,
                            c.direction.rawValue, c.address ?? "", c.agent ?? "", c.reference ?? "", c.summary ?? "", c.advice ?? "",
                            c.outcome ?? ""].joined(separator: "|")
                }
            }.sorted()
        }
        #expect(try contacts(empty) == contacts(store))
    }
}
