import Foundation
import Testing

@Suite("End to end: log, show, cases, promises")
struct LifecycleTests {
    @Test("the issue's walk-through, in text and JSON")
    func walkThrough() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let log = try r.run(["log", "数字人民币钱包", "--via", "phone", "--number", "95566", "--agent", "工号 1023",
                             "--ref", "CS20261124-88", "--summary", "转账失败，资金未到账", "--advice", "重启应用并重新绑定银行卡",
                             "--promise", "三个工作日内退回", "--due", "2026-11-27", "--at", "2026-11-24 10:00"])
        #expect(log.status == 0)
        #expect(log.stdout.contains("New organization #1 数字人民币钱包\n"))
        #expect(log.stdout.contains("Logged contact #1 on case #1 (数字人民币钱包) · promise #1 due Fri 27 Nov 18:00\n"))
        #expect(log.stderr.isEmpty)

        let show = try r.run(["show", "1", "--as-of", "2026-11-28 09:00"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("Case #1 · 数字人民币钱包 · 转账失败，资金未到账"))
        #expect(show.stdout.contains("Tue 24 Nov 10:00  #1 phone · 95566 · agent 工号 1023 · ref CS20261124-88"))
        #expect(show.stdout.contains("  Advice   重启应用并重新绑定银行卡"))
        #expect(show.stdout.contains("Promise #1 三个工作日内退回 — due Fri 27 Nov 18:00 (2026-11-27) · OVERDUE by 15 hours"))

        let cases = try r.run(["cases", "--as-of", "2026-11-25 09:00"])
        #expect(cases.stdout.split(separator: "\n").count == 2)
        #expect(cases.stdout.contains("#1  数字人民币钱包  转账失败，资金未到账"))

        let extend = try r.run(["promise", "extend", "1", "--due", "2026-12-02", "--note", "加急"])
        #expect(extend.stdout == "Promise #1 extended: now promise #2 due Wed 2 Dec 18:00 (was Fri 27 Nov 18:00)\n")
        #expect(try r.run(["promise", "broken", "2"]).stdout == "Promise #2 broken: 三个工作日内退回\n")

        let json = try #require(try r.run(["show", "1", "--json"]).json as? [String: Any])
        let contacts = try #require(json["contacts"] as? [[String: Any]])
        let promises = try #require(contacts[0]["promises"] as? [[String: Any]])
        #expect(promises.map { $0["status"] as? String } == ["superseded", "broken"])
        #expect(promises[1]["supersedes_id"] as? Int == 1)
        #expect(promises[0]["due_at"] as? String == "2026-11-27T18:00:00+08:00")
        #expect(promises[0]["due_words"] as? String == "2026-11-27")
        let contact = try #require(contacts[0]["contact"] as? [String: Any])
        #expect(contact["summary"] as? String == "转账失败，资金未到账")
        #expect(contact["occurred_at"] as? String == "2026-11-24T10:00:00+08:00")
        #expect((contact["uuid"] as? String)?.count == 36)
        #expect((json["case"] as? [String: Any])?["id"] as? Int == 1)
    }

