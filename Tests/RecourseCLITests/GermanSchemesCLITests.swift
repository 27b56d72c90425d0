import Foundation
import Testing

/// Issue 19, the German banking schemes, tried through the built binary: a Sparkasse, a Volksbank, a
/// private bank and a bank of unknown group each routed to their scheme by `escalate`, `bodies --case`,
/// `agenda` and `draft regulator --check` alike; the application drafted with the German declaration.
@Suite("German banking schemes end to end: the scheme by the bank's group")
struct GermanSchemesCLITests {
    static let banks: [(name: String, scheme: String)] = [
        ("Sparkasse KölnBonn", "de.dsgv"), ("Volksbank Mittelhessen", "de.bvr"), ("Commerzbank", "de.bdb"), ("Berliner Bank", "de.bundesbank"),
    ]

    /// Four German banks, each with a card-payment case and a complaint sent on Fri 4 Dec 2026.
    static func journal() throws -> RecourseProcess {
        var r = RecourseProcess()
        r.environment["TZ"] = "Europe/Berlin"
        for (name, _) in banks {
            try r.run(["log", name, "--summary", "card payment charged twice", "--at", "2026-12-01 10:00", "--no-input"])
        }
        for id in 1...banks.count {
            try r.run(["case", "edit", "\(id)", "--category", "transaction", "--wants", "refund of the second charge of 49.90 EUR", "--at", "2026-12-01 10:05"])
        }
        for (key, value) in [("name", "Alex Morgan"), ("address", "Lindenstraße 5, 50674 Köln")] { try r.run(["profile", "set", key, value]) }
        return r
    }

    @Test("escalate, bodies --case, agenda and draft --check name the same scheme for each bank")
    func agree() throws {
        let r = try Self.journal()
        defer { r.cleanUp() }
        for (index, bank) in Self.banks.enumerated() {
            let id = "\(index + 1)"
            let escalated = try r.run(["escalate", id, "--to", "company", "--at", "2026-12-04 10:00", "--no-input"])
            #expect(escalated.status == 0, "\(escalated.stderr)")
            #expect(escalated.stdout.contains("(\(bank.scheme)): open since Fri 4 Dec 10:00"), "\(bank.name): \(escalated.stdout)")
            #expect(escalated.stdout.contains("due Mon 28 Dec"), "PSD2's 15 German business days: \(escalated.stdout)")
            let others = Self.banks.map(\.scheme).filter { $0 != bank.scheme } + ["eu.adr"]
            #expect(!others.contains { escalated.stdout.contains("(\($0))") }, "\(bank.name): one scheme only")
            let route = try r.run(["bodies", "--case", id, "--as-of", "2026-12-05 09:00"])
            #expect(route.status == 0 && route.stdout.contains("\(bank.scheme) · "), "\(route.stdout)\(route.stderr)")
            let chineseRoute = try r.run(["bodies", "--case", id, "--as-of", "2026-12-05 09:00", "--lang", "zh"]).stdout
            #expect(chineseRoute.contains("：自 12月4日 周五 10:00 起可提交") && !chineseRoute.contains(": 自"), "\(chineseRoute)")
            let check = try r.run(["draft", "regulator", id, "--to", bank.scheme, "--check", "--json", "--as-of", "2026-12-05 09:00"])
            #expect(check.status == 0, "\(bank.name) → \(bank.scheme): \(check.stdout)")
            let wrong = Self.banks.first { $0.scheme != bank.scheme }!.scheme
            let refused = try r.run(["draft", "regulator", id, "--to", wrong, "--check", "--as-of", "2026-12-05 09:00"])
            #expect(refused.status == 1, "\(bank.name) is not \(wrong)'s: \(refused.stdout)")
        }
        let agenda = try r.run(["agenda", "--as-of", "2026-12-05 09:00"]).stdout
        for (index, bank) in Self.banks.enumerated() {
            #expect(agenda.contains("#\(index + 1) \(bank.name) · ") && agenda.contains("(\(bank.scheme)): open since"), "\(agenda)")
        }
        #expect(!agenda.contains("(eu.adr)"), "the national scheme replaces the EU-wide entry")
    }

