import Foundation
import GRDB
import Testing

/// Issue #22: a past `--as-of` snapshot shows organizations and cases as they stood then, not as
/// later `org edit`, `case edit`, `case close` and `case reopen` left them, and a draft of a past
/// morning quotes the chain head the journal had then.
extension AsOfReplayTests {
    /// A firm renamed, re-kinded and given a postal address; the case retitled, given an amount
    /// and a statement date, closed and reopened, each on its own day.
    static let editStory: [(at: String, arguments: [String])] = [
        ("2026-09-20 10:00", ["log", "京东", "--summary", "订单退款未到账", "--ref", "2026092019200088",
                              "--promise", "退回货款", "--due", "2026-09-30", "--no-input"]),
        ("2026-09-22 09:00", ["org", "edit", "1", "--name", "京东商城", "--kind", "platform", "--jurisdiction", "CN",
                              "--address", "北京市大兴区科创十一街18号"]),
        ("2026-09-24 09:00", ["case", "edit", "1", "--title", "订单 1088 退款未到账", "--amount", "950元",
                              "--category", "delivery", "--statement-date", "2026-09-23"]),
        ("2026-09-26 09:00", ["org", "add", "京东商城", "--kind", "shop", "--jurisdiction", "HK"]),
        ("2026-09-27 09:00", ["case", "close", "1", "--note", "以为已退款"]),
        ("2026-09-29 09:00", ["case", "reopen", "1", "--note", "并未到账"]),
        ("2026-10-01 10:00", ["log", "京东", "--summary", "再次催办", "--no-input"]),
    ]

