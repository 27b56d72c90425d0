import Foundation
import Testing

@Suite("cases: a screenful of the most recent, --all for everything")
struct CasesListTests {
    @Test("27 open cases show the 25 most recent and count the rest; --all and --json show all")
    func screenful() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        for index in 1...27 {
            let at = String(format: "2026-11-%02d 10:00", index % 24 + 1)
            #expect(try r.run(["log", "Company \(index)", "--summary", "issue \(index)", "--at", at]).status == 0)
        }
        #expect(try r.run(["case", "close", "1"]).status == 0)
        // Read now, not --as-of: case 1 was closed now, and a past morning would show it open.
        let text = try r.run(["cases"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 25 + 1, "\(text.stdout)")
        #expect(lines.last == "… and 1 more (recourse cases --all)")
        #expect(!text.stdout.contains("[closed]"))

        let all = try r.run(["cases", "--all"])
        #expect(all.stdout.split(separator: "\n").count == 1 + 27)
        #expect(all.stdout.contains("[closed] issue 1"))
        #expect(!all.stdout.contains("more open"))

        let json = try #require(try r.run(["cases", "--json"]).json as? [String: Any])
        #expect((json["cases"] as? [Any])?.count == 26)
    }
}
