import Foundation
import Testing

/// Issue 19's follow-up, through the built binary: a payment-services complaint is decided from the
/// case's facts (not only its category), the Regulation E notice asks for provisional credit, a
/// German bank is German from the time zone alone, and the escalate prompt offers the route in order.
@Suite("Routing follow-up: payment services, Reg E notice, region from the zone, the prompt's order")
struct RoutingFollowUpTests {
    private let london = ["TZ": "Europe/London"]
    private let berlin = ["TZ": "Europe/Berlin"]

    @Test("a UK card dispute filed as 'other' gets DISP 1.6.2AR's 15 business days, 35 after a holding reply")
    func ukCardDisputeAsOther() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "Northway Bank", "--kind", "bank", "--jurisdiction", "GB"])
        let logged = try r.run(["log", "Northway Bank", "--summary", "Card payment taken twice", "--at", "2026-09-30 10:00", "--no-input"],
                               extraEnvironment: london)
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try r.run(["escalate", "1", "--to", "company", "--at", "2026-10-01 10:00"], extraEnvironment: london).status == 0)
        // 15 business days from Thu 1 Oct: Thu 22 Oct; 8 weeks (DISP 1.6.2R) would open the FOS on Fri 27 Nov.
        let early = try r.run(["agenda", "--as-of", "2026-10-10 09:00"], extraEnvironment: london).stdout
        #expect(early.contains("(uk.fos): opens Fri 23 Oct"), "\(early)")
        #expect(try r.run(["escalation", "respond", "1", "--holding", "--at", "2026-10-15 10:00"], extraEnvironment: london).status == 0)
        let held = try r.run(["agenda", "--as-of", "2026-10-20 09:00"], extraEnvironment: london).stdout
        #expect(held.contains("(uk.fos): opens Fri 20 Nov"), "\(held)")
        let check = try r.run(["draft", "complaint", "1", "--check", "--json", "--as-of", "2026-10-20 09:00"], extraEnvironment: london)
        #expect(!check.stdout.contains("payment-service-undecided"), "the title says card payment: \(check.stdout)")
    }

    @Test("a UK bank case that says neither way: --check tells the user it cannot decide, the letter claims 8 weeks only as the rule")
    func ukUndecided() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "Northway Bank", "--kind", "bank", "--jurisdiction", "GB"])
        try r.run(["log", "Northway Bank", "--summary", "Rude staff", "--at", "2026-09-30 10:00", "--no-input"], extraEnvironment: london)
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-10-01 10:00"], extraEnvironment: london)
        let check = try r.run(["draft", "complaint", "1", "--check", "--json", "--lang", "en", "--as-of", "2026-10-02 09:00"], extraEnvironment: london)
        #expect(check.stdout.contains("payment-service-undecided"), "\(check.stdout)")
        #expect(check.stdout.contains("case edit 1 --category transaction"), "\(check.stdout)")
        let zh = try r.run(["draft", "complaint", "1", "--check", "--json", "--lang", "zh", "--as-of", "2026-10-02 09:00"], extraEnvironment: london)
        #expect(zh.stdout.contains("无法判断案件 #1 是否涉及支付服务"), "\(zh.stdout)")
        // Once the user says it is a transaction, the shorter clock runs and the note goes.
        try r.run(["case", "edit", "1", "--category", "transaction", "--at", "2026-10-01 12:00"], extraEnvironment: london)
        let decided = try r.run(["draft", "complaint", "1", "--check", "--json", "--as-of", "2026-10-02 09:00"], extraEnvironment: london)
        #expect(!decided.stdout.contains("payment-service-undecided"))
        #expect(try r.run(["agenda", "--as-of", "2026-10-10 09:00"], extraEnvironment: london).stdout.contains("(uk.fos): opens Fri 23 Oct"))
    }

    @Test("the Regulation E notice asks for provisional credit with the profile's 10/20 business days and 45/90 days, and has a statement-date line")
    func regENotice() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "America/New_York"
        defer { r.cleanUp() }
        try r.run(["log", "Harbor Bank", "--summary", "transfer missing", "--at", "2026-09-16 09:40", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "transaction"])
        let en = try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "en"]).stdout
        #expect(en.contains("**Request for provisional credit** (required): If you cannot resolve this within 10 business days of receiving this notice (20 business days for a new account)"), "\(en)")
        #expect(en.contains("for up to 45 calendar days, or 90 calendar days"), "\(en)")
        #expect(en.contains("**Date of the first statement showing the error (notice is due within 60 days of it)**"), "\(en)")
        let zh = try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "zh"]).stdout
        #expect(zh.contains("临时入账请求"), "\(zh)")
        #expect(zh.contains("10个工作日内（新开立账户为20个工作日）") && zh.contains("最长45日"), "\(zh)")
    }

    @Test("case edit --statement-date: shown by show, filled into the Reg E notice, carried by export/import, an impossible date refused")
    func statementDate() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "America/New_York"
        defer { r.cleanUp() }
        try r.run(["log", "Harbor Bank", "--summary", "transfer missing", "--at", "2026-09-16 09:40", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "transaction"])
        // Refused before anything is written, like --transaction-at: a date in the future, one that does not exist (both 65).
        let before = try r.fingerprint()
        let future = try r.run(["case", "edit", "1", "--statement-date", "2099-01-01"])
        #expect(future.status == 65 && future.stderrLines.count == 1, "\(future.stderr)")
        #expect(future.stderr.hasPrefix("recourse: --statement-date '2099-01-01' ("), "\(future.stderr)")
        let impossible = try r.run(["case", "edit", "1", "--statement-date", "2026-13-45"])
        #expect(impossible.status == 65 && impossible.stderrLines.count == 1, "\(impossible.stderr)")
        #expect(try r.fingerprint() == before, "a refused --statement-date leaves the journal as it was")
        let edited = try r.run(["case", "edit", "1", "--statement-date", "2026-09-05"])
        #expect(edited.status == 0, "\(edited.stderr)")
        let shown = try r.run(["show", "1"]).stdout
        #expect(shown.contains("first statement with the error Sat 5 Sep"), "\(shown)")
        let en = try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "en"]).stdout
        #expect(en.contains("**Date of the first statement showing the error (notice is due within 60 days of it)**: 5 September 2026"), "\(en)")
        #expect(!en.contains("not given"), "\(en)")
        let zh = try r.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "zh"]).stdout
        #expect(zh.contains("2026年9月5日"), "\(zh)")
        // Export, import into a fresh journal: the notice there says the same.
        let file = NSTemporaryDirectory() + "statement-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try r.run(["export", "--output", file]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\"statement_at\""), "\(text)")
        var other = RecourseProcess()
        other.environment["TZ"] = "America/New_York"
        defer { other.cleanUp() }
        let imported = try other.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let there = try other.run(["draft", "regulator", "1", "--to", "us.rege", "--lang", "en"]).stdout
        #expect(there.contains("error (notice is due within 60 days of it)**: 5 September 2026"), "\(there)")
        #expect(try other.run(["verify"]).status == 0)
        #expect(try r.run(["verify"]).status == 0)
        // The admission gate checks the date like every other time: one out of range is refused, nothing written.
        let stamp = try #require(text.range(of: #""statement_at":[0-9]+"#, options: .regularExpression))
        let forged = file + ".forged.jsonl"
        defer { try? FileManager.default.removeItem(atPath: forged) }
        try text.replacingCharacters(in: stamp, with: "\"statement_at\":99999999999").write(toFile: forged, atomically: true, encoding: .utf8)
        let third = RecourseProcess()
        defer { third.cleanUp() }
        let refused = try third.run(["import", forged])
        #expect(refused.status == 65 && refused.stderrLines.count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("statement_at"), "\(refused.stderr)")
        #expect(try third.run(["show", "1"]).status != 0, "nothing of the refused file was written")
    }

    @Test("a German bank under TZ=Europe/Berlin, no --jurisdiction: letter and agenda both say 28 Dec 2026 for a complaint of 4 Dec")
    func germanBankFromZone() throws {
        var r = RecourseProcess()
        r.environment.merge(berlin) { $1 }
        defer { r.cleanUp() }
        #expect(try r.run(["org", "add", "Berliner Bank", "--kind", "bank"]).status == 0)
        try r.run(["log", "Berliner Bank", "--summary", "Überweisung nicht angekommen", "--at", "2026-12-01 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "transaction"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-04 10:00"])
        // PSD2: 15 business days, German holidays (24–26 Dec) skipped: Mon 28 Dec.
        let agenda = try r.run(["agenda", "--as-of", "2026-12-05 09:00"]).stdout
        #expect(agenda.contains("due Mon 28 Dec"), "\(agenda)")
        let letter = try r.run(["draft", "complaint", "1", "--lang", "en", "--as-of", "2026-12-29 09:00"]).stdout
        #expect(letter.contains("by 28 December 2026"), "\(letter)")
        #expect(!letter.contains("21 December") && !letter.contains("24 December"), "\(letter)")
    }

    @Test("escalate's prompt lists the case's route in order (the firm first, then its bodies), then asks body, when, reference, note")
    func escalatePromptOrder() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "中国移动", "--summary", "多扣话费", "--at", "2026-01-20 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "billing"])
        let t = try PseudoTerminal(["escalate", "1"], environment: r.environment.merging(["TERM": "xterm", "LANG": "C.UTF-8"]) { $1 }, columns: 100)
        try t.expect("company")
        try t.expect("cn.miit")
        try t.expect("Sent to (body): ")
        let listing = t.transcript
        #expect(!listing.contains("cn.samr") && !listing.contains("cn.nfra") && !listing.contains("cn.pboc"), "only the route: \(listing)")
        t.send("cn.miit\n")
        try t.expect("When sent (Enter = now): ")
        t.send("2026-02-25 10:00\n")
        try t.expect("Their reference (Enter skips): ")
        t.send("\n")
        try t.expect("Note (Enter skips): ")
        t.send("\n")
        try t.expect("#1 → cn.miit")
        try t.expect("Save this record? [Y/n]: ")
        t.send("\n")
        try t.expect("Recorded")
        #expect(try t.finish() == 0)
        let transcript = t.transcript
        let order = ["company", "cn.miit", "Sent to (body): ", "When sent", "Their reference", "Note", "Save this record?"]
            .map { transcript.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(transcript)")
        #expect(zip(order, order.dropFirst()).allSatisfy { $0! < $1! }, "in this order: \(transcript)")
    }

    @Test("escalate --to company --reply-by: kept with the complaint, shown by agenda as the user's date, used by draft complaint, carried by export/import")
    func replyByKept() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let york = ["TZ": "America/New_York"]
        try r.run(["org", "add", "First Bank", "--kind", "bank", "--jurisdiction", "US"])
        try r.run(["log", "First Bank", "--summary", "rude branch staff", "--at", "2026-11-30 10:00", "--no-input"], extraEnvironment: york)
        try r.run(["case", "edit", "1", "--category", "service"])
        let before = try r.fingerprint()
        let early = try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-01 10:00", "--reply-by", "2026-11-20"], extraEnvironment: york)
        #expect(early.status == 64 && early.stderrLines.count == 1, "\(early.stderr)")
        let wrongBody = try r.run(["escalate", "1", "--to", "us.cfpb", "--at", "2026-12-01 10:00", "--reply-by", "2027-01-15"], extraEnvironment: york)
        #expect(wrongBody.status == 64 && wrongBody.stderr.contains("--to company"), "\(wrongBody.stderr)")
        #expect(try r.fingerprint() == before, "a refused --reply-by leaves the journal as it was")
        let escalated = try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-01 10:00", "--reply-by", "2027-01-15"], extraEnvironment: york)
        #expect(escalated.status == 0, "\(escalated.stderr)")
        let agenda = try r.run(["agenda", "--as-of", "2026-12-02 09:00"], extraEnvironment: york).stdout
        #expect(agenda.contains("due Fri 15 Jan") && agenda.contains("the date you asked for; no legal clock known"), "\(agenda)")
        let letter = try r.run(["draft", "complaint", "1", "--as-of", "2026-12-02 09:00"], extraEnvironment: york).stdout
        #expect(letter.contains("in writing by 15 January 2027"), "\(letter)")
        let check = try r.run(["draft", "complaint", "1", "--check", "--json", "--as-of", "2026-12-02 09:00"], extraEnvironment: york)
        #expect(!check.stdout.contains("no-legal-clock"), "\(check.stdout)")
        // The date travels: export, import into a fresh journal, and the letter there says the same.
        let file = NSTemporaryDirectory() + "reply-by-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try r.run(["export", "--output", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"reply_due_at\""))
        let other = RecourseProcess()
        defer { other.cleanUp() }
        let imported = try other.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let there = try other.run(["draft", "complaint", "1", "--as-of", "2026-12-02 09:00"], extraEnvironment: york).stdout
        #expect(there.contains("in writing by 15 January 2027"), "\(there)")
        #expect(try r.run(["verify"]).status == 0)
        // The admission gate checks the date like every other time: one out of range is refused, nothing written.
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let stamp = try #require(text.range(of: #""reply_due_at":[0-9]+"#, options: .regularExpression))
        let forged = file + ".forged.jsonl"
        defer { try? FileManager.default.removeItem(atPath: forged) }
        try text.replacingCharacters(in: stamp, with: "\"reply_due_at\":99999999999").write(toFile: forged, atomically: true, encoding: .utf8)
        let third = RecourseProcess()
        defer { third.cleanUp() }
        let refused = try third.run(["import", forged])
        #expect(refused.status == 65 && refused.stderrLines.count == 1, "\(refused.stderr)")
    }

    @Test("the escalate prompt asks for the user's date only where no rule gives the firm a deadline")
    func replyByPrompt() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "First Bank", "--kind", "bank", "--jurisdiction", "US"])
        try r.run(["log", "First Bank", "--summary", "rude branch staff", "--at", "2026-11-30 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "service"])
        let t = try PseudoTerminal(["escalate", "1", "--to", "company", "--at", "2026-12-01 10:00"],
                                   environment: r.environment.merging(["TERM": "xterm", "LANG": "C.UTF-8"]) { $1 }, columns: 100)
        try t.expect("Their reference (Enter skips): ")
        t.send("\n")
        try t.expect("Note (Enter skips): ")
        t.send("\n")
        try t.expect("Answer asked by (no legal clock known)")
        t.send("2026-11-01\n")
        try t.expect("is not after the complaint's date")
        t.send("2027-01-15\n")
        try t.expect("2027-01-15")
        try t.expect("Save this record? [Y/n]: ")
        t.send("\n")
        try t.expect("Recorded formal complaint #1")
        #expect(try t.finish() == 0)
        #expect(try r.run(["agenda", "--as-of", "2026-12-02 09:00"]).stdout.contains("due Fri 15 Jan"))
    }
}
