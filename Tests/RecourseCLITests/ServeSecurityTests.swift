import Foundation
import Testing

/// `recourse serve` over real HTTP against the real binary: none of the attacks gets journal data,
/// and a form behaves exactly as `log` does.
@Suite("serve: pairing, sessions, Host, CSRF, the calendar feed", .serialized)
struct ServeSecurityTests {
    /// A journal holding one contact with a word no page may show to a stranger.
    static func journalWithSecret() throws -> RecourseProcess {
        let journal = RecourseProcess()
        let logged = try journal.run(["log", "中国移动", "--via", "phone", "--summary", "SECRET-SUMMARY", "--promise", "refund",
                                      "--due", "3 days", "--no-input"])
        #expect(logged.status == 0, "\(logged.stderr)")
        return journal
    }

    @Test("the first line is the pairing address on loopback; without a session every page redirects to /pair and shows nothing")
    func noCookieNoData() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        #expect(server.pairingURL.hasPrefix("http://127.0.0.1:"))
        #expect(server.code.count == 8)
        for path in ["/", "/agenda", "/cases", "/case/1", "/case/1/draft/complaint?format=txt", "/case/1/prep", "/check?q=10086", "/calendar", "/log"] {
            let reply = try server.request(path, cookie: "recourse_session=forged")
            #expect(reply.status == 303 && reply.headers["location"] == "/pair" || path == "/" && reply.status == 303, "\(path)")
            #expect(!reply.body.contains("SECRET") && !reply.body.contains("中国移动"), "\(path)")
        }
        let before = try journal.fingerprint()
        let post = try server.request("/log", headers: ["Origin": server.origin], form: [("organization", "X"), ("csrf", "")])
        #expect(post.status == 403)
        #expect(try journal.fingerprint() == before)
    }

    @Test("pairing sets an HttpOnly SameSite=Strict cookie once; the code is refused when reused or expired")
    func pairingOnce() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let paired = try server.request("/pair?code=" + server.code)
        #expect(paired.status == 303)
        let cookie = paired.headers["set-cookie"] ?? ""
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        let agenda = try server.request("/agenda", cookie: String(cookie.split(separator: ";")[0]))
        #expect(agenda.status == 200 && agenda.body.contains("中国移动"))
        #expect(agenda.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        let again = try server.request("/pair?code=" + server.code)
        #expect(again.status == 403 && again.headers["set-cookie"] == nil)
    }

    @Test("a pairing code ten minutes old is refused")
    func expiredCode() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let start = Date()
        let server = try ServeProcess(journal, now: start)
        defer { server.stop() }
        try server.advance(to: start.addingTimeInterval(600))
        let late = try server.request("/pair?code=" + server.code)
        #expect(late.status == 403 && late.headers["set-cookie"] == nil)
    }

    @Test("Host: evil.example gets nothing, even with a paired cookie (DNS rebinding)")
    func foreignHost() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let reply = try server.request("/agenda", cookie: cookie, headers: ["Host": "evil.example"])
        #expect(reply.status == 421)
        #expect(!reply.body.contains("中国移动") && !reply.body.contains("SECRET"))
        let pairing = try ServeProcess(journal)
        defer { pairing.stop() }
        #expect(try pairing.request("/pair?code=" + pairing.code, headers: ["Host": "evil.example"]).status == 421)
    }

    @Test("a POST from another site, or without the page's csrf token, is refused and saves nothing")
    func crossSitePost() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        #expect(csrf.count == 64)
        let before = try journal.fingerprint()
        let fields = [("organization", "Evil Bank"), ("summary", "forged")]
        let foreign = try server.request("/log", cookie: cookie, headers: ["Origin": "http://evil.example"], form: fields + [("csrf", csrf)], multipart: true)
        #expect(foreign.status == 403)
        let noOrigin = try server.request("/log", cookie: cookie, form: fields + [("csrf", csrf)], multipart: true)
        #expect(noOrigin.status == 403)
        let wrongToken = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin], form: fields + [("csrf", String(repeating: "0", count: 64))], multipart: true)
        #expect(wrongToken.status == 403)
        #expect(try journal.fingerprint() == before)
        let genuine = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin], form: fields + [("csrf", csrf)], multipart: true)
        #expect(genuine.status == 303)
        #expect(try journal.run(["search", "forged"]).stdout.contains("Evil Bank"))
    }

    @Test("after five wrong codes in a minute even the right one waits; a minute later it works")
    func bruteForceSlowed() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let start = Date()
        let server = try ServeProcess(journal, now: start)
        defer { server.stop() }
        for guess in ["AAAAAAAA", "BBBBBBBB", "CCCCCCCC", "DDDDDDDD", "EEEEEEEE"] {
            #expect(try server.request("/pair?code=" + guess).status == 403)
        }
        let locked = try server.request("/pair?code=" + server.code)
        #expect(locked.status == 429 && locked.headers["retry-after"] != nil && locked.headers["set-cookie"] == nil)
        try server.advance(to: start.addingTimeInterval(61))
        #expect(try server.request("/pair?code=" + server.code).status == 303)
    }

    @Test("the calendar feed needs its device's token; a revoked token is refused")
    func calendarFeedToken() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        #expect(try server.request("/calendar.ics").status == 403)
        #expect(try server.request("/calendar.ics?token=" + String(repeating: "a", count: 64)).status == 403)
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let made = try server.request("/calendar/new", cookie: cookie, headers: ["Origin": server.origin], form: [("device", "phone"), ("csrf", csrf)])
        #expect(made.status == 303)
        let page = try server.request("/calendar", cookie: cookie).body
        guard let range = page.range(of: "/calendar.ics?token=") else { Issue.record("no link on /calendar"); return }
        let token = String(page[range.upperBound...].prefix { $0.isHexDigit })
        let feed = try server.request("/calendar.ics?token=" + token)
        #expect(feed.status == 200 && feed.headers["content-type"]?.hasPrefix("text/calendar") == true)
        #expect(feed.body.contains("BEGIN:VCALENDAR") && feed.body.contains("refund"))
        let id = page.range(of: "name=\"id\" value=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        #expect(try server.request("/calendar/revoke", cookie: cookie, headers: ["Origin": server.origin], form: [("id", id), ("csrf", csrf)]).status == 303)
        #expect(try server.request("/calendar.ics?token=" + token).status == 403)
    }

    @Test("a bad field gets log's own one-line error beside it, and nothing is saved")
    func badFieldSameError() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let cli = try journal.run(["log", "中国移动", "--promise", "call back", "--due", "someday maybe", "--no-input"])
        #expect(cli.status != 0)
        let line = try #require(cli.stderrLines.first.map(String.init))
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let before = try journal.fingerprint()
        let reply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                       form: [("organization", "中国移动"), ("promise", "call back"), ("due", "someday maybe"), ("csrf", csrf)], multipart: true)
        #expect(reply.status == 422)
        let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
        // Beside the due field: its label comes just before the error.
        let due = try #require(reply.body.range(of: "<label for=\"due\">"))
        #expect(reply.body[due.upperBound...].prefix(600).contains(escaped), "\(line)")
        #expect(try journal.fingerprint() == before)
    }

    @Test("an uploaded screenshot is kept and hashed as log --attach keeps it")
    func attachmentUpload() throws {
        let journal = try Self.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let shot = journal.write("chat.png", "not really a png but bytes all the same")
        let reply = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                       form: [("organization", "中国移动"), ("summary", "chat screenshot"), ("csrf", csrf)],
                                       files: [("attach", shot)], multipart: true)
        #expect(reply.status == 303)
        let shown = try journal.run(["show", "1", "--json"])
        #expect(shown.stdout.contains("chat.png"))
        let confirmation = try server.request("/log", cookie: cookie).body
        #expect(confirmation.contains("chat.png"))
    }
}
