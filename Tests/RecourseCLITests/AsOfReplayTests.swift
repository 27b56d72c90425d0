import Foundation
import Testing

/// Issue #22: `--as-of` is a snapshot of the world at that moment. A journal is replayed day by
/// day: for each morning, a journal holding only what had happened by then must read exactly like
/// the full journal seen `--as-of` that morning (agenda, overdue, cases, show, calendar).
@Suite("--as-of: a past morning as it was, replayed day by day")
struct AsOfReplayTests {
    /// Six weeks of a story, each step with the moment it happened (Asia/Shanghai).
    static let story: [(at: String, arguments: [String])] = [
        ("2026-09-20 10:00", ["log", "京东", "--summary", "订单退款未到账", "--ref", "2026092019200088", "--agent", "工号 1023",
                              "--promise", "退回货款", "--due", "2026-09-30", "--no-input"]),
        ("2026-09-25 15:00", ["log", "中国移动", "--summary", "多扣流量费", "--promise", "核查后回电", "--due", "三个工作日内", "--no-input"]),
        ("2026-10-09 11:00", ["log", "京东", "--summary", "再次催办", "--extends", "1", "--due", "2026-10-15", "--no-input"]),
        ("2026-10-12 09:00", ["promise", "kept", "2"]),
        ("2026-10-16 09:30", ["promise", "broken", "3"]),
        ("2026-10-20 14:00", ["escalate", "1", "--to", "company", "--no-input"]),
        ("2026-11-05 10:00", ["escalation", "respond", "1"]),
    ]

    /// Runs each step with its own `--at`, as it would have been typed that day.
    private func replay(_ steps: ArraySlice<(at: String, arguments: [String])>, into r: RecourseProcess) throws {
        for step in steps {
            let result = try r.run(step.arguments + ["--at", step.at])
            #expect(result.status == 0, "\(step.arguments): \(result.stderr)")
        }
    }

    private func views(_ r: RecourseProcess, asOf: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for (name, arguments) in [("agenda", ["agenda", "--days", "3"]), ("overdue", ["overdue"]), ("cases", ["cases", "--all"]),
                                  ("show1", ["show", "1"]), ("show2", ["show", "2"]), ("agenda-json", ["agenda", "--json"])] {
            let result = try r.run(arguments + ["--as-of", asOf, "--lang", "zh"])
            // Uuids are random in each journal; everything else must agree.
            let text = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"uuid\"") }.joined(separator: "\n")
            out[name] = result.status == 0 ? text : "exit \(result.status): \(result.stderr)"
        }
        return out
    }

    @Test("every morning of the story reads the same from the full journal as from one replayed up to that morning")
    func dayByDay() throws {
        let full = RecourseProcess()
        defer { full.cleanUp() }
        try replay(Self.story[...], into: full)
        let mornings = ["2026-09-21 08:30", "2026-09-28 08:30", "2026-10-02 08:30", "2026-10-10 08:30", "2026-10-13 08:30",
                        "2026-10-17 08:30", "2026-10-21 08:30", "2026-11-06 08:30"]
        for morning in mornings {
            let partial = RecourseProcess()
            defer { partial.cleanUp() }
            try replay(Self.story.prefix { $0.at < morning }, into: partial)
            let expected = try views(partial, asOf: morning)
            let seen = try views(full, asOf: morning)
            for name in expected.keys.sorted() {
                #expect(seen[name] == expected[name], "\(morning) \(name):\n--- replayed ---\n\(expected[name] ?? "")\n--- as of ---\n\(seen[name] ?? "")")
            }
        }
    }

    @Test("the issue's reproduction: 28 September shows no October calls, the promise pending and due soon, and no clocks")
    func issueReproduction() throws {
        let full = RecourseProcess()
        defer { full.cleanUp() }
        try replay(Self.story[...], into: full)
        let show = try full.run(["show", "1", "--as-of", "2026-09-28", "--lang", "zh"]).stdout
        #expect(!show.contains("再次催办") && !show.contains("确认未兑现"), "\(show)")
        let agenda = try full.run(["agenda", "--as-of", "2026-09-28 08:30", "--lang", "zh"]).stdout
        #expect(agenda.contains("退回货款"), "\(agenda)")
        let json = try #require(try full.run(["agenda", "--json", "--as-of", "2026-09-28 08:30"]).json as? [String: Any])
        #expect((json["escalation_clocks"] as? [Any])?.isEmpty ?? true, "no clock before the complaint of 20 October")
        let later = try #require(try full.run(["agenda", "--json", "--as-of", "2026-10-21 08:30"]).json as? [String: Any])
        #expect(!((later["escalation_clocks"] as? [Any])?.isEmpty ?? true), "the firm's clock runs from 20 October")
    }

    /// A call logged under the wrong company, moved to the right case a day later, and a later call.
    static let moveStory: [(at: String, arguments: [String])] = [
        ("2026-11-10 10:00", ["log", "京东", "--summary", "退款未到账", "--promise", "三天内退款", "--due", "2026-11-13", "--no-input"]),
        ("2026-11-11 10:00", ["log", "中国联通", "--summary", "京东客服答应加急", "--promise", "加急处理", "--due", "2026-11-14", "--no-input"]),
        ("2026-11-12 09:00", ["move", "2", "--case", "1", "--reason", "记错了公司"]),
        ("2026-11-15 10:00", ["log", "京东", "--summary", "再次催促", "--no-input"]),
    ]

    @Test("a move made later is undone in a past snapshot, and drafts are written from the snapshot too, replayed day by day")
    func movesAndDraftsDayByDay() throws {
        let full = RecourseProcess()
        defer { full.cleanUp() }
        try replay(Self.moveStory[...], into: full)
        func views(_ r: RecourseProcess, asOf: String) throws -> [String: String] {
            var out = try self.views(r, asOf: asOf)
            for (name, arguments) in [("draft1", ["draft", "complaint", "1"]), ("draft2", ["draft", "complaint", "2"])] {
                let result = try r.run(arguments + ["--as-of", asOf, "--lang", "zh"])
                // The record's fingerprint (its hash chain's head) is each journal's own.
                let text = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("SHA-256") && !$0.contains("verify --head") }
                out[name] = result.status == 0 ? text.joined(separator: "\n") : "exit \(result.status): \(result.stderr)"
            }
            return out
        }
        for morning in ["2026-11-11 18:00", "2026-11-12 08:30", "2026-11-13 08:30", "2026-11-16 08:30"] {
            let partial = RecourseProcess()
            defer { partial.cleanUp() }
            try replay(Self.moveStory.prefix { $0.at < morning }, into: partial)
            let expected = try views(partial, asOf: morning)
            let seen = try views(full, asOf: morning)
            for name in expected.keys.sorted() {
                #expect(seen[name] == expected[name], "\(morning) \(name):\n--- replayed ---\n\(expected[name] ?? "")\n--- as of ---\n\(seen[name] ?? "")")
            }
        }
        // The story's own reading: before the move the call is on 中国联通's case; the letter to 京东 of that evening leaves out what came later.
        let before = try full.run(["show", "2", "--as-of", "2026-11-11 18:00", "--lang", "zh"]).stdout
        #expect(before.contains("京东客服答应加急"), "\(before)")
        let letter = try full.run(["draft", "complaint", "1", "--as-of", "2026-11-11 18:00", "--lang", "zh"]).stdout
        #expect(letter.contains("退款未到账") && !letter.contains("再次催促") && !letter.contains("京东客服答应加急"), "\(letter)")
        #expect(try full.run(["draft", "complaint", "1", "--lang", "zh"]).stdout.contains("再次催促"))
    }
}
