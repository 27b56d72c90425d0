import Foundation
import Testing

/// Paired devices outlive the server process (kept as digests in the config folder) until
/// "Forget this device" removes them for good: real servers, stopped and started again.
@Suite("serve: paired devices survive a restart until forgotten", .serialized)
struct ServeDevicesTests {
    static func devicesFile(_ journal: RecourseProcess) -> String { journal.folder + "/.config/recourse/serve-devices.json" }

    /// A second device paired through the first one's "Pair a device" page; returns its cookie.
    static func pairAnother(_ server: ServeProcess, from cookie: String, userAgent: String) throws -> String {
        let csrf = try server.csrf(cookie: cookie)
        #expect(try server.request("/pair/new", cookie: cookie, headers: ["Origin": server.origin], form: [("csrf", csrf)]).status == 303)
        let page = try server.request("/pair/new", cookie: cookie).body
        let address = try #require(page.range(of: "id=\"pair-address\">").map { String(page[$0.upperBound...].prefix { $0 != "<" }) })
        let code = String(address.split(separator: "=").last ?? "")
        let paired = try server.request("/pair?code=" + code, headers: ["User-Agent": userAgent])
        #expect(paired.status == 303)
        return String((paired.headers["set-cookie"] ?? "").split(separator: ";").first ?? "")
    }

    /// The `/devices` page's forget forms: (id, the text shown beside it).
    static func listed(_ server: ServeProcess, cookie: String) throws -> [(id: String, text: String)] {
        let page = try server.request("/devices", cookie: cookie).body
        return page.components(separatedBy: "action=\"/devices/forget\"").dropFirst().map { form in
            let id = form.range(of: "name=\"id\" value=\"").map { String(form[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
            let text = form.range(of: "<p>").map { String(form[$0.upperBound...].prefix { $0 != "<" }) } ?? ""
            return (id, text)
        }
    }

    @Test("pair, restart the server: the cookie and its forms still work; only a digest of it is on disk, 0600")
    func survivesRestart() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let first = try ServeProcess(journal)
        let cookie = try first.pair()
        let csrf = try first.csrf(cookie: cookie)
        first.stop()

        let second = try ServeProcess(journal)
        defer { second.stop() }
        let agenda = try second.request("/agenda", cookie: cookie)
        #expect(agenda.status == 200 && agenda.body.contains("中国移动"))
        #expect(try second.csrf(cookie: cookie) == csrf)
        let saved = try second.request("/log", cookie: cookie, headers: ["Origin": second.origin],
                                       form: [("organization", "中国移动"), ("summary", "after restart"), ("csrf", csrf)], multipart: true)
        #expect(saved.status == 303)
        #expect(try journal.run(["search", "after restart"]).stdout.contains("中国移动"))

        let file = Self.devicesFile(journal)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let stored = try String(contentsOfFile: file, encoding: .utf8)
        let secret = String(cookie.split(separator: "=").last ?? "")
        #expect(secret.count == 64 && !stored.contains(secret) && !stored.contains(csrf))
        // Nothing about sessions goes into the journal, which is backed up, exported and synced.
        #expect(try journal.run(["verify"]).status == 0)
    }

    @Test("forget a device, restart: it stays refused; the other device still works; forgetting oneself unpairs")
    func forgetIsForGood() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        let phone = try server.pair()
        let tablet = try Self.pairAnother(server, from: phone, userAgent: "Tablet-Browser/1.0")
        let devices = try Self.listed(server, cookie: phone)
        #expect(devices.count == 2)
        let tabletID = try #require(devices.first { $0.text.contains("Tablet-Browser/1.0") }?.id)
        let phoneID = try #require(devices.first { $0.text.contains("this device") }?.id)
        #expect(tabletID != phoneID)
        let csrf = try server.csrf(cookie: phone)
        let forgot = try server.request("/devices/forget", cookie: phone, headers: ["Origin": server.origin], form: [("id", tabletID), ("csrf", csrf)])
        #expect(forgot.status == 303 && forgot.headers["location"] == "/devices")
        // At once, without a restart.
        #expect(try server.request("/agenda", cookie: tablet).headers["location"] == "/pair")
        server.stop()

        let restarted = try ServeProcess(journal)
        defer { restarted.stop() }
        let refused = try restarted.request("/agenda", cookie: tablet)
        #expect(refused.status == 303 && refused.headers["location"] == "/pair" && !refused.body.contains("中国移动"))
        #expect(try restarted.request("/agenda", cookie: phone).status == 200)
        #expect(try Self.listed(restarted, cookie: phone).map(\.id) == [phoneID])
        // Forgetting the device in hand: back to the pairing page, and the cookie is dead.
        let own = try restarted.request("/devices/forget", cookie: phone, headers: ["Origin": restarted.origin],
                                        form: [("id", phoneID), ("csrf", csrf)])
        #expect(own.status == 303 && own.headers["location"] == "/pair")
        #expect(try restarted.request("/agenda", cookie: phone).headers["location"] == "/pair")
        #expect(!(try String(contentsOfFile: Self.devicesFile(journal), encoding: .utf8)).contains(phoneID))
    }

    @Test("a device paired with one journal's server is not paired with another journal's, though both keep devices in one config folder")
    func scopedToTheJournal() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let server = try ServeProcess(journal)
        let cookie = try server.pair()
        server.stop()
        var other = RecourseProcess()
        defer { other.cleanUp() }
        other.environment["HOME"] = journal.folder
        #expect(try other.run(["log", "中国联通", "--summary", "OTHER-JOURNAL", "--no-input"]).status == 0)
        let otherServer = try ServeProcess(other)
        defer { otherServer.stop() }
        let reply = try otherServer.request("/agenda", cookie: cookie)
        #expect(reply.status == 303 && reply.headers["location"] == "/pair")
    }

