import Foundation
import Testing

/// `serve` speaks through the same library calls as the command line (#24): `LogDesk` for the
/// log form and its due preview, `AgendaReading` and `CaseReading` for the agenda and a case,
/// shown as HTML built from the catalog's words, not a command's text in a `<pre>` box.
@Suite("serve through library calls")
struct ServeLibraryTests {
    static func journal() throws -> RecourseProcess {
        let journal = RecourseProcess()
        let logged = try journal.run(["log", "中国移动", "--summary", "<script>alert(1)</script> billed twice", "--agent", "工号 2210",
                                      "--promise", "refund <b>30</b>", "--due", "3 days", "--no-input"])
        #expect(logged.status == 0, "\(logged.stderr)")
        return journal
    }

    /// A server whose `recourse` binary is gone once it is up: every page here must be served
    /// without running a command.
    static func serverWithoutBinary(_ journal: RecourseProcess) throws -> ServeProcess {
        let folder = journal.folder + "/bin"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let built = URL(fileURLWithPath: RecourseProcess.binary).deletingLastPathComponent().path
        for name in ["recourse", "recourse-web"] { try FileManager.default.copyItem(atPath: built + "/" + name, toPath: folder + "/" + name) }
        let server = try ServeProcess(journal, binary: folder + "/recourse")
        try FileManager.default.removeItem(atPath: folder + "/recourse")
        return server
    }