    @Test("an unknown group: the Bundesbank, with the reason and the fix told to the user; org edit --sector moves the route")
    func unknownGroup() throws {
        let r = try Self.journal()
        defer { r.cleanUp() }
        try r.run(["escalate", "4", "--to", "company", "--at", "2026-12-04 10:00", "--no-input"])
        let check = try r.run(["draft", "regulator", "4", "--to", "de.bundesbank", "--check", "--json", "--as-of", "2026-12-05 09:00"])
        #expect(check.stdout.contains("\"sector-unknown\"") && check.stdout.contains("FinSV § 24"), "\(check.stdout)")
        let draft = try r.run(["draft", "regulator", "4", "--to", "de.bundesbank", "--as-of", "2026-12-05 09:00"]).stdout
        #expect(!draft.contains("FinSV § 24") && !draft.contains("unknown"), "the doubt is the user's, not the recipient's: \(draft)")
        let before = try r.fingerprint()
        let bad = try r.run(["org", "edit", "4", "--sector", "mutual"])
        #expect(bad.status == 64 && bad.stderrLines.count == 1 && bad.stderr.contains("mutual"), "\(bad.stderr)")
        #expect(try r.fingerprint() == before, "a refused edit leaves the journal as it was")
        let edited = try r.run(["org", "edit", "4", "--sector", "private", "--at", "2026-12-04 12:00"])
        #expect(edited.status == 0 && edited.stdout.contains("banking group private bank"), "\(edited.stdout)\(edited.stderr)")
        #expect(try r.run(["agenda", "--as-of", "2026-12-05 09:00"]).stdout.contains("#4 Berliner Bank · Ombudsmann der privaten Banken"))
        #expect(try r.run(["draft", "regulator", "4", "--to", "de.bundesbank", "--check", "--as-of", "2026-12-05 09:00"]).status == 1)
        let chinese = try r.run(["org", "edit", "4", "--sector", "none", "--lang", "zh", "--at", "2026-12-04 12:05"])
        #expect(chinese.stdout.contains("银行集团 未参加任何私营调解机构"), "\(chinese.stdout)")
        #expect(try r.run(["verify"]).status == 0, "the edits keep the chain")
        // The group travels with the organization: export, import into an empty journal, same route.
        var b = RecourseProcess()
        b.environment["TZ"] = "Europe/Berlin"
        let out = b.folder + "-out"
        defer { b.cleanUp(); try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        #expect(try r.run(["export", "--output", out + "/a.jsonl", "--with-files", out]).status == 0)
        #expect(try b.run(["import", out]).status == 0)
        let organizations = try #require(try b.run(["org", "list", "--json"]).json as? [String: Any])
        let berliner = (organizations["organizations"] as? [[String: Any]])?.compactMap { $0["organization"] as? [String: Any] }
            .first { $0["name"] as? String == "Berliner Bank" }
        #expect(berliner?["sector"] as? String == "none", "\(organizations)")
    }

    @Test("the application to the Sparkassen scheme: German heading, addressee and address, the FinSV § 7 declaration; --check says the facts need translating")
    func germanApplication() throws {
        let r = try Self.journal()
        defer { r.cleanUp() }
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-04 10:00", "--no-input"])
        let draft = try r.run(["draft", "regulator", "1", "--to", "de.dsgv", "--as-of", "2026-12-05 09:00"])
        #expect(draft.status == 0, "\(draft.stderr)")
        let text = draft.stdout
        for expected in ["# Antrag auf Durchführung eines Schlichtungsverfahrens",
                         "**An:** Schlichtungsstelle beim Deutschen Sparkassen- und Giroverband e. V.",
                         "Charlottenstraße 47, 10117 Berlin", "**Antragsteller:** Alex Morgan", "**Anschrift:** Lindenstraße 5, 50674 Köln",
                         "**Antragsgegner:** Sparkasse KölnBonn", "**Datum:** 05.12.2026",
                         "Ich habe mich am 04.12.2026 bei Sparkasse KölnBonn beschwert",
                         "## Versicherung nach § 7 Absatz 1 der Finanzschlichtungsstellenverordnung",
                         "weder durchgeführt wurde noch anhängig ist", "nicht bei einem Gericht anhängig ist",
                         "weder durch Vergleich noch in anderer Weise beigelegt wurde", "refund of the second charge of 49.90 EUR"] {
            #expect(text.contains(expected), "missing «\(expected)»: \(text)")
        }
        #expect(!text.contains("unconfirmed") && !text.contains("secondary"), "no hedge to the recipient")
        let check = try r.run(["draft", "regulator", "1", "--to", "de.dsgv", "--check", "--json", "--as-of", "2026-12-05 09:00"])
        #expect(check.stdout.contains("\"body-language\"") && check.stdout.contains("have them translated"), "\(check.stdout)")
        let chinese = try r.run(["draft", "regulator", "1", "--to", "de.dsgv", "--check", "--lang", "zh", "--as-of", "2026-12-05 09:00"])
        #expect(chinese.stdout.contains("只受理德文申请"), "\(chinese.stdout)")
        // A body Recourse writes in its own language keeps its own template.
        #expect(!(try r.run(["draft", "regulator", "1", "--to", "eu.adr", "--force", "--as-of", "2026-12-05 09:00"]).stdout.contains("Versicherung")))
    }

    @Test("agenda's 'no legal clock' line names escalate --reply-by as well as draft complaint --reply-by")
    func noClockLine() throws {
        var r = RecourseProcess()
        r.environment["TZ"] = "America/New_York"
        defer { r.cleanUp() }
        try r.run(["org", "add", "First Bank", "--kind", "bank", "--jurisdiction", "US", "--at", "2026-11-30 09:00"])
        try r.run(["log", "First Bank", "--summary", "slow service", "--at", "2026-11-30 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--category", "service", "--at", "2026-11-30 10:05"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-12-01 10:00", "--no-input"])
        let agenda = try r.run(["agenda", "--as-of", "2026-12-02 09:00"]).stdout
        #expect(agenda.contains("escalate --to company --reply-by") && agenda.contains("draft complaint --reply-by"), "\(agenda)")
        let chinese = try r.run(["agenda", "--lang", "zh", "--as-of", "2026-12-02 09:00"]).stdout
        #expect(chinese.contains("escalate --to company --reply-by"), "\(chinese)")
    }
}
