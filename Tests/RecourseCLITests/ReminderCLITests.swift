import Foundation
import Testing

@Suite("End to end: overdue, agenda, calendar export, settings")
struct ReminderCLITests {
    /// A bilingual journal at known times: a CN wallet case (¥500, one extension), a UK bank case,
    /// and a telecom case gone quiet. Times are Asia/Shanghai.
    private func seeded() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["org", "add", "数字人民币钱包", "--jurisdiction", "CN"])
        try r.run(["log", "数字人民币钱包", "--ref", "CS-88", "--agent", "工号 1023", "--promise", "三个工作日内退回", "--due", "三个工作日内",
                   "--at", "2026-11-16 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--amount", "500"])
        try r.run(["promise", "extend", "1", "--due", "2026-11-23", "--at", "2026-11-20 09:00"])
        try r.run(["log", "Northway Bank", "--promise", "call back", "--due", "2026-11-24 12:00",
                   "--at", "2026-11-20 11:00", "--no-input"])
        try r.run(["log", "中国移动", "--promise", "下月账单确认", "--due", "2026-11-27",
                   "--at", "2026-11-10 16:00", "--no-input"])
        return r
    }

    @Test("overdue lists late promises most overdue first, with reference and agent; --exit-status says so")
    func overdue() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let text = try r.run(["overdue", "--as-of", "2026-11-25 09:00"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("#2") && lines[1].contains("数字人民币钱包") && lines[1].contains("CS-88") && lines[1].contains("工号 1023"))
        #expect(lines[1].contains("1× Fri 20 Nov 09:00"), "the MOVED column: how often and when")
        #expect(lines[2].contains("Northway Bank") && lines[2].contains("21 hours late"))

        let json = try #require((try r.run(["overdue", "--json", "--as-of", "2026-11-25 09:00"]).json as? [String: Any])?["overdue"] as? [[String: Any]])
        #expect(json.map { ($0["promise"] as? [String: Any])?["id"] as? Int } == [2, 3])
        #expect(json[0]["late_seconds"] as? Int == 39 * 3600, "due Mon 23 Nov 18:00, as of Wed 25 Nov 09:00")
        #expect(json[0]["slips"] as? Int == 1)
        #expect(json[0]["reference"] as? String == "CS-88")

        #expect(try r.run(["overdue", "--exit-status", "--as-of", "2026-11-25 09:00"]).status == 1)
        #expect(try r.run(["overdue", "--exit-status", "--as-of", "2026-11-18 09:00"]).status == 0)
        #expect(try r.run(["overdue", "--as-of", "2026-11-18 09:00"]).stdout == "Nothing overdue.\n")
    }

    @Test("the first promise counted three working days in China's calendar")
    func regionalDue() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let json = try #require(try r.run(["show", "1", "--json"]).json as? [String: Any])
        let promises = try #require((json["contacts"] as? [[String: Any]])?.first?["promises"] as? [[String: Any]])
        #expect(promises[0]["due_at"] as? String == "2026-11-19T18:00:00+08:00")
    }

    @Test("agenda: overdue ranked by urgency, due soon, an empty clock section, quiet cases")
    func agenda() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let json = try #require(try r.run(["agenda", "--json", "--days", "3", "--as-of", "2026-11-25 09:00"]).json as? [String: Any])
        let overdue = try #require(json["overdue"] as? [[String: Any]])
        // The wallet promise: 2 days late + 2 for its extension + money; the bank's: under a day late.
        #expect(overdue.map { $0["organization_name"] as? String } == ["数字人民币钱包", "Northway Bank"])
        #expect((overdue[0]["urgency"] as? Double ?? 0) > (overdue[1]["urgency"] as? Double ?? 0))
        let soon = try #require(json["due_soon"] as? [[String: Any]])
        #expect(soon.map { $0["organization_name"] as? String } == ["中国移动"])
        #expect((json["escalation_clocks"] as? [Any])?.isEmpty == true)
        let quiet = try #require(json["quiet_cases"] as? [[String: Any]])
        #expect(quiet.map { $0["organization_name"] as? String } == ["中国移动", "数字人民币钱包"], "oldest silence first")
        #expect(quiet.first?["quiet_days"] as? Int == 14)

        let text = try r.run(["agenda", "--days", "3", "--as-of", "2026-11-25 09:00"])
        #expect(text.stdout.hasPrefix("Agenda for Wed 25 Nov 09:00 · next 3 days\n\nOverdue (2)\n"))
        #expect(text.stdout.contains("Escalation clocks (0)\n  None running"))
        #expect(text.stdout.contains("Gone quiet (no contact for 7+ days, waiting on the company) (2)"))
        #expect(try r.run(["agenda", "--exit-status", "--as-of", "2026-11-25 09:00"]).status == 1)
    }

    @Test("calendar export is valid iCalendar to an independent parser, with stable UIDs and alarms")
    func icalendar() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let path = r.outside + "/recourse.ics"
        let result = try r.run(["calendar", "--output", path, "--as-of", "2026-11-25 09:00"])
        #expect(result.stdout == "Wrote 3 promise(s) to \(path)\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let pending = try #require((try r.run(["overdue", "--json", "--as-of", "2030-01-01"]).json as? [String: Any])?["overdue"] as? [[String: Any]])
        let uuids = Set(pending.compactMap { ($0["promise"] as? [String: Any])?["uuid"] as? String }.map { $0 + "@recourse" })

        let check = r.write("check.py", """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for event in cal.walk('VEVENT'):
                alarms = [c for c in event.subcomponents if c.name == 'VALARM']
                assert len(alarms) == 2, 'alarms'
                print(str(event['UID']) + '\\t' + str(event['SUMMARY']) + '\\t' + event['DTSTART'].dt.isoformat())
            """)
        // The parser lives in the project's .venv/, which Scripts/test (the README's test command) sets up.
        let venvPython = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".venv/bin/python3").path
        try #require(FileManager.default.isExecutableFile(atPath: venvPython), "no .venv/: run Scripts/test, the README's test command")
        let python = try r.run([check, path], executable: venvPython)
        #expect(python.status == 0, "python icalendar: \(python.stderr) (run Scripts/test, which installs it into .venv/)")
        let events = python.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(Set(events.map { $0[0] }) == uuids)
        #expect(events.contains { $0[1] == "数字人民币钱包: 三个工作日内退回 (promise #2)" && $0[2] == "2026-11-23T10:00:00+00:00" })

        // Re-exporting keeps the same UIDs.
        let again = try r.run(["calendar", "--as-of", "2026-11-26 09:00"])
        for uid in uuids { #expect(again.stdout.contains("UID:\(uid)")) }
    }

    @Test("a count past the calendar's known years warns on stderr and in JSON")
    func calendarWarning() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        // A write runs at the real time, so the count reaches past 2026 by its length, not its start.
        let result = try r.run(["log", "工商银行", "--promise", "回电", "--due", "90 workdays", "--json", "--no-input"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("recourse: warning: calendar CN knows 2020–2026; days in 2027"))
        #expect(((result.json as? [String: Any])?["warnings"] as? [String])?.count == 1)
    }

    @Test("settings: region and end-of-day change how due times are read; bad files are clear errors")
    func settings() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["config", "set", "end-of-day", "17:30"]).stdout == "end-of-day = 17:30\n")
        #expect(try r.run(["config", "get", "end-of-day"]).stdout == "17:30\n")
        #expect(try r.run(["config", "set", "region", "Atlantis"]).status == 65)
        #expect(try r.run(["config", "set", "colour", "blue"]).status == 65)
        let logged = try r.run(["log", "Bank", "--promise", "p", "--due", "2026-11-27", "--json", "--no-input"])
        #expect(((logged.json as? [String: Any])?["promises"] as? [[String: Any]])?.first?["due_at"] as? String == "2026-11-27T17:30:00+08:00")

        try FileManager.default.createDirectory(atPath: r.folder + "/.config/recourse/calendars", withIntermediateDirectories: true)
        try "calendar CN\nholiday 2026-02-30\n".write(toFile: r.folder + "/.config/recourse/calendars/bad.cal", atomically: true, encoding: .utf8)
        let before = try r.fingerprint()
        let badCalendar = try r.run(["log", "Bank", "--promise", "p", "--due", "3 workdays", "--no-input"])
        #expect(badCalendar.status == 65)
        #expect(badCalendar.stderr.contains("calendar file \(r.folder)/.config/recourse/calendars/bad.cal:2:"))
        #expect(try r.fingerprint() == before)

        try "quiet-days = often\n".write(toFile: r.folder + "/.config/recourse/config", atomically: true, encoding: .utf8)
        let badSettings = try r.run(["agenda"])
        #expect(badSettings.status == 65)
        #expect(badSettings.stderr == "recourse: settings file \(r.folder)/.config/recourse/config:1: quiet-days 'often' is not a number of days from 1 to 365\n")
    }

    @Test("agenda --notify runs notify-send with arguments, never through a shell")
    func notify() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try FileManager.default.createDirectory(atPath: r.folder + "/bin", withIntermediateDirectories: true)
        let fake = r.folder + "/bin/notify-send"
        try "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done > \"$HOME/notified\"\n".write(toFile: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        try r.run(["log", "Shop", "--promise", "refund $(touch pwned); `touch pwned2`", "--due", "2026-11-20", "--no-input",
                   "--at", "2026-11-19 10:00"])
        let result = try r.run(["agenda", "--notify", "--as-of", "2026-11-25 09:00"], extraEnvironment: ["PATH": r.folder + "/bin:/usr/bin:/bin"])
        #expect(result.status == 0)
        let notified = try String(contentsOfFile: r.folder + "/notified", encoding: .utf8)
        #expect(notified.contains("Recourse: 1 overdue, 0 due soon\n--\n"))
        #expect(notified.contains("Shop: refund $(touch pwned); `touch pwned2`"))
        #expect(!FileManager.default.fileExists(atPath: r.folder + "/pwned"))
        #expect(!FileManager.default.fileExists(atPath: r.folder + "/pwned2"))

        let missing = try r.run(["agenda", "--notify"], extraEnvironment: ["PATH": "/nonexistent"])
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("notify-send is not installed"))
    }
}

