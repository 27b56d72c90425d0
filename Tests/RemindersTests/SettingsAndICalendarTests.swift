import Foundation
import Testing
@testable import Reminders

@Suite("Settings file")
struct SettingsTests {
    private func load(_ text: String) throws -> Settings {
        let path = NSTemporaryDirectory() + "settings-" + UUID().uuidString
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Settings.load(path: path)
    }

    @Test("values are read, and a missing file means defaults")
    func reads() throws {
        let settings = try load("# mine\nregion = gb-eng\nend-of-day = 17:30\nquiet-days = 10\n")
        #expect(settings.region == "GB-ENG")
        #expect(settings.endOfDay == TimeOfDay(hour: 17, minute: 30))
        #expect(settings.quietDays == 10)
        #expect(try Settings.load(path: "/nonexistent/config") == Settings())
    }

    @Test("bad lines name the file and line", arguments: [
        ("region = \n", ":1:"), ("end-of-day = 25:00\n", "end-of-day '25:00'"), ("quiet-days = -3\n", "quiet-days '-3'"),
        ("colour = blue\n", "unknown setting 'colour'"), ("just words\n", "expected 'key = value'"),
    ])
    func badLine(_ text: String, _ phrase: String) {
        #expect {
            _ = try load(text)
        } throws: { error in
            ((error as? SettingsError)?.errorDescription ?? "").contains(phrase)
        }
    }
}

@Suite("iCalendar text")
struct ICalendarTextTests {
    @Test("text is escaped")
    func escaping() {
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test("lines fold at 75 octets without splitting a character")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "退款", count: 40)
        let folded = ICalendarWriter.fold(line)
        for piece in folded.components(separatedBy: "\r\n") {
            #expect(piece.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test("UTC times")
    func utc() {
        #expect(ICalendarWriter.utc(Date(timeIntervalSince1970: 1_795_500_000)) == "20261124T060000Z")
    }
}
