import Foundation
import Testing

/// Issue #23 end to end: `log --due … --at …` through the real binary, in each region's time zone.
@Suite("End to end: time as agents say it (#23)")
struct AgentPhraseCLITests {
    /// (time zone, organization, --due, --at, expected due_at)
    static let rows: [(String, String, String, String, String)] = [
        ("Asia/Shanghai", "中国移动", "3个交易日内", "2026-09-30 10:00", "2026-10-12T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "3个交易日内", "2026-02-13 10:00", "2026-02-26T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "三个工作日内", "2025-09-30 10:00", "2025-10-11T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "国庆后七个工作日", "2026-09-30 10:00", "2026-10-15T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "节后第一个工作日", "2026-09-30 10:00", "2026-10-08T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "周五17:00前", "2026-11-25 10:00", "2026-11-27T17:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "3到5个工作日", "2026-11-25 10:00", "2026-12-02T18:00:00+08:00"),
        ("Asia/Shanghai", "中国移动", "不超过15个工作日", "2026-11-25 10:00", "2026-12-16T18:00:00+08:00"),
        ("Europe/London", "Northway Bank", "7-10 working days", "2026-11-25 10:00", "2026-12-09T18:00:00Z"),
        ("Europe/London", "Northway Bank", "01/12/2026", "2026-11-25 10:00", "2026-12-01T18:00:00Z"),
        ("Europe/London", "Northway Bank", "first thing Monday", "2026-11-25 10:00", "2026-11-30T09:00:00Z"),
        ("Europe/London", "Northway Bank", "by the 15th", "2026-11-25 10:00", "2026-12-15T18:00:00Z"),
        ("America/New_York", "Acme Bank", "01/12/2027", "2026-11-25 10:00", "2027-01-12T18:00:00-05:00"),
        ("Europe/Berlin", "Sparkasse", "15 business days", "2026-12-04 10:00", "2026-12-28T18:00:00+01:00"),
    ]

    @Test("log --due resolves the phrase in the region its time zone names", arguments: rows)
    func logDue(_ zone: String, _ organization: String, _ due: String, _ at: String, _ expected: String) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", organization, "--promise", "x", "--due", due, "--at", at, "--no-input", "--json"],
                               extraEnvironment: ["TZ": zone])
        #expect(result.status == 0, "\(result.stderr)")
        let promises = (result.json as? [String: Any])?["promises"] as? [[String: Any]]
        #expect(promises?.first?["due_at"] as? String == expected, "\(due) at \(at) in \(zone)")
    }

    @Test("region DE-BY counts Bavaria's Fronleichnam (Thu 4 Jun 2026), on the first contact and on later ones")
    func germanState() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["config", "set", "region", "DE-BY"], extraEnvironment: ["TZ": "Europe/Berlin"])
        for at in ["2026-06-03 10:00", "2026-06-03 11:00"] {  // the second finds the organization recorded as DE
            let result = try r.run(["log", "Sparkasse", "--promise", "x", "--due", "1 business day", "--at", at, "--no-input", "--json"],
                                   extraEnvironment: ["TZ": "Europe/Berlin"])
            let promises = (result.json as? [String: Any])?["promises"] as? [[String: Any]]
            #expect(promises?.first?["due_at"] as? String == "2026-06-05T18:00:00+02:00", "\(at): \(result.stderr)")
        }
    }

    @Test("refused words: one line on stderr in the user's language, exit 65, the journal unchanged", arguments: [
        ("尽快", "C.UTF-8", "3 business days"), ("ASAP", "zh_CN.UTF-8", "三个工作日内"),
        ("01/12/2026", "C.UTF-8", "2026-12-01 when the day comes first and 2026-01-12"), ("国庆后七个工作日", "zh_CN.UTF-8", "没有节假日“国庆”"),
    ])
    func refused(_ due: String, _ lang: String, _ expected: String) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "中国移动", "--promise", "x", "--due", "明天", "--at", "2026-11-25 09:00", "--no-input"])
        let before = try r.fingerprint()
        let result = try r.run(["log", "中国移动", "--promise", "x", "--due", due, "--at", "2026-11-25 10:00", "--no-input"],
                               extraEnvironment: ["LANG": lang])
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(try r.fingerprint() == before)
    }

    @Test("a count past the known years warns on a line of its own, and the confirmation stays whole")
    func warningOnItsOwnLine() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "中国移动", "--promise", "x", "--due", "20个工作日内", "--at", "2026-12-04 10:00", "--no-input"])
        #expect(result.status == 0)
        #expect(result.stderrLines.contains { $0.hasPrefix("recourse: warning: calendar CN knows 2020–2026; days in 2027") }, "\(result.stderr)")
        #expect(!result.stdout.contains("warning"))
        #expect(result.stdout.split(separator: "\n").last?.hasSuffix("18:00") == true, "\(result.stdout)")
    }

    @Test("config calendars lists each region and the years it knows")
    func calendarsView() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let text = try r.run(["config", "calendars"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("CN ") && $0.contains("2020–2026") })
        for id in ["GB-ENG", "GB-SCT", "GB-NIR", "US", "DE", "DE-BY"] { #expect(lines.contains { $0.hasPrefix(id + " ") }, "\(id)") }
        #expect(text.stdout.contains("# your region: CN"))
        let json = try #require((try r.run(["config", "calendars", "--json"]).json as? [String: Any])?["calendars"] as? [[String: Any]])
        #expect(json.first { $0["id"] as? String == "CN" }?["years"] as? [Int] == [2020, 2026])
        #expect(json.first { $0["id"] as? String == "GB-SCT" }?["years"] == nil)
        let chinese = try r.run(["config", "calendars"], extraEnvironment: ["LANG": "zh_CN.UTF-8"])
        #expect(chinese.stdout.contains("苏格兰") && chinese.stdout.contains("每年（按规则计算）") && !chinese.stdout.contains("Scotland"))
    }
}