@Suite("End to end: complaint bodies")
struct BodiesCLITests {
    @Test("bodies lists the built-in profiles and shows one in full, unconfirmed facts marked")
    func bodies() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let list = try r.run(["bodies"])
        #expect(list.status == 0)
        for id in ["company", "cn.pboc", "cn.nfra", "cn.csrc", "cn.miit", "cn.samr", "uk.fos", "uk.energy", "uk.comms", "us.cfpb", "us.rege", "us.regz",
                   "de.bdb", "de.voeb", "de.dsgv", "de.bvr", "de.bundesbank", "de.bafin", "eu.adr", "eu.psd2"] {
            #expect(list.stdout.contains("\n" + id + " "), "\(id)")
        }
        let nfra = try r.run(["bodies", "cn.nfra"])
        #expect(nfra.stdout.contains("The firm must answer within 15 calendar days from complaint received"))
        #expect(nfra.stdout.contains("UNCONFIRMED: check with the body before relying on this"))
        #expect(nfra.stdout.contains("\n  Complainant's name (required)\n"))
        // The other language's words come with --lang.
        let chinese = try r.run(["bodies", "cn.nfra", "--lang", "zh"]).stdout
        #expect(chinese.hasPrefix("cn.nfra · 国家金融监督管理总局") && chinese.contains("\n  投诉人姓名（必填）\n"))
        let json = try #require((try r.run(["bodies", "--json"]).json as? [String: Any])?["bodies"] as? [[String: Any]])
        #expect(json.count == 21)
        #expect(try r.run(["bodies", "xx.none"]).status == 66)
    }
}

