import Foundation
import Testing

/// Issue 19's "Done when", tried through the built binary as a new user would: the right body, the
/// right clock, or an honest "no legal clock known"; the letter and the agenda give the same dates.
@Suite("Routing end to end: the right body, the right clock")
struct RoutingCLITests {
    private func firm(_ r: RecourseProcess, _ name: String, kind: String, jurisdiction: String, category: String, at: String, zone: String) throws {
        try r.run(["org", "add", name, "--kind", kind, "--jurisdiction", jurisdiction])
        try r.run(["log", name, "--summary", "problem", "--at", at, "--no-input"], extraEnvironment: ["TZ": zone])
        // Dated with the contact: the drafts and agendas below read the case `--as-of` story days.
        try r.run(["case", "edit", "1", "--category", category, "--at", at], extraEnvironment: ["TZ": zone])
    }

    @Test("中国移动: a billing dispute goes to the operator, then to 12300 once its 15 days have passed (across 春节)")
    func chinaMobile() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "中国移动", "--summary", "多扣话费", "--at", "2026-01-20 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "billing"])
        let escalated = try r.run(["escalate", "1", "--to", "company", "--at", "2026-01-31 10:00"])
        #expect(escalated.status == 0, "\(escalated.stderr)")
        // 31 Jan + 15 days = 15 Feb, in 春节 (15–23 Feb): the operator's last day is Tue 24 Feb; 12300 opens on the 25th.
        #expect(escalated.stdout.contains("(cn.miit): open since Wed 25 Feb 00:00"), "\(escalated.stdout)")
        #expect(!escalated.stdout.contains("cn.samr"), "12315 is not the operator's route")
        let agenda = try r.run(["agenda", "--as-of", "2026-02-10 09:00"]).stdout
        #expect(agenda.contains("(cn.miit): opens Wed 25 Feb"), "\(agenda)")
        let early = try r.run(["draft", "regulator", "1", "--to", "cn.miit", "--check", "--json", "--as-of", "2026-02-10 09:00"])
        #expect(early.status == 1)
        #expect(early.stdout.contains("cn.miit opens on 25 February 2026") || early.stdout.contains("2026年2月25日 起方可提交"), "\(early.stdout)")
        let letter = try r.run(["draft", "complaint", "1", "--as-of", "2026-02-01 09:00"]).stdout
        #expect(letter.contains("15日内（即 2026年2月24日 前）"), "the letter and the agenda agree: \(letter)")
        let samr = try r.run(["draft", "regulator", "1", "--to", "cn.samr", "--check", "--as-of", "2026-02-26 09:00"])
        #expect(samr.status == 1 && samr.stdout.contains("cn.samr does not take complaints about a telecom"), "\(samr.stdout)")
    }

    @Test("华泰证券 goes to 12386; a bank to 12378; 支付宝 to 12363; org edit --kind securities works")
    func chinaFinance() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "华泰证券", "--summary", "交易系统故障", "--at", "2026-12-01 10:00", "--no-input"])
        try r.run(["log", "招商银行", "--summary", "扣款两次", "--at", "2026-12-01 10:00", "--no-input"])
        try r.run(["log", "支付宝", "--summary", "转账未到账", "--at", "2026-12-01 10:00", "--no-input"])
        for id in ["1", "2", "3"] { try r.run(["escalate", id, "--to", "company", "--at", "2026-12-02 10:00"]) }
        let agenda = try r.run(["agenda", "--as-of", "2026-12-06 09:00"]).stdout
        #expect(agenda.contains("(cn.csrc): open since"), "\(agenda)")
        #expect(agenda.contains("(cn.nfra): opens Fri 18 Dec"), "2 Dec + 15 days = 17 Dec: \(agenda)")
        #expect(agenda.contains("(cn.pboc): open since"), "\(agenda)")
        #expect(!agenda.contains("(cn.samr)"), "12315 takes none of these")
        #expect(try r.run(["draft", "regulator", "3", "--to", "cn.nfra", "--check", "--as-of", "2026-12-20 09:00"]).status == 1, "a wallet is not NFRA's")
        #expect(try r.run(["draft", "regulator", "2", "--to", "cn.pboc", "--check", "--as-of", "2026-12-20 09:00"]).status == 1, "a bank is not PBOC's")
        let edited = try r.run(["org", "edit", "1", "--kind", "futures"])
        #expect(edited.status == 0 && edited.stdout.contains("kind futures"), "\(edited.stderr)")
    }

    @Test("a German bank's complaint of 4 Dec 2026: letter and agenda both say 28 Dec 2026 (PSD2, German holidays)")
    func germanBank() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try firm(r, "Berliner Bank", kind: "bank", jurisdiction: "DE", category: "transaction", at: "2026-12-01 10:00", zone: "Europe/Berlin")
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-04 10:00"], extraEnvironment: ["TZ": "Europe/Berlin"])
        let agenda = try r.run(["agenda", "--as-of", "2026-12-05 09:00"], extraEnvironment: ["TZ": "Europe/Berlin"]).stdout
        #expect(agenda.contains("due Mon 28 Dec"), "\(agenda)")
        let letter = try r.run(["draft", "complaint", "1", "--lang", "en", "--as-of", "2026-12-29 09:00"], extraEnvironment: ["TZ": "Europe/Berlin"]).stdout
        #expect(letter.contains("by 28 December 2026"), "\(letter)")
        #expect(!letter.contains("21 December"))
        // The German scheme: Recourse does not write German, and says so to the user, not the recipient.
        let scheme = try r.run(["draft", "regulator", "1", "--to", "de.bundesbank", "--check", "--json", "--as-of", "2026-12-29 09:00"],
                               extraEnvironment: ["TZ": "Europe/Berlin"])
        #expect(scheme.stdout.contains("\"body-language\"") && scheme.stdout.contains("German"), "\(scheme.stdout)")
    }

    @Test("a UK card dispute with a holding reply opens the FOS 35 business days after the complaint")
    func ukHolding() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let london = ["TZ": "Europe/London"]
        try firm(r, "Northway Bank", kind: "bank", jurisdiction: "GB", category: "transaction", at: "2026-09-30 10:00", zone: "Europe/London")
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-10-01 10:00"], extraEnvironment: london)
        // DISP 1.6.2AR: 15 business days from Thu 1 Oct = Thu 22 Oct; the FOS opens on the 23rd.
        #expect(try r.run(["agenda", "--as-of", "2026-10-10 09:00"], extraEnvironment: london).stdout.contains("(uk.fos): opens Fri 23 Oct"))
        let holding = try r.run(["escalation", "respond", "1", "--holding", "--at", "2026-10-15 10:00"], extraEnvironment: london)
        #expect(holding.status == 0, "\(holding.stderr)")
        // 35 business days: 23 Oct (16), 26–30 Oct (21), 2–6 Nov (26), 9–13 Nov (31), 16–19 Nov (35): opens Fri 20 Nov.
        let agenda = try r.run(["agenda", "--as-of", "2026-10-20 09:00"], extraEnvironment: london).stdout
        #expect(agenda.contains("(uk.fos): opens Fri 20 Nov"), "\(agenda)")
        let draft = try r.run(["draft", "regulator", "1", "--to", "uk.fos", "--force", "--as-of", "2026-10-20 09:00"], extraEnvironment: london)
        #expect(!draft.stdout.contains("answered; the answer does not resolve"), "a holding reply is not an answer")
        let final = try r.run(["escalation", "respond", "1", "--final", "--at", "2026-11-10 10:00"], extraEnvironment: london)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(try r.run(["agenda", "--as-of", "2026-11-11 09:00"], extraEnvironment: london).stdout.contains("(uk.fos): open since Tue 10 Nov"))
        let before = try r.fingerprint()
        #expect(try r.run(["escalation", "respond", "1", "--holding", "--final"]).status == 64)
        #expect(try r.run(["escalation", "respond", "1", "--holding", "--at", "2026-11-12 10:00"], extraEnvironment: london).status != 0,
                "nothing follows a final response")
        #expect(try r.fingerprint() == before)
    }

    @Test("no known rule: no invented deadline in the letter; agenda says 'no legal clock known'; --reply-by sets the user's date")
    func noRule() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let york = ["TZ": "America/New_York"]
        try firm(r, "First Bank", kind: "bank", jurisdiction: "US", category: "service", at: "2026-11-30 10:00", zone: "America/New_York")
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-01 10:00"], extraEnvironment: york)
        #expect(try r.run(["agenda", "--as-of", "2026-12-02 09:00"], extraEnvironment: york).stdout.contains("no legal clock known"))
        let letter = try r.run(["draft", "complaint", "1", "--as-of", "2026-12-29 09:00"], extraEnvironment: york).stdout
        #expect(!letter.contains("15 calendar days") && !letter.contains("was due"), "\(letter)")
        #expect(letter.contains("Please send me your final response in writing."))
        let check = try r.run(["draft", "complaint", "1", "--check", "--json", "--as-of", "2026-12-02 09:00"], extraEnvironment: york)
        #expect(check.stdout.contains("no-legal-clock"))
        let asked = try r.run(["draft", "complaint", "1", "--reply-by", "2027-01-15", "--as-of", "2026-12-02 09:00"], extraEnvironment: york).stdout
        #expect(asked.contains("in writing by 15 January 2027"), "\(asked)")
        let past = try r.run(["draft", "complaint", "1", "--reply-by", "2026-11-01", "--as-of", "2026-12-02 09:00"], extraEnvironment: york)
        #expect(past.status == 64 && past.stderrLines.count == 1)
    }

    @Test("--check exits 1 for a body that does not cover the firm or its country")
    func remit() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let london = ["TZ": "Europe/London"]
        try firm(r, "Octopus Energy", kind: "energy", jurisdiction: "GB", category: "billing", at: "2026-11-30 10:00", zone: "Europe/London")
        try r.run(["profile", "set", "name", "Jo Bloggs"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-06-01 10:00"], extraEnvironment: london)
        for body in ["uk.fos", "us.cfpb", "eu.adr"] {
            let check = try r.run(["draft", "regulator", "1", "--to", body, "--check", "--as-of", "2026-12-01 09:00"], extraEnvironment: london)
            #expect(check.status == 1, "\(body): \(check.stdout)")
        }
        let energy = try r.run(["draft", "regulator", "1", "--to", "uk.energy", "--check", "--json", "--as-of", "2026-12-01 09:00"], extraEnvironment: london)
        #expect(!energy.stdout.contains("\"precondition\""), "\(energy.stdout)")
    }

    @Test("bodies --stale lists the facts not checked within 12 months; a fact's check date shows in bodies ID")
    func stale() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let stale = try r.run(["bodies", "--stale", "--as-of", "2026-12-06 09:00"])
        #expect(stale.status == 0)
        #expect(stale.stdout.hasPrefix("Facts not checked since 2025-12-06:"))
        #expect(stale.stdout.contains("cn.samr · "), "the SAMR measures carry no check date: \(stale.stdout)")
        #expect(!stale.stdout.contains("cn.miit"), "checked 2026-12-06")
        let later = try r.run(["bodies", "--stale", "--as-of", "2028-01-01 09:00"]).stdout
        #expect(later.contains("cn.miit · "), "a year on, everything is stale again")
        #expect(try r.run(["bodies", "cn.miit"]).stdout.contains("(checked 2026-12-06)"))
    }
}
