import Foundation
import Testing

/// Issue #22: what identifies is never cut (references, staff numbers, amounts), file and pipe
/// output is never cut, a cut never falls inside a number; `search` finds organizations; near
/// names are offered; `calendar --output -` writes to standard output with the escalation clocks.
@Suite("Never cut what identifies; names people type; calendar to stdout with clocks")
struct NeverCutTests {
    private func journal() throws -> RecourseProcess {
        let r = RecourseProcess()
        let log = try r.run(["log", "北京京东世纪贸易有限公司", "--ref", "12315202611230000123", "--agent", "工号 20481024",
                             "--summary", "数字人民币转账失败1200元，客服称三个工作日内退回", "--promise", "三个工作日内退回转账失败的1200元",
                             "--due", "三个工作日内", "--at", "2026-11-23 10:00", "--no-input"])
        #expect(log.status == 0, "\(log.stderr)")
        return r
    }

    @Test("agenda to a file or pipe keeps every character of names and references")
    func pipeIsNeverCut() throws {
        let r = try journal()
        defer { r.cleanUp() }
        let agenda = try r.run(["agenda", "--as-of", "2026-11-24 09:00", "--lang", "zh"]).stdout
        #expect(agenda.contains("北京京东世纪贸易有限公司") && agenda.contains("12315202611230000123") && agenda.contains("工号 20481024"), "\(agenda)")
        #expect(agenda.contains("三个工作日内退回转账失败的1200元"), "\(agenda)")
        let cases = try r.run(["cases", "--lang", "zh"]).stdout
        #expect(cases.contains("数字人民币转账失败1200元，客服称三个工作日内退回"), "\(cases)")
    }

    @Test("on an 80-column terminal the reference stays whole and no cell is cut inside a number")
    func narrowTerminal() throws {
        let r = try journal()
        defer { r.cleanUp() }
        for language in ["zh", "en"] {
            let agenda = try r.run(["agenda", "--as-of", "2026-11-24 09:00", "--lang", language], extraEnvironment: ["COLUMNS": "80"]).stdout
            #expect(agenda.contains("12315202611230000123"), "\(language): \(agenda)")
            for line in agenda.split(separator: "\n") { #expect(PromptTests.width(String(line)) <= 80, "\(line)") }
            #expect(!agenda.contains("12…") && !agenda.contains("120…"), "\(agenda)")
            let cases = try r.run(["cases", "--lang", language], extraEnvironment: ["COLUMNS": "60"]).stdout
            #expect(cases.range(of: #"[0-9]…"#, options: .regularExpression) == nil, "a cut inside a number: \(cases)")
        }
    }

    @Test("search finds a case by its organization's name or alias; a near name is offered")
    func searchAndNearNames() throws {
        let r = try journal()
        defer { r.cleanUp() }
        try r.run(["org", "add", "中国移动", "--alias", "China Mobile"])
        try r.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-24 10:00", "--no-input"])
        let search = try r.run(["search", "京东", "--lang", "zh"])
        #expect(search.status == 0 && search.stdout.contains("北京京东世纪贸易有限公司"), "\(search.stdout)\(search.stderr)")
        #expect(try r.run(["search", "China Mobile"]).stdout.contains("套餐被擅自变更"))
        for typed in ["中国移东", "移动", "中國移動"] {
            let logged = try r.run(["log", typed, "--summary", "x", "--at", "2026-11-24 11:00", "--no-input", "--lang", "zh", "--json"])
            #expect(logged.stderr.contains("中国移动"), "\(typed) offers 中国移动: \(logged.stderr)")
        }
    }

    @Test("calendar --output - writes iCalendar to standard output, with the escalation clocks")
    func calendarToStdout() throws {
        let r = try journal()
        defer { r.cleanUp() }
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-25 10:00", "--no-input"])
        let ics = try r.run(["calendar", "--output", "-", "--as-of", "2026-11-26 09:00"])
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR") && !FileManager.default.fileExists(atPath: r.folder + "/-"))
        #expect(ics.stdout.contains("UID:clock-1-"), "a clock event: \(ics.stdout)")
    }

    @Test("bodies shows each hotline whole, even at 80 columns")
    func bodiesShowHotlines() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        for columns in ["80", "200"] {
            let list = try r.run(["bodies", "--lang", "zh"], extraEnvironment: ["COLUMNS": columns]).stdout
            let samr = try #require(list.split(separator: "\n").first { $0.hasPrefix("cn.samr") }, "\(list)")
            #expect(samr.contains("12315"), "\(columns): \(samr)")
            #expect(samr.range(of: #"[0-9]…"#, options: .regularExpression) == nil, "\(samr)")
        }
    }
}
