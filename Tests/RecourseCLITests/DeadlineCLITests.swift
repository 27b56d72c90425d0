import Foundation
import Testing

/// A due time is never before its contact without a word (issue #15), through the built binary.
@Suite("Due times before the contact")
struct DeadlineCLITests {
    private let call = ["--at", "2026-11-25 10:00", "--no-input"]

    @Test("words already past mean their next occurrence: 三点 at 10:00 is 15:00, 1月5日 is next January")
    func nextOccurrence() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "工商银行", "--promise", "回电", "--due", "三点", "--promise", "退款", "--due", "1月5日", "--json"] + call)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let promises = (result.json as? [String: Any])?["promises"] as? [[String: Any]]
        #expect(promises?.compactMap { $0["due_at"] as? String } == ["2026-11-25T15:00:00+08:00", "2027-01-05T18:00:00+08:00"])
        #expect(((result.json as? [String: Any])?["warnings"] as? [String]) == [])
    }

    @Test("a full date before the contact is kept, with a warning on stderr and in JSON")
    func explicitPastDate() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let warning = "the due time 2026-01-05 18:00 is before the contact at 2026-11-25 10:00; kept as written — check the year"
        let result = try r.run(["log", "工商银行", "--promise", "回电", "--due", "2026-01-05", "--json"] + call)
        #expect(result.status == 0)
        #expect(result.stderr == "recourse: warning: \(warning)\n")
        #expect(((result.json as? [String: Any])?["warnings"] as? [String]) == [warning])
        let promises = (result.json as? [String: Any])?["promises"] as? [[String: Any]]
        #expect(promises?.first?["due_at"] as? String == "2026-01-05T18:00:00+08:00")
    }

    @Test("a past moment the words cannot move is a one-line error, and nothing is written")
    func pastIsRefused() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "工商银行", "--promise", "回电", "--due", "明天"] + call)
        let before = try r.fingerprint()
        let result = try r.run(["log", "工商银行", "--promise", "回电", "--due", "今天早上8点"] + call)
        #expect(result.status == 65)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("'今天早上8点' means 2026-11-25 08:00, before the contact at 2026-11-25 10:00"))
        #expect(try r.fingerprint() == before)
        let extend = try r.run(["promise", "extend", "1", "--due", "上周五"])
        #expect(extend.status == 65 && extend.stderr.contains("'上周五' means ") && extend.stderr.contains("before the contact"))
        #expect(try r.fingerprint() == before)
    }
}
