import Foundation
import Testing

/// #24's follow-up, over real HTTP against the real binary: the due date resolved before saving
/// (by `recourse when`, the parser `log` uses), escalation clocks in the calendar feed, and a
/// second device paired while the server runs.
@Suite("serve: due preview, clocks in the feed, pairing another device", .serialized)
struct ServeFollowUpTests {
    @Test("`when` reads a due phrase as `log --due` does: same moment, same error, nothing saved")
    func whenMatchesLog() throws {
        let journal = RecourseProcess()
        defer { journal.cleanUp() }
        try journal.run(["org", "add", "招商银行", "--kind", "bank", "--jurisdiction", "CN"])
        let shown = try journal.run(["when", "三个工作日内", "--at", "2026-09-30 10:00", "--organization", "招商银行"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let preview = try #require(try journal.run(["when", "三个工作日内", "--at", "2026-09-30 10:00", "--organization", "招商银行", "--json"])
            .json as? [String: Any])
        let due = try #require(preview["due"] as? String)
        #expect(shown.stdout.hasPrefix("Falls due "))
        let before = try journal.fingerprint()
        let logged = try journal.run(["log", "招商银行", "--promise", "退款", "--due", "三个工作日内", "--at", "2026-09-30 10:00", "--no-input"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(before != (try journal.fingerprint()))
        let promises = try #require((try journal.run(["overdue", "--json", "--as-of", "2030-01-01"]).json as? [String: Any])?["overdue"] as? [[String: Any]])
        let saved = try #require((promises.first?["promise"] as? [String: Any])?["due_at"] as? String)
        #expect(saved == due, "the CN calendar skips the National Day holiday for both")
        // The same one-line error as log, and no journal change.
        let after = try journal.fingerprint()
        let bad = try journal.run(["when", "someday maybe"])
        let logBad = try journal.run(["log", "招商银行", "--promise", "x", "--due", "someday maybe", "--no-input"])
        #expect(bad.status != 0 && bad.status == logBad.status)
        #expect(bad.stderrLines.first == logBad.stderrLines.first)
        #expect(try journal.fingerprint() == after)
        #expect(try journal.run(["when", "明天下午5点", "--at", "2026-09-30 10:00", "--lang", "zh"]).stdout.hasPrefix("到期时间："))
    }

    @Test("the log form's preview button and /log/when show the resolved date and save nothing")
    func previewSavesNothing() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let expected = try journal.run(["when", "3 workdays", "--at", "2026-11-02 10:00", "--organization", "中国移动"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(expected.hasPrefix("Falls due "))
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let before = try journal.fingerprint()
        let fields = [("organization", "中国移动"), ("summary", "NOT-SAVED"), ("promise", "refund"), ("due", "3 workdays"),
                      ("at", "2026-11-02 10:00"), ("preview", "1"), ("csrf", csrf)]
        let reply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin], form: fields, multipart: true)
        #expect(reply.status == 200)
        let output = try #require(reply.body.range(of: "<output id=\"due-preview\""))
        #expect(reply.body[output.upperBound...].prefix(200).contains(expected), "\(expected)")
        #expect(reply.body.contains("Preview only: nothing was saved."))
        #expect(reply.body.contains("value=\"3 workdays\"") && reply.body.contains("NOT-SAVED</textarea>"), "the form keeps what was typed")
        #expect(try journal.fingerprint() == before)
        // The live preview's endpoint: the same words, as plain text; a bad phrase gets the one-line error.
        let live = try server.request("/log/when?due=3%20workdays&at=2026-11-02%2010:00&organization=%E4%B8%AD%E5%9B%BD%E7%A7%BB%E5%8A%A8", cookie: cookie)
        #expect(live.status == 200 && live.body == expected)
        let bad = try server.request("/log/when?due=someday%20maybe", cookie: cookie)
        #expect(bad.status == 422 && bad.body.contains("someday maybe"))
        #expect(try server.request("/log/when?due=3%20workdays").status == 303, "no session, no preview")
        // The script is served from the binary, and the policy lets only our own scripts run.
        let script = try server.request("/preview.js", cookie: cookie)
        #expect(script.status == 200 && script.body.contains("/log/when?"))
        #expect(reply.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(try journal.fingerprint() == before)
    }

    @Test("the calendar feed carries escalation clocks, as `recourse calendar` does")
    func feedCarriesClocks() throws {
        let journal = RecourseProcess()
        defer { journal.cleanUp() }
        try journal.run(["org", "add", "招商银行", "--kind", "bank", "--jurisdiction", "CN"])
        try journal.run(["log", "招商银行", "--summary", "扣款两次", "--promise", "退款", "--due", "3 days", "--at", "2026-11-01 10:00", "--no-input"])
        let sent = try journal.run(["escalate", "1", "--to", "company", "--at", "2026-11-02", "--ref", "TS-5521"])
        #expect(sent.status == 0, "\(sent.stderr)")
        let asOf = try #require(ISO8601DateFormatter().date(from: "2026-11-10T01:00:00Z"))
        // Unfolded (RFC 5545 folds long lines with CRLF and a space).
        let cli = try journal.run(["calendar", "--as-of", "2026-11-10 09:00"]).stdout.replacingOccurrences(of: "\r\n ", with: "")
        let clockUIDs = cli.split(separator: "\r\n").filter { $0.hasPrefix("UID:clock-1-") }
        #expect(!clockUIDs.isEmpty, "recourse calendar carries the clocks")
        let server = try ServeProcess(journal, now: asOf)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        #expect(try server.request("/calendar/new", cookie: cookie, headers: ["Origin": server.origin], form: [("device", "phone"), ("csrf", csrf)]).status == 303)
        let page = try server.request("/calendar", cookie: cookie).body
        let range = try #require(page.range(of: "/calendar.ics?token="))
        let token = String(page[range.upperBound...].prefix { $0.isHexDigit })
        let feed = try server.request("/calendar.ics?token=" + token)
        #expect(feed.status == 200)
        let body = feed.body.replacingOccurrences(of: "\r\n ", with: "")
        for uid in clockUIDs { #expect(body.contains(uid), "\(uid)") }
        #expect(body.contains("cn.nfra"), "the regulator's clock is named")
        #expect(body.contains("BEGIN:VALARM"))
    }

    @Test("a paired device makes a one-time code for another; it pairs once, and not after ten minutes")
    func pairAnotherDevice() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let start = Date()
        let server = try ServeProcess(journal, now: start)
        defer { server.stop() }
        // Without a session there is no way to make a code.
        #expect(try server.request("/pair/new").status == 303)
        #expect(try server.request("/pair/new", headers: ["Origin": server.origin], form: [("csrf", "")]).status == 403)
        let first = try server.pair()
        let csrf = try server.csrf(cookie: first)
        #expect(try server.request("/pair/new", cookie: first, headers: ["Origin": "http://evil.example"], form: [("csrf", csrf)]).status == 403)
        let made = try server.request("/pair/new", cookie: first, headers: ["Origin": server.origin], form: [("csrf", csrf)])
        #expect(made.status == 303 && made.headers["location"] == "/pair/new")
        let page = try server.request("/pair/new", cookie: first).body
        let range = try #require(page.range(of: server.origin + "/pair?code="))
        let code = String(page[range.upperBound...].prefix { $0.isLetter || $0.isNumber })
        #expect(code.count == 8 && code != server.code)
        #expect(!(try server.request("/pair/new", cookie: first).body.contains(code)), "shown once")
        let second = try server.request("/pair?code=" + code)
        #expect(second.status == 303 && second.headers["set-cookie"]?.contains("HttpOnly") == true)
        let secondCookie = String((second.headers["set-cookie"] ?? "").split(separator: ";").first ?? "")
        #expect(secondCookie != first)
        #expect(try server.request("/agenda", cookie: secondCookie).body.contains("中国移动"))
        #expect(try server.request("/pair?code=" + code).status == 403, "spent")
        // A code left unused expires like the printed one.
        _ = try server.request("/pair/new", cookie: first, headers: ["Origin": server.origin], form: [("csrf", csrf)])
        let later = try server.request("/pair/new", cookie: first).body
        let laterRange = try #require(later.range(of: "/pair?code="))
        let stale = String(later[laterRange.upperBound...].prefix { $0.isLetter || $0.isNumber })
        try server.advance(to: start.addingTimeInterval(601))
        #expect(try server.request("/pair?code=" + stale).status == 403)
    }
}