    @Test("with the recourse binary gone, the log form saves, the due preview answers, and the agenda and a case show the journal")
    func noSubprocess() throws {
        let journal = try Self.journal()
        defer { journal.cleanUp() }
        let server = try Self.serverWithoutBinary(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        #expect(try server.request("/log", cookie: cookie).body.contains("<option value=\"中国移动\">"), "suggestions from the journal")

        let expected = try journal.run(["when", "3 workdays"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let live = try server.request("/log/when?due=3%20workdays", cookie: cookie)
        #expect(live.status == 200 && live.body == expected, "\(live.body)")

        let saved = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                       form: [("organization", "中国移动"), ("case", "1"), ("summary", "web call"), ("promise", "call back"),
                                              ("due", "tomorrow 5pm"), ("csrf", csrf)], multipart: true)
        #expect(saved.status == 303)
        let confirmation = try server.request("/log", cookie: cookie).body
        #expect(confirmation.contains("Logged contact #2 on case #1"), "\(confirmation)")
        let shown = try journal.run(["show", "1"])
        #expect(shown.stdout.contains("web call") && shown.stdout.contains("call back"))

        // The pages read the journal as of the server's (injected) clock; the save was on the real one.
        try server.advance(to: Date().addingTimeInterval(60))
        let agenda = try server.request("/agenda", cookie: cookie)
        #expect(agenda.status == 200 && agenda.body.contains("call back") && agenda.body.contains("refund &lt;b&gt;30&lt;/b&gt;"), "\(agenda.body)")
        let page = try server.request("/case/1", cookie: cookie)
        #expect(page.status == 200 && page.body.contains("web call"))

        // The prep sheet, the drafts and `check`, from the same library calls as the commands.
        let prep = try server.request("/case/1/prep", cookie: cookie)
        #expect(prep.status == 200 && prep.body.contains("<div class=\"doc\">") && prep.body.contains("中国移动"))
        let draft = try server.request("/case/1/draft/complaint?format=md", cookie: cookie)
        let terminalDraft = try journal.run(["draft", "complaint", "1", "--format", "md", "--lang", "en"])
        #expect(draft.status == 200 && draft.headers["content-disposition"]?.contains("case-1-complaint.md") == true)
        #expect(draft.body.contains("web call") && draft.body == terminalDraft.stdout, "the letter `draft` writes, word for word")
        let cases = try server.request("/cases", cookie: cookie)
        #expect(cases.status == 200 && cases.body.contains("<a href=\"/case/1\">#1</a> 中国移动") && !cases.body.contains("<pre"))
        let regulator = try server.request("/case/1/draft/regulator", cookie: cookie)
        #expect(regulator.status == 200 && regulator.body.contains("/case/1/draft/regulator?to=cn.miit"), "the bodies that take a telecom case")
        let submission = try server.request("/case/1/draft/regulator?to=cn.miit", cookie: cookie)
        let terminalSubmission = try journal.run(["draft", "regulator", "1", "--to", "cn.miit", "--format", "txt", "--lang", "en"])
        #expect(submission.status == (terminalSubmission.status == 0 ? 200 : 200) && !submission.body.contains("<pre"))
        if terminalSubmission.status != 0 {
            // Refused as the command refuses it (an unmet precondition), in the same words.
            let line = terminalSubmission.stderr.split(separator: "\n").first.map(String.init) ?? "?"
            #expect(submission.body.contains(line.replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")), "\(line)")
        }
        let evidence = try server.request("/case/1/draft/evidence", cookie: cookie)
        #expect(evidence.status == 200 && evidence.body.contains("<div class=\"doc\">"))
        let check = try server.request("/check?q=10086", cookie: cookie)
        let terminalCheck = try journal.run(["check", "10086"]).stdout.split(separator: "\n").first { !$0.isEmpty }.map(String.init) ?? "?"
        #expect(check.status == 200 && check.body.contains("<p>\(terminalCheck.replacingOccurrences(of: "'", with: "&#39;"))</p>"), "\(terminalCheck)")
    }

    @Test("the agenda and a case are HTML from the library and the catalog: no <pre>, everything escaped, in the page's language")
    func realHTML() throws {
        let journal = try Self.journal()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let agenda = try server.request("/agenda", cookie: cookie).body
        #expect(!agenda.contains("<pre"))
        #expect(agenda.contains("<ul class=\"items\"><li class=\"item\"><a href=\"/case/1\">#1</a> 中国移动"), "\(agenda)")
        #expect(agenda.contains("refund &lt;b&gt;30&lt;/b&gt;") && !agenda.contains("<b>30</b>"))
        let page = try server.request("/case/1", cookie: cookie).body
        #expect(!page.contains("<pre"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; billed twice") && !page.contains("<script>alert"))
        #expect(page.contains("<article class=\"item\">") && page.contains("class=\"pending\""))
        let zh = try server.request("/agenda", cookie: cookie, headers: ["Accept-Language": "zh-CN"]).body
        let zhTerminal = try journal.run(["agenda", "--all", "--lang", "zh"]).stdout
        // The section heading the terminal prints, word for word, is the page's.
        let heading = try #require(zhTerminal.split(separator: "\n").first { $0.hasPrefix("即将到期") || $0.contains("天内到期") })
        #expect(zh.contains("<h2>\(heading)</h2>"), "\(heading)")
        let missing = try server.request("/case/99", cookie: cookie).body
        let refusal = try journal.run(["show", "99"]).stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(missing.contains(refusal.replacingOccurrences(of: "'", with: "&#39;")), "\(refusal)")
    }

    @Test("a refused field's error is shown beside the field the typed error names, and nothing is saved")
    func errorBesideItsField() throws {
        let journal = try Self.journal()
        defer { journal.cleanUp() }
        let cli = try journal.run(["log", "中国移动", "--agent", "line one\nline two", "--no-input"])
        #expect(cli.status != 0)
        let line = try #require(cli.stderrLines.first.map(String.init))
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let before = try journal.fingerprint()
        let reply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                       form: [("organization", "中国移动"), ("agent", "line one\nline two"), ("csrf", csrf)], multipart: true)
        #expect(reply.status == 422)
        let agent = try #require(reply.body.range(of: "<label for=\"agent\">"))
        #expect(reply.body[agent.upperBound...].prefix(300).contains(line), "\(line)")
        let caseReply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                           form: [("organization", "中国移动"), ("case", "one"), ("csrf", csrf)], multipart: true)
        let caseLabel = try #require(caseReply.body.range(of: "<label for=\"case\">"))
        #expect(caseReply.body[caseLabel.upperBound...].prefix(300).contains("<div class=\"error\">"))
        #expect(try journal.fingerprint() == before)
    }

