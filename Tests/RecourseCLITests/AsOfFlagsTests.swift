import Foundation
import Testing

/// Issue #22: `--as-of` and what was kept on a contact (a later mark is undone in ContactFlagTests,
/// where time can be injected), `search` and `export` under a snapshot.
@Suite("--as-of and the marks made later")
struct AsOfFlagsTests {
    @Test("a mark log kept with a contact logged late belongs to the contact from when it took place")
    func markKeptByLog() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "中国银行", "--at", "2026-11-20 10:00", "--summary", "对方说卡被冻结，要我回电", "--impersonation",
                           "--no-input", "--lang", "zh"]).status == 0)
        let then = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00", "--lang", "zh"])
        #expect(then.status == 65, "a fraud case from the call on: \(then.stderr)")
        #expect(try r.run(["show", "1", "--as-of", "2026-11-25 09:00", "--lang", "zh"]).stdout.contains("实为冒充"))
    }

    @Test("search --as-of finds only the contacts that had taken place, and not yet voided, by then")
    func searchAsOf() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "京东", "--at", "2026-11-20 10:00", "--summary", "退款未到账 第一次", "--no-input"]).status == 0)
        #expect(try r.run(["log", "京东", "--case", "1", "--at", "2026-11-27 10:00", "--summary", "退款未到账 第二次", "--no-input"]).status == 0)
        #expect(try r.run(["void", "1", "--reason", "记错了公司"]).status == 0)

        let then = try r.run(["search", "退款未到账", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(then.contains("第一次") && !then.contains("第二次"), "\(then)")
        let now = try r.run(["search", "退款未到账"]).stdout
        #expect(!now.contains("第一次") && now.contains("第二次"), "\(now)")
    }

    @Test("export --as-of: csv and md are snapshots; jsonl, the whole journal, refuses it instead of ignoring it")
    func exportAsOf() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "京东", "--at", "2026-11-20 10:00", "--summary", "退款未到账", "--no-input"]).status == 0)
        let refused = try r.run(["export", "--as-of", "2026-11-25 09:00", "--lang", "zh"])
        #expect(refused.status == 64 && refused.stdout.isEmpty, "\(refused.stderr)")
        #expect(refused.stderr.contains("--as-of 只用于 csv 和 md"), "\(refused.stderr)")
        #expect(try r.run(["export", "--format", "md", "--as-of", "2026-11-25 09:00"]).status == 0)
    }
}