    @Test("log --json returns the contact, its case and its promise, each with an id")
    func logJSON() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "Bank", "--promise", "call back", "--due", "tomorrow 5pm", "--json", "--no-input",
                                "--at", "2026-11-24 10:00"])
        let json = try #require(result.json as? [String: Any])
        #expect((json["contact"] as? [String: Any])?["id"] as? Int == 1)
        #expect((json["case"] as? [String: Any])?["id"] as? Int == 1)
        let promise = try #require((json["promises"] as? [[String: Any]])?.first)
        #expect(promise["id"] as? Int == 1)
        #expect(promise["due_at"] as? String == "2026-11-25T17:00:00+08:00", "relative due counts from --at")
        #expect(json["organization_created"] as? Bool == true)
    }

    @Test("organizations gain aliases; a case closes and reopens; corrections show in the history")
    func organizationsCasesCorrections() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "数字人民币钱包", "--agent", "工号 1023", "--no-input"])
        let add = try r.run(["org", "add", "Digital RMB Wallet", "--alias", "数字人民币钱包", "--official", "phone:95566", "--kind", "wallet"])
        #expect(add.stdout == "Organization #1 数字人民币钱包\n  also known as: Digital RMB Wallet\n  official phone: 95566\n")
        #expect(try r.run(["log", "digital rmb wallet", "--no-input"]).stdout.contains("on case #1"))
        #expect(try r.run(["org", "list"]).stdout.contains("#1  数字人民币钱包  Digital RMB Wallet"))

        #expect(try r.run(["correct", "1", "--agent", "工号 1024", "--reason", "听错了"]).status == 0)
        let history = try r.run(["show", "1", "--history"])
        #expect(history.stdout.contains("corrected contact #1: agent: 工号 1023 → 工号 1024 (听错了)"))

        #expect(try r.run(["case", "close", "1"]).stdout.hasPrefix("Closed case #1"))
        #expect(try r.run(["cases"]).stdout == "No open cases.\n")
        #expect(try r.run(["cases", "--all"]).stdout.contains("[closed]"))
        #expect(try r.run(["case", "reopen", "1"]).status == 0)
    }

    @Test("several open cases and none named: a clear error that lists them")
    func ambiguous() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--new-case", "Card blocked", "--no-input"])
        try r.run(["log", "Bank", "--new-case", "Fee refund", "--no-input"])
        let result = try r.run(["log", "Bank", "--no-input"])
        #expect(result.status == 65)
        #expect(result.stderr == "recourse: Bank has several open cases (#1 Card blocked; #2 Fee refund); choose one with --case N or open another with --new-case TITLE\n")
    }

    @Test("Chinese and other text round-trips exactly through the binary")
    func textRoundTrip() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let texts = ["转账失败，资金未到账（订单号：２０２６１１２４）", "“三个工作日内”退回¥500.00", "café / cafe\u{301}", "👩‍💻 called 📞",
                     "'); DROP TABLE contact; --", "多行\n第二行\t制表符", "$(rm -rf /) `id` ; | &"]
        for text in texts {
            let result = try r.run(["log", "中国银行", "--summary", text, "--agent", "王 🐼", "--no-input", "--json"])
            #expect(result.status == 0)
        }
        let json = try #require(try r.run(["show", "1", "--json"]).json as? [String: Any])
        let summaries = (json["contacts"] as? [[String: Any]])?.compactMap { ($0["contact"] as? [String: Any])?["summary"] as? String }
        #expect(summaries == texts)
        #expect(try r.run(["cases"]).stdout.contains("中国银行"))
    }

    @Test("two processes logging 50 contacts each at the same time all succeed")
    func concurrentWriters() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let script = "for i in $(seq 50); do \"$0\" log 招商银行 --summary \"writer $1 call $i\" --no-input >/dev/null || exit 1; done"
        let writers = try (1...2).map { writer -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, RecourseProcess.binary, "\(writer)"]
            process.environment = r.environment
            try process.run()
            return process
        }
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == [0, 0])
        let cases = try #require((try r.run(["cases", "--json"]).json as? [String: Any])?["cases"] as? [[String: Any]])
        #expect(cases.count == 1)
        #expect(cases.first?["contact_count"] as? Int == 100)
    }

    @Test("attachments are kept with their hash and shown as evidence")
    func attachment() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let file = r.write("截图.png", "abc")
        let result = try r.run(["log", "Shop", "--attach", file, "--no-input"])
        #expect(result.stdout.contains("Kept 截图.png as evidence #1 (sha256 ba7816bf8f01…)"))
        #expect(try r.run(["show", "1"]).stdout.contains("Evidence #1 截图.png · 3 B · sha256 ba7816bf8f01cfea…"))
    }
}
