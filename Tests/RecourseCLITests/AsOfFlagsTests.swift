import Foundation
import Testing

/// Issue #22: a contact marked as an impersonation later (`correct --impersonation`) was not yet a
/// fraud case's on an earlier morning, so `--as-of` that morning drafts the complaint the user
/// could have sent then and shows no mark that did not exist yet.
@Suite("--as-of and the marks made later")
struct AsOfFlagsTests {
    @Test("a mark made after the snapshot's moment is not in it: no fraud refusal, no mark on show or agenda")
    func markMadeLater() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["log", "中国银行", "--at", "2026-11-20 10:00", "--summary", "对方说卡被冻结，要我回电", "--promise", "回电",
                           "--due", "2026-11-30 18:00", "--no-input", "--lang", "zh"]).status == 0)
        // Marked with the real clock, which is after 25 Nov 2026 whenever this runs.
        #expect(try r.run(["correct", "1", "--impersonation", "--lang", "zh"]).status == 0)

        let before = "2026-11-25 09:00"
        let then = try r.run(["draft", "complaint", "1", "--as-of", before, "--lang", "zh"])
        #expect(then.status == 0, "not yet a fraud case on 25 Nov: \(then.stderr)")
        #expect(try r.run(["draft", "complaint", "1", "--lang", "zh"]).status == 65, "a fraud case now")

        let mark = "实为冒充"
        #expect(!(try r.run(["show", "1", "--as-of", before, "--lang", "zh"]).stdout.contains(mark)))
        #expect(try r.run(["show", "1", "--lang", "zh"]).stdout.contains(mark))
        #expect(!(try r.run(["agenda", "--as-of", before, "--lang", "zh"]).stdout.contains("冒充")))
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
