import Foundation
import Testing

/// New deadlines recorded on the call that gave them, and what every view says about them.
@Suite("Extensions as they happen")
struct ExtensionTests {
    /// 数字人民币钱包: promise #1 made by 工号 1023 on Mon 16 Nov, moved by 工号 2210 in a call on Fri 20 Nov.
    private func extended() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["log", "数字人民币钱包", "--agent", "工号 1023", "--ref", "CS-88", "--summary", "转账失败",
                   "--promise", "三个工作日内退回 500.00 元", "--due", "三个工作日内", "--at", "2026-11-16 10:00"])
        let moved = try r.run(["log", "数字人民币钱包", "--agent", "工号 2210", "--ref", "CS-17", "--summary", "催办",
                               "--extends", "1", "--due", "3天后", "--at", "2026-11-20 14:30"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("Promise #1 extended: now promise #2 due Mon 23 Nov 18:00 (was Thu 19 Nov 18:00)"), "\(moved.stdout)")
        return r
    }

    @Test("log --extends records the new deadline on that call: overdue names its agent, reference and when it moved")
    func logExtends() throws {
        let r = try extended()
        defer { r.cleanUp() }
        let json = try #require((try r.run(["overdue", "--json", "--as-of", "2026-11-25 09:00"]).json as? [String: Any])?["overdue"] as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json[0]["agent"] as? String == "工号 2210")
        #expect(json[0]["reference"] as? String == "CS-17")
        #expect(json[0]["moved_by"] as? String == "工号 2210")
        #expect(json[0]["moved_at"] as? String == "2026-11-20T14:30:00+08:00")
        #expect(json[0]["slips"] as? Int == 1)
        let text = try r.run(["overdue", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(text.contains("1× Fri 20 Nov 14:30 工号 2210"), "\(text)")

        let show = try r.run(["show", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(show.contains("moved Fri 20 Nov 14:30 on contact #2 (工号 2210) → #2"), "\(show)")
        let draft = try r.run(["draft", "complaint", "1", "--lang", "en", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(draft.contains("moved the deadline once: on 20 Nov by 工号 2210 to 23 Nov"), "\(draft)")
        let agenda = try r.run(["agenda", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(agenda.contains("1× Fri 20 Nov 14:30 工号 2210"))
    }

    @Test("promise extend --contact --at does the same later; a contact of another case is refused")
    func extendLater() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--agent", "Ann", "--promise", "refund", "--due", "2026-11-20", "--at", "2026-11-16 10:00"])
        try r.run(["log", "Bank", "--agent", "Bob", "--at", "2026-11-19 15:00"])
        try r.run(["log", "Other", "--at", "2026-11-19 16:00"])
        let before = try r.fingerprint()
        let wrong = try r.run(["promise", "extend", "1", "--due", "friday", "--contact", "3"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr == "recourse: contact #3 is not on case #1, where promise #1 was made; give a contact of that case\n")
        #expect(try r.fingerprint() == before)

        let later = try r.run(["promise", "extend", "1", "--due", "3 days", "--contact", "2"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout == "Promise #1 extended: now promise #2 due Sun 22 Nov 18:00 (was Fri 20 Nov 18:00)\n", "counted from the call, not from now")
        let json = try #require((try r.run(["overdue", "--json", "--as-of", "2026-11-30 09:00"]).json as? [String: Any])?["overdue"] as? [[String: Any]])
        #expect(json[0]["agent"] as? String == "Bob")
        #expect(json[0]["moved_at"] as? String == "2026-11-19T15:00:00+08:00", "the moment of the call that moved it")
    }

    @Test("a command on a superseded promise names the current one, and acts on it with --current")
    func superseded() throws {
        let r = try extended()
        defer { r.cleanUp() }
        let before = try r.fingerprint()
        let refused = try r.run(["promise", "broken", "1"])
        #expect(refused.status == 65)
        #expect(refused.stderr == "recourse: promise #1 was extended; the current one is promise #2; give #2 instead (promise commands also take --current)\n")
        #expect(try r.fingerprint() == before)
        let viaLog = try r.run(["log", "数字人民币钱包", "--extends", "1", "--due", "friday", "--at", "2026-11-25 09:00"])
        #expect(viaLog.status == 65)
        #expect(viaLog.stderr.contains("the current one is promise #2"), "log --extends on a moved promise names the current one")
        #expect(try r.fingerprint() == before)
        let current = try r.run(["promise", "broken", "1", "--current"])
        #expect(current.stdout == "Promise #2 broken: 三个工作日内退回 500.00 元\n")
        let again = try r.run(["promise", "kept", "1", "--current"])
        #expect(again.stderr == "recourse: promise #1 was extended; the current one, promise #2, is already broken\n")
    }

    @Test("tables fit COLUMNS, shortening free text with …; long agenda lines wrap")
    func width() throws {
        let r = try extended()
        defer { r.cleanUp() }
        try r.run(["org", "add", "数字人民币钱包", "--jurisdiction", "CN"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-21"])
        for command in [["cases"], ["overdue"], ["agenda"], ["org", "list"]] {
            let result = try r.run(command + ["--as-of", "2026-11-25 09:00"], extraEnvironment: ["COLUMNS": "80"])
            #expect(result.status == 0)
            for line in result.stdout.split(separator: "\n") {
                #expect(PromptTests.width(String(line)) <= 80, "\(command): \(line)")
            }
        }
        let wide = try r.run(["overdue", "--as-of", "2026-11-25 09:00"], extraEnvironment: ["COLUMNS": "70"]).stdout
        #expect(wide.contains("…"), "the promise text is shortened: \(wide)")
        let agenda = try r.run(["agenda", "--as-of", "2026-11-25 09:00"], extraEnvironment: ["COLUMNS": "80"]).stdout
        let clock = agenda.split(separator: "\n").drop { !$0.hasPrefix("Escalation clocks") }.dropFirst().prefix(2)
        #expect(clock.count == 2 && clock.last!.hasPrefix("      "), "a clock line continues indented: \(agenda)")
        let unlimited = try r.run(["agenda", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(unlimited.split(separator: "\n").contains { PromptTests.width(String($0)) > 80 }, "without COLUMNS and a terminal, lines stay whole")
    }

    @Test("an extension logged with an attachment keeps the history chain whole")
    func extensionWithAttachment() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Acme", "--promise", "refund", "--due", "2026-11-20", "--at", "2026-11-16 10:00"])
        let logged = try r.run(["log", "Acme", "--extends", "1", "--due", "2026-11-27", "--attach", r.write("a.txt", "chat"),
                                "--at", "2026-11-19 15:00"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let verify = try r.run(["verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
