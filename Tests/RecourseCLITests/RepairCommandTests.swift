import Foundation
import Testing

/// Issue #22: a new user's ordinary mistakes — a call under the wrong company, a mistyped due
/// time, a forgotten screenshot, an entry that should not exist — repaired from the binary, each
/// repair in the history, and the letter showing none of the mistakes.
@Suite("Repair commands: void, move, attach, promise correct")
struct RepairCommandTests {
    /// A 京东 case with a promise, and a call logged by mistake under 中国移动.
    private func story() throws -> RecourseProcess {
        let r = RecourseProcess()
        try expectOK(r.run(["log", "京东", "--summary", "退款未到账，客服称会处理", "--agent", "工号 1023", "--ref", "JD2026110200017",
                            "--at", "2026-11-02 10:00", "--promise", "退回货款 950 元", "--due", "三个工作日内"]))
        try expectOK(r.run(["log", "中国移动", "--summary", "京东客服回电，说退款已提交", "--agent", "工号 9999",
                            "--at", "2026-11-03 15:00"]))
        return r
    }

    private func expectOK(_ result: RecourseProcess.Result, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("the Done-when story in Chinese: move, correct the due, attach, void — the letter shows none of the mistakes")
    func doneWhenStoryZh() throws {
        let r = try story()
        defer { r.cleanUp() }
        let zh = ["--lang", "zh"]
        // The call logged under the wrong company goes to the 京东 case.
        let moved = try r.run(["move", "2", "--case", "1", "--reason", "记错了公司"] + zh)
        try expectOK(moved)
        #expect(moved.stdout.contains("已把联系 #2 从案件 #1") == false)
        #expect(moved.stdout.contains("已把联系 #2 从案件 #2 移到案件 #1"), "\(moved.stdout)")
        // A wrong due: 48小时内 counts from the call of 2 November 10:00, not from now.
        let corrected = try r.run(["promise", "correct", "1", "--due", "48小时内", "--reason", "我记错了"] + zh)
        try expectOK(corrected)
        #expect(corrected.stdout.contains("11-04 10:00") || corrected.stdout.contains("11月4日"), "\(corrected.stdout)")
        // A forgotten screenshot, added later.
        let shot = r.write("截图.png", "PNG bytes")
        let attached = try r.run(["attach", "1", shot] + zh)
        try expectOK(attached)
        #expect(attached.stdout.contains("补充 1 个文件"), "\(attached.stdout)")
        // An entry that should not exist.
        try expectOK(r.run(["log", "京东", "--case", "1", "--summary", "测试记录（误记）", "--agent", "工号 0000", "--at", "2026-11-04 09:00"]))
        let voided = try r.run(["void", "3", "--reason", "误记"] + zh)
        try expectOK(voided)
        #expect(voided.stdout.contains("已作废联系 #3"), "\(voided.stdout)")

        let letter = try r.run(["draft", "complaint", "1"] + zh)
        try expectOK(letter)
        #expect(letter.stdout.contains("京东客服回电"), "the moved call is in the 京东 letter")
        #expect(!letter.stdout.contains("工号 0000") && !letter.stdout.contains("误记"), "\(letter.stdout)")
        #expect(!letter.stdout.contains("延期") && !letter.stdout.contains("我记错了"), "\(letter.stdout)")
        #expect(letter.stdout.contains("48小时内"), "\(letter.stdout)")
        let evidence = try r.run(["draft", "evidence", "1"] + zh)
        #expect(evidence.stdout.contains("截图.png") && evidence.stdout.contains("补充入档"), "\(evidence.stdout)")

        // The history keeps every repair; the wrong company's case no longer counts the call.
        let history = try r.run(["show", "1", "--history"] + zh).stdout
        for kind in ["联系移入", "更正 承诺 #1", "添加证据", "作废联系"] { #expect(history.contains(kind), "\(kind): \(history)") }
        #expect(try r.run(["show", "2", "--history"] + zh).stdout.contains("联系移出"))
        let cases = (try r.run(["cases", "--json"]).json as? [String: Any])?["cases"] as? [[String: Any]] ?? []
        let counts = Dictionary(uniqueKeysWithValues: cases.compactMap { c -> (Int, Int)? in
            guard let id = (c["case"] as? [String: Any])?["id"] as? Int else { return nil }
            return (id, c["contact_count"] as? Int ?? -1)
        })
        #expect(counts[1] == 2, "two real calls on 京东, the voided one not counted: \(cases)")
        #expect(counts[2] == 0, "\(cases)")
    }

    @Test("in English: the correction is never shown as the firm's extension, and the agenda forgets a voided call's promise")
    func englishCorrectionAndVoid() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try expectOK(r.run(["log", "Northway Bank", "--summary", "Duplicate card payment", "--at", "2026-11-02 10:00",
                            "--promise", "refund the duplicate", "--due", "2026-11-20"]))
        try expectOK(r.run(["log", "Northway Bank", "--summary", "Logged twice by mistake", "--at", "2026-11-02 10:05",
                            "--promise", "call back", "--due", "2026-11-03"]))
        try expectOK(r.run(["promise", "correct", "1", "--due", "48h", "--lang", "en"]))
        let promise = try r.run(["show", "1", "--json"]).stdout
        #expect(promise.contains("48h"))
        try expectOK(r.run(["void", "2", "--reason", "typed twice", "--lang", "en"]))
        let agenda = try r.run(["agenda", "--lang", "en"]).stdout
        #expect(agenda.contains("refund the duplicate"), "\(agenda)")
        #expect(!agenda.contains("call back"), "\(agenda)")
        let letter = try r.run(["draft", "complaint", "1", "--lang", "en"]).stdout
        #expect(!letter.contains("Logged twice") && !letter.lowercased().contains("extended") && !letter.contains("moved"), "\(letter)")
        #expect(letter.contains("48h"), "\(letter)")
    }

    @Test("bad repairs are refused with one line, a documented code, and the journal untouched")
    func refusals() throws {
        let r = try story()
        defer { r.cleanUp() }
        let before = try r.fingerprint()
        let cases: [([String], Int32, String)] = [
            (["void", "99", "--reason", "x"], 66, "#99"),
            (["void", "1"], 64, "--reason"),
            (["void", "1", "--reason", " "], 65, "reason"),
            (["move", "1"], 64, "--case"),
            (["move", "1", "--case", "1"], 65, "#1"),
            (["move", "1", "--case", "7"], 66, "#7"),
            (["move", "1", "--case", "2", "--new-case", "x"], 64, "--new-case"),
            (["attach", "1", r.folder + "/missing.png"], 66, "missing.png"),
            (["promise", "correct", "1"], 64, "--due"),
            (["promise", "correct", "9", "--due", "48h"], 66, "#9"),
        ]
        for (arguments, status, needle) in cases {
            let result = try r.run(arguments + ["--lang", "en"])
            #expect(result.status == status, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(needle), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(try r.fingerprint() == before)
        try expectOK(r.run(["void", "2", "--reason", "wrong"]))
        let twice = try r.run(["void", "2", "--reason", "again", "--lang", "zh"])
        #expect(twice.status == 65 && twice.stderr.contains("联系 #2 已作废"), "\(twice.stderr)")
    }

    @Test("on a terminal, log offers 'this call moved promise #N?' and records the answer as the firm's extension")
    func logOffersToMovePendingPromise() throws {
        let r = try story()
        defer { r.cleanUp() }
        let environment = r.environment.merging(["TERM": "xterm", "LANG": "zh_CN.UTF-8"]) { $1 }
        let t = try PseudoTerminal(["log", "京东", "--case", "1", "--at", "2026-11-05 10:00", "--via", "phone", "--number", "950618",
                                    "--agent", "工号 2048", "--ref", "JD2026110500002", "--summary", "客服说再等等", "--advice", "耐心等待"],
                                   environment: environment, columns: 100)
        try t.expect("对方承诺了什么")
        t.send("\n")
        try t.expect("这次联系是否改了承诺 #1")
        t.send("y\n")
        try t.expect("承诺 #1 的新期限")
        t.send("两个工作日内\n")
        try t.expect("保存这条记录吗")
        t.send("y\n")
        #expect(try t.finish() == 0, "\(t.transcript)")
        let show = try r.run(["show", "1", "--lang", "zh"]).stdout
        #expect(show.contains("两个工作日内"), "\(show)")
        #expect(try r.run(["show", "1", "--history", "--lang", "zh"]).stdout.contains("承诺改期"))
    }
}
