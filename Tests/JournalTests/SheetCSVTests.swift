import Foundation
import Testing
@testable import Journal

@Suite("Spreadsheet CSV text: RFC 4180, BOM, CRLF, formula cells, encodings")
struct SheetCSVTests {
    @Test("written with a BOM and CRLF; commas, quotes and line breaks quoted")
    func encodes() throws {
        let data = CSVText.encode([["a", "b,c", "say \"hi\"", "two\nlines"], ["转账失败", ""]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n转账失败,\r\n")
    }

    @Test("read back exactly what was written", arguments: [
        [["h1", "h2"], ["x,y", "\"q\""], ["multi\nline", "中文，逗号"]],
        [["only"], [""]],
    ])
    func roundTrip(rows: [[String]]) throws {
        let records = try CSVText.decode(CSVText.encode(rows), name: "t.csv")
        // A row of one empty field is a blank line, which the reader skips.
        #expect(records.map(\.fields) == rows.filter { $0 != [""] })
    }

    @Test("line numbers count the physical lines, quoted line breaks included")
    func lineNumbers() throws {
        let records = try CSVText.decode(Data("h\r\n\"a\r\nb\"\r\n\r\nc\n".utf8), name: "t.csv")
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["a\nb"])
    }

    @Test("cells a spreadsheet would run as formulas get a leading ', and lose it again on import", arguments: [
        ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-5 元", "'-5 元"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("'=x", "''=x"), ("it's", "it's"), ("95566", "95566"), ("转账", "转账"), ("", ""),
    ])
    func formulas(cell: String, written: String) {
        #expect(CSVText.disarm(cell) == written)
        #expect(CSVText.rearm(written) == cell)
    }

    @Test("UTF-16 and GBK files are refused with advice, not read as garbage", arguments: [
        (Data([0xFF, 0xFE, 0x61, 0x00]), SheetError.Encoding.utf16),
        (Data([0x61, 0x00, 0x62, 0x00]), .utf16),
        (Data([0xD7, 0xAA, 0xD5, 0xCB, 0x2C, 0x61]), .legacy),  // "转账" in GBK
    ])
    func encodings(data: Data, expected: SheetError.Encoding) {
        #expect(throws: SheetError.notUTF8(file: "x.csv", looksLike: expected)) { try CSVText.decode(data, name: "x.csv") }
    }

    @Test("an unclosed quote and a stray quote name their line", arguments: [
        ("h\na,\"open\n", SheetError.line(2, .unclosedQuote)),
        ("h\nok\nab\"c\n", .line(3, .strayQuote)),
        ("h\n\"a\"b\n", .line(2, .strayQuote)),
    ])
    func badQuotes(text: String, expected: SheetError) {
        #expect(throws: expected) { try CSVText.decode(Data(text.utf8), name: "x.csv") }
    }

    @Test("the row uuid is a UUIDv5, stable, and changes with any of its parts")
    func rowUUID() {
        let t = Date(timeIntervalSince1970: 1_795_500_000)
        let a = ContactSheetImport.rowUUID(organization: "数字人民币钱包", occurredAt: t, summary: "转账失败")
        #expect(a == ContactSheetImport.rowUUID(organization: " 数字人民币钱包", occurredAt: t.addingTimeInterval(0.5), summary: "转账失败"))
        #expect(a.count == 36 && Array(a)[14] == "5")
        #expect(a != ContactSheetImport.rowUUID(organization: "数字人民币钱包", occurredAt: t.addingTimeInterval(60), summary: "转账失败"))
        #expect(a != ContactSheetImport.rowUUID(organization: "数字人民币钱包", occurredAt: t, summary: nil))
    }

    @Test("spreadsheet times: with an offset, local in a zone, a date alone at noon; nonsense refused", arguments: [
        ("2026-11-16T10:00:00+08:00", 1_794_794_400.0), ("2026-11-16 10:00", 1_794_794_400), ("2026/11/16 10:00:00", 1_794_794_400),
        ("2026-11-16", 1_794_801_600), ("2026-11-16T02:00:00Z", 1_794_794_400),
    ])
    func times(text: String, expected: Double) throws {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        #expect(SheetTime.parse(text, zone: zone)?.date.timeIntervalSince1970 == expected)
    }

    @Test("not times", arguments: ["2026-11-31 10:00", "1899-01-01", "2026-11-16 25:00", "yesterday", "16/11/2026"])
    func notTimes(text: String) {
        #expect(SheetTime.parse(text, zone: TimeZone(identifier: "Asia/Shanghai")!) == nil)
    }

    @Test("an export writes the local wall clock; only the hour a clock goes back gets its offset, so each cell is one instant")
    func writtenTimes() throws {
        let shanghai = TimeZone(identifier: "Asia/Shanghai")!
        #expect(SheetTime.format(Date(timeIntervalSince1970: 1_794_794_400), zone: shanghai) == "2026-11-16 10:00:00")
        let newYork = TimeZone(identifier: "America/New_York")!
        // 1 November 2026, 01:30 happens twice in New York: 05:30 UTC (EDT) and 06:30 UTC (EST).
        let first = Date(timeIntervalSince1970: 1_793_511_000), second = first.addingTimeInterval(3600)
        let written = [first, second].map { SheetTime.format($0, zone: newYork) }
        #expect(written.allSatisfy { $0.hasPrefix("2026-11-01 01:30:00") }, "\(written)")
        #expect(written.filter { $0.count > 19 }.count == 1, "one of the two needs its offset: \(written)")
        for (text, date) in zip(written, [first, second]) { #expect(SheetTime.parse(text, zone: newYork)?.date == date, "\(text)") }
    }

    @Test("a time column's heading names its zone in either language; the zone is read back with the column")
    func zonedHeadings() {
        #expect(SheetColumn.reading("Occurred at (Europe/London)")?.column == .occurredAt)
        #expect(SheetColumn.reading("Occurred at (Europe/London)")?.zone == TimeZone(identifier: "Europe/London"))
        #expect(SheetColumn.reading("期限（Asia/Shanghai）")?.zone == TimeZone(identifier: "Asia/Shanghai"))
        #expect(SheetColumn.reading("Occurred at")?.zone == nil)
        #expect(SheetColumn.reading("Summary (Asia/Shanghai)") == nil, "only a time column names a zone")
        #expect(SheetColumn.reading("Occurred at (Mars/Base)") == nil)
    }
}
