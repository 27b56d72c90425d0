import Foundation
import Testing

/// `recourse prep CASE` on the demo journal, checked against golden sheets (issue #12).
@Suite("Preparation sheets")
struct PrepCLITests {
    static let goldens: [(String, [String])] = [
        ("prep-1.zh.md", ["prep", "1", "--lang", "zh"]),
        ("prep-2.en.md", ["prep", "2"]),
        ("prep-1.en.txt", ["prep", "1", "--lang", "en", "--format", "txt"]),
    ]

    @Test("the sheets render exactly as the checked-in files, and fit on one screen", arguments: goldens)
    func golden(_ file: String, _ arguments: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        let sheet = try r.run(arguments + ["--as-of", "2026-11-25 09:00"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let expected = try String(contentsOf: DraftTests.golden.appendingPathComponent(file), encoding: .utf8)
        #expect(sheet.stdout == expected)
        #expect(sheet.stdout.split(separator: "\n", omittingEmptySubsequences: false).count <= 40)
        #expect(!sheet.stdout.contains("6222"), "account numbers are masked")
    }

    @Test("a case that does not exist is not found; a bad language is a usage error")
    func errors() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        #expect(try r.run(["prep", "99"]).status == 66)
        #expect(try r.run(["prep", "1", "--lang", "fr"]).status == 64)
    }
}