    /// Every read that honours `--as-of` and names the organization or the case.
    private func editViews(_ r: RecourseProcess, asOf: String) throws -> [String: String] {
        var out: [String: String] = [:]
        let views: [(String, [String])] = [
            ("agenda", ["agenda", "--days", "3"]), ("agenda-json", ["agenda", "--json"]), ("cases", ["cases", "--all"]),
            ("cases-json", ["cases", "--all", "--json"]), ("show", ["show", "1"]), ("orgs", ["org", "list"]),
            ("draft", ["draft", "complaint", "1"]), ("markdown", ["export", "--format", "md", "--no-redact"]),
            ("prep", ["prep", "1"]), ("overdue", ["overdue"]),
        ]
        for (name, arguments) in views {
            let result = try r.run(arguments + ["--as-of", asOf, "--lang", "zh"])
            // Uuids are random in each journal, and a draft's chain head is each journal's own.
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("\"uuid\"") && !$0.contains("SHA-256") && !$0.contains("verify --head") }
            out[name] = result.status == 0 ? lines.joined(separator: "\n") : "exit \(result.status): \(result.stderr)"
        }
        return out
    }

    @Test("organization and case edits, a close and a reopen are undone in a past snapshot, replayed day by day")
    func editsDayByDay() throws {
        let full = RecourseProcess()
        defer { full.cleanUp() }
        for step in Self.editStory {
            let result = try full.run(step.arguments + ["--at", step.at])
            #expect(result.status == 0, "\(step.arguments): \(result.stderr)")
        }
        let mornings = ["2026-09-21 08:30", "2026-09-23 08:30", "2026-09-25 08:30", "2026-09-26 18:00", "2026-09-28 08:30",
                        "2026-09-30 08:30", "2026-10-02 08:30"]
        for morning in mornings {
            let partial = RecourseProcess()
            defer { partial.cleanUp() }
            for step in Self.editStory where step.at < morning {
                let result = try partial.run(step.arguments + ["--at", step.at])
                #expect(result.status == 0, "\(step.arguments): \(result.stderr)")
            }
            let expected = try editViews(partial, asOf: morning)
            let seen = try editViews(full, asOf: morning)
            for name in expected.keys.sorted() {
                #expect(seen[name] == expected[name], "\(morning) \(name):\n--- replayed ---\n\(expected[name] ?? "")\n--- as of ---\n\(seen[name] ?? "")")
            }
        }
        // The story's own reading: on 21 September the firm was 京东 with no address and the case untitled and without an amount.
        let before = try full.run(["show", "1", "--as-of", "2026-09-21 08:30", "--lang", "zh"]).stdout
        #expect(before.contains("京东") && !before.contains("京东商城") && !before.contains("950") && !before.contains("1088"), "\(before)")
        let letter = try full.run(["draft", "complaint", "1", "--as-of", "2026-09-21 08:30", "--lang", "zh"]).stdout
        #expect(!letter.contains("京东商城") && !letter.contains("科创十一街"), "\(letter)")
        let later = try full.run(["draft", "complaint", "1", "--as-of", "2026-09-25 08:30", "--lang", "zh"]).stdout
        #expect(later.contains("京东商城") && later.contains("科创十一街"), "\(later)")
        // Closed on the 27th, reopened on the 29th: the 28th's list shows it closed, and no promise of it is due.
        for (morning, status) in [("2026-09-28 08:30", "closed"), ("2026-09-30 08:30", "open")] {
            let list = try #require(try full.run(["cases", "--all", "--json", "--as-of", morning]).json as? [String: Any])
            let first = try #require((list["cases"] as? [[String: Any]])?.first?["case"] as? [String: Any])
            #expect(first["status"] as? String == status && first["title"] as? String == "订单 1088 退款未到账", "\(morning): \(first)")
        }
    }

    /// Two imports of a spreadsheet, each recorded on its own day (`import --at`).
    private func twoImports(_ r: RecourseProcess) throws {
        let first = r.write("first.csv", "Organization,Occurred at,Summary\r\n京东,2026-10-30 10:00,退款未到账\r\n")
        let second = r.write("second.csv", "Organization,Occurred at,Summary\r\n京东,2026-11-04 10:00,再次催办\r\n")
        #expect(try r.run(["import", first, "--at", "2026-11-01 10:00"]).status == 0)
        #expect(try r.run(["import", second, "--at", "2026-11-05 10:00"]).status == 0)
    }

    private func quotedHead(_ draft: String) -> String? {
        draft.split(separator: "\n").first { $0.hasPrefix("To check it later: recourse verify --head ") }
            .map { String($0.split(separator: " ").last!) }
    }

    @Test("a draft of a past moment quotes the chain head the journal had then, which verify --head finds")
    func fingerprintAsOf() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try twoImports(r)
        let queue = try DatabaseQueue(path: r.journal)
        let (headThen, headNow) = try queue.read { db in
            (try String.fetchOne(db, sql: "SELECT hash FROM event WHERE at <= ? ORDER BY id DESC LIMIT 1",
                                 arguments: [Int64(Date(timeIntervalSince1970: 1_793_599_200).timeIntervalSince1970)]),  // 2026-11-02 14:00 +08:00
             try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1"))
        }
        try queue.close()
        let then = try #require(headThen), now = try #require(headNow)
        #expect(then != now)
        let past = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-02 14:00", "--lang", "en"])
        #expect(quotedHead(past.stdout) == then, "\(past.stdout)\n\(past.stderr)")
        #expect(quotedHead(try r.run(["draft", "complaint", "1", "--lang", "en"]).stdout) == now)
        let check = try r.run(["verify", "--head", then])
        #expect(check.status == 0 && check.stdout.contains("event(s) were recorded after it"), "\(check.stdout)")
        // Before anything was recorded the chain was empty: the genesis head, said as such by verify.
        let empty = try r.run(["draft", "evidence", "1", "--as-of", "2026-10-31 08:00", "--lang", "en"]).stdout
        #expect(empty.contains(String(repeating: "0", count: 64)), "\(empty)")
    }
}

/// Issue #22: the CSV import template writes times as an export does — local time to the second,
/// the zone named once in the heading — and imports as it is; the older form still imports.
@Suite("import --template csv: times as an export writes them")
struct TemplateTimeTests {
    @Test("the template's time columns name the user's zone and its example time is the export's form")
    func templateTimes() throws {
        for (language, heading) in [("C.UTF-8", "Occurred at (Asia/Shanghai)"), ("zh_CN.UTF-8", "发生时间（Asia/Shanghai）")] {
            var r = RecourseProcess()
            defer { r.cleanUp() }
            r.environment["LANG"] = language
            let template = try r.run(["import", "--template", "csv"]).stdout
            let rows = template.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let column = try #require(rows.first?.firstIndex(of: heading), "\(template)")
            #expect(rows[1][column] == "2026-11-16 10:00:00", "\(template)")
            let imported = try r.run(["import", r.write("template.csv", template), "--json"])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try r.run(["show", "1", "--lang", "en"]).stdout.contains("16 Nov"), "the example row's time is read back")
            // The older form: no zone in the heading, a time without seconds.
            let old = try r.run(["import", r.write("old.csv", "Organization,Occurred at,Summary\r\nBank,2026-11-17 10:00,older form\r\n")])
            #expect(old.status == 0, "\(old.stderr)")
        }
    }
}