    @Test("when the device cannot be kept on disk, pairing says so, hands out no cookie, and the code stays unspent")
    func unkeptDeviceIsNotPaired() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        // A folder where the file must go: the write fails even for root.
        try FileManager.default.createDirectory(atPath: Self.devicesFile(journal), withIntermediateDirectories: true)
        let server = try ServeProcess(journal)
        defer { server.stop() }
        let refused = try server.request("/pair?code=" + server.code)
        #expect(refused.status == 500 && refused.headers["set-cookie"] == nil)
        #expect(refused.body.contains("Cannot keep paired devices") && !refused.body.contains("中国移动"))
        try FileManager.default.removeItem(atPath: Self.devicesFile(journal))
        let paired = try server.request("/pair?code=" + server.code)
        #expect(paired.status == 303 && paired.headers["set-cookie"] != nil)
    }

    @Test("a calendar feed token works after a restart; revoked, it stays refused after the next")
    func calendarTokenAcrossRestarts() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let first = try ServeProcess(journal)
        let cookie = try first.pair()
        let csrf = try first.csrf(cookie: cookie)
        #expect(try first.request("/calendar/new", cookie: cookie, headers: ["Origin": first.origin], form: [("device", "phone"), ("csrf", csrf)]).status == 303)
        let page = try first.request("/calendar", cookie: cookie).body
        let token = try #require(page.range(of: "/calendar.ics?token=").map { String(page[$0.upperBound...].prefix { $0.isHexDigit }) })
        first.stop()

        let second = try ServeProcess(journal)
        let feed = try second.request("/calendar.ics?token=" + token)
        #expect(feed.status == 200 && feed.body.contains("BEGIN:VCALENDAR"))
        let listed = try second.request("/calendar", cookie: cookie).body
        let id = try #require(listed.range(of: "name=\"id\" value=\"").map { String(listed[$0.upperBound...].prefix { $0 != "\"" }) })
        #expect(try second.request("/calendar/revoke", cookie: cookie, headers: ["Origin": second.origin], form: [("id", id), ("csrf", csrf)]).status == 303)
        second.stop()

        let third = try ServeProcess(journal)
        defer { third.stop() }
        let refused = try third.request("/calendar.ics?token=" + token)
        #expect(refused.status == 403 && !refused.body.contains("VCALENDAR"))
    }
}