@Suite("End to end: escalation")
struct EscalationCLITests {
    @Test("escalate starts the clocks that agenda and show report; respond and close follow")
    func escalate() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "招商银行", "--kind", "bank", "--jurisdiction", "CN"])
        try r.run(["log", "招商银行", "--summary", "扣款两次", "--at", "2026-11-01 10:00", "--no-input"])
        let sent = try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-02", "--ref", "TS-5521", "--json"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let agenda = try #require(try r.run(["agenda", "--json", "--as-of", "2026-11-25 09:00"]).json as? [String: Any])
        let clocks = try #require(agenda["escalation_clocks"] as? [[String: Any]])
        let nfra = try #require(clocks.first { ($0["step"] as? String)?.hasSuffix("(cn.nfra)") == true })
        #expect(nfra["opens_at"] as? String == "2026-11-18T00:00:00+08:00")
        #expect(nfra["confidence"] as? String == "confirmed", "the NFRA deadline's own rule is confirmed (confidence per fact)")
        let text = try r.run(["agenda", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(text.contains("(cn.nfra): open since Wed 18 Nov 00:00"))
        #expect(try r.run(["show", "1", "--as-of", "2026-11-25 09:00"]).stdout.contains("#1 Formal complaint to the company sent Mon 2 Nov 12:00 · ref TS-5521 · open"))
        #expect(try r.run(["escalation", "respond", "1", "--at", "2026-11-20"]).status == 0)
        #expect(try r.run(["escalation", "respond", "1"]).status == 65)
        #expect(try r.run(["escalation", "close", "1", "--outcome", "已退款"]).status == 0)
        let after = (try r.run(["agenda", "--json"]).json as? [String: Any])?["escalation_clocks"] as? [Any]
        #expect(after?.isEmpty == true, "a closed submission stops its clocks")
        #expect(try r.run(["escalate", "1", "--to", "xx.none"]).status == 66)
        #expect(try r.run(["escalate", "9", "--to", "company"]).status == 66)
        #expect(try r.run(["verify"]).status == 0)
    }
}