    @Test("the preview names known organizations close to a new name, beside the organization field, and saves nothing")
    func nearNamesInPreview() throws {
        let journal = try Self.journal()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let before = try journal.fingerprint()
        let reply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                       form: [("organization", "中国移動"), ("preview", "1"), ("csrf", csrf)], multipart: true)
        #expect(reply.status == 200)
        let organization = try #require(reply.body.range(of: "<label for=\"organization\">"))
        #expect(reply.body[organization.upperBound...].prefix(300).contains("中国移动 (#1)"), "\(reply.body)")
        #expect(try journal.fingerprint() == before)
    }
}

/// The command line's views after their words moved into the `Desk` library: `agenda` and `show`
/// print byte for byte what they printed before (files written by the binary before the move).
@Suite("views golden")
struct ViewGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/views")

    @Test("agenda, overdue, show, cases and calendar, in English and Chinese, are unchanged", arguments: [
        ("agenda.en.txt", ["agenda", "--all"]), ("agenda.zh.txt", ["agenda", "--all", "--lang", "zh"]),
        ("show-1.en.txt", ["show", "1"]), ("show-1.zh.txt", ["show", "1", "--lang", "zh"]),
        ("show-2.en.txt", ["show", "2", "--history"]), ("overdue.en.txt", ["overdue"]),
        ("cases.en.txt", ["cases", "--all"]), ("cases.zh.txt", ["cases", "--lang", "zh"]), ("calendar.ics", ["calendar"]),
    ])
    func unchanged(_ name: String, _ arguments: [String]) throws {
        let journal = RecourseProcess()
        defer { journal.cleanUp() }
        let story: [[String]] = [
            ["log", "中国移动", "--at", "2026-11-16 10:00", "--summary", "billed twice\nsecond line", "--agent", "工号 2210", "--ref", "R-1",
             "--duration", "12m", "--promise", "refund 30", "--due", "3 workdays"],
            ["log", "中国移动", "--case", "1", "--at", "2026-11-18 15:00", "--extends", "1", "--due", "2026-11-23 18:00", "--agent", "工号 7"],
            ["log", "招商银行", "--via", "phone", "--number", "95588", "--direction", "inbound", "--at", "2026-11-19 09:00",
             "--summary", "说是客服 安全账户", "--promise", "回电", "--due", "明天下午5点", "--promise", "letter", "--due", "in 10 days"],
            ["promise", "kept", "3", "--at", "2026-11-20 11:00"],
            ["case", "edit", "1", "--counterparty", "Shop X", "--at", "2026-11-20 12:00"],
        ]
        for step in story {
            let result = try journal.run(step + (step[0] == "log" ? ["--no-input"] : []))
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        let output = try journal.run(arguments + ["--as-of", "2026-11-25 09:00"])
        #expect(output.status == 0 || arguments[0] == "overdue", "\(output.stderr)")
        // Event UIDs are the records' own random ids: the same shape, never the same value.
        let printed = name.hasSuffix(".ics")
            ? output.stdout.replacingOccurrences(of: #"UID:[0-9a-f-]+@"#, with: "UID:…@", options: .regularExpression)
            : output.stdout
        let path = Self.folder.appendingPathComponent(name).path
        if ProcessInfo.processInfo.environment["RECOURSE_GOLDEN_WRITE"] == "1" {
            try FileManager.default.createDirectory(atPath: Self.folder.path, withIntermediateDirectories: true)
            try printed.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOfFile: path, encoding: .utf8)
        #expect(printed == golden, "\(name)")
    }
}
