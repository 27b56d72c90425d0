import Foundation
import Testing
@testable import Escalation
@testable import Journal
import Lexicon
import Reminders

/// The routing table of issue 19: for each (jurisdiction, kind, category, history), the rule that
/// sets the firm's deadline (or none), its last day, and the bodies in order with their opening
/// dates, every date counted by hand across the holidays it crosses.
@Suite("Routing table: one answer for where a case goes, from when, and why")
struct RoutingTableTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let kind: OrganizationKind
        let jurisdiction: String
        let zone: String
        let category: CaseCategory
        let complaint: String
        var holding: String? = nil
        /// The body whose rule sets the firm's deadline, and its last day; nil: no legal clock known.
        let rule: String?
        let lastDay: String?
        /// Each step: body id, and the day it opens at 00:00 local ("at complaint": when the complaint was sent).
        let steps: [(String, String)]

        var testDescription: String { "\(jurisdiction) \(kind.rawValue) \(category.rawValue)\(holding == nil ? "" : " +holding")" }
    }

    static let atComplaint = "at complaint"

    static let table: [Row] = [
        // CN bank: NFRA's 15 calendar days; 20 Sep + 15 = 5 Oct inside 国庆 (1–7 Oct), runs to Thu 8 Oct.
        Row(name: "中国工商银行", kind: .bank, jurisdiction: "CN", zone: "Asia/Shanghai", category: .service, complaint: "2026-09-20",
            rule: "cn.nfra", lastDay: "2026-10-08", steps: [("cn.nfra", "2026-10-09")]),
        // CN operator: MIIT Art. 10, 15 days; 31 Jan + 15 = 15 Feb inside 春节 (15–23 Feb), runs to Tue 24 Feb.
        Row(name: "中国移动", kind: .telecom, jurisdiction: "CN", zone: "Asia/Shanghai", category: .billing, complaint: "2026-01-31",
            rule: "cn.miit", lastDay: "2026-02-24", steps: [("cn.miit", "2026-02-25")]),
        // CN wallet: PBOC's 15 days run from a branch's forwarding, so none is claimed; 12363 once the firm has the complaint.
        Row(name: "支付宝", kind: .wallet, jurisdiction: "CN", zone: "Asia/Shanghai", category: .transaction, complaint: "2026-12-04",
            rule: nil, lastDay: nil, steps: [("cn.pboc", atComplaint)]),
        // CN broker: CSRC 12386; the firm's deadline has no source, so none is claimed.
        Row(name: "华泰证券", kind: .securities, jurisdiction: "CN", zone: "Asia/Shanghai", category: .account, complaint: "2026-12-04",
            rule: nil, lastDay: nil, steps: [("cn.csrc", atComplaint)]),
        // CN platform: 12315, no waiting period and no firm deadline.
        Row(name: "京东", kind: .platform, jurisdiction: "CN", zone: "Asia/Shanghai", category: .delivery, complaint: "2026-12-04",
            rule: nil, lastDay: nil, steps: [("cn.samr", atComplaint)]),
        // UK card payment: DISP 1.6.2AR, 15 business days from Tue 1 Dec 2026 = Tue 22 Dec.
        Row(name: "Northway Bank", kind: .bank, jurisdiction: "GB", zone: "Europe/London", category: .transaction, complaint: "2026-12-01",
            rule: "uk.fos", lastDay: "2026-12-22", steps: [("uk.fos", "2026-12-23")]),
        // … after a holding reply, 35 business days: 23, 24 Dec (17); Christmas, Boxing Day (Mon 28) and 1 Jan off;
        // 29–31 Dec (20); 4–8 Jan (25), 11–15 (30), 18–22 Jan (35): the FOS opens on Sat 23 Jan 2027.
        Row(name: "Northway Bank", kind: .bank, jurisdiction: "GB", zone: "Europe/London", category: .transaction, complaint: "2026-12-01",
            holding: "2026-12-18", rule: "uk.fos", lastDay: "2027-01-22", steps: [("uk.fos", "2027-01-23")]),
        // UK bank, not a payment: DISP 1.6.2R, 8 weeks = 26 Jan 2027.
        Row(name: "Northway Bank", kind: .bank, jurisdiction: "GB", zone: "Europe/London", category: .account, complaint: "2026-12-01",
            rule: "uk.fos", lastDay: "2027-01-26", steps: [("uk.fos", "2027-01-27")]),
        // UK energy supplier: the Energy Ombudsman after 8 weeks; not the FOS.
        Row(name: "Octopus Energy", kind: .energy, jurisdiction: "GB", zone: "Europe/London", category: .billing, complaint: "2026-12-01",
            rule: "uk.energy", lastDay: "2027-01-26", steps: [("uk.energy", "2027-01-27")]),
        // UK broadband: communications ADR after 6 weeks (Ofcom, from April 2026) = 12 Jan 2027.
        Row(name: "BT Broadband", kind: .broadband, jurisdiction: "GB", zone: "Europe/London", category: .network, complaint: "2026-12-01",
            rule: "uk.comms", lastDay: "2027-01-12", steps: [("uk.comms", "2027-01-13")]),
        // US electronic transfer: Regulation E, 10 business days from Fri 20 Nov 2026 across Thanksgiving (26 Nov) = Mon 7 Dec.
        Row(name: "First Bank", kind: .bank, jurisdiction: "US", zone: "America/New_York", category: .transaction, complaint: "2026-11-20",
            rule: "us.rege", lastDay: "2026-12-07", steps: [("us.cfpb", atComplaint)]),
        // US bank, a service complaint: no rule sets the firm's deadline.
        Row(name: "First Bank", kind: .bank, jurisdiction: "US", zone: "America/New_York", category: .service, complaint: "2026-11-20",
            rule: nil, lastDay: nil, steps: [("us.cfpb", atComplaint)]),
        // German bank: PSD2 Art. 101, 15 business days in Germany from Fri 4 Dec 2026: 7–11 (5), 14–18 (10),
        // 21–24 (14), 25 Dec (1. Weihnachtstag) off, Mon 28 Dec (15).
        // Its group is unknown (the name says none): the Bundesbank's fallback scheme, which passes an application on (FinSV § 24);
        // the national scheme replaces the EU-wide ADR entry.
        Row(name: "Berliner Bank", kind: .bank, jurisdiction: "DE", zone: "Europe/Berlin", category: .transaction, complaint: "2026-12-04",
            rule: "eu.psd2", lastDay: "2026-12-28", steps: [("de.bundesbank", atComplaint)]),
        // German banks by their group, read from the name: the same PSD2 clock, the group's own scheme.
        Row(name: "Sparkasse KölnBonn", kind: .bank, jurisdiction: "DE", zone: "Europe/Berlin", category: .transaction, complaint: "2026-12-04",
            rule: "eu.psd2", lastDay: "2026-12-28", steps: [("de.dsgv", atComplaint)]),
        Row(name: "Volksbank Mittelhessen", kind: .bank, jurisdiction: "DE", zone: "Europe/Berlin", category: .transaction, complaint: "2026-12-04",
            rule: "eu.psd2", lastDay: "2026-12-28", steps: [("de.bvr", atComplaint)]),
        Row(name: "Commerzbank", kind: .bank, jurisdiction: "DE", zone: "Europe/Berlin", category: .transaction, complaint: "2026-12-04",
            rule: "eu.psd2", lastDay: "2026-12-28", steps: [("de.bdb", atComplaint)]),
        Row(name: "Bayerische Landesbank", kind: .bank, jurisdiction: "DE", zone: "Europe/Berlin", category: .transaction, complaint: "2026-12-04",
            rule: "eu.psd2", lastDay: "2026-12-28", steps: [("de.voeb", atComplaint)]),
        // French shop: EU ADR only, not the German scheme.
        Row(name: "Boutique", kind: .shop, jurisdiction: "FR", zone: "Europe/Paris", category: .delivery, complaint: "2026-12-04",
            rule: nil, lastDay: nil, steps: [("eu.adr", atComplaint)]),
        // Fraud is not a complaint against the firm: no firm-complaint route (the fraud path adds its own).
        Row(name: "中国工商银行", kind: .bank, jurisdiction: "CN", zone: "Asia/Shanghai", category: .fraud, complaint: "2026-12-04",
            rule: nil, lastDay: nil, steps: []),
    ]

    let folder = NSTemporaryDirectory() + "routing-" + UUID().uuidString
    let calendars = try! CalendarLibrary.load(userFolder: nil)

    static func local(_ text: String, _ zone: String, hour: Int = 12) -> Date {
        CalendarDay(iso: Substring(text))!.at(TimeOfDay(hour: hour, minute: 0)!, in: TimeZone(identifier: zone)!)
    }

    /// A journal with one case against `row`'s firm and its complaint (and holding reply) recorded.
    func journal(_ row: Row) throws -> JournalStore {
        let now = Self.local("2027-06-01", row.zone)
        let store = try JournalStore.open(JournalLocation(path: folder + "/\(UUID().uuidString).sqlite"), now: now)
        _ = try store.addOrganization(OrganizationDraft(name: row.name, kind: row.kind, jurisdiction: row.jurisdiction), now: Self.local("2026-01-01", row.zone))
        var draft = ContactDraft(organization: row.name, occurredAt: Self.local("2026-01-02", row.zone), zone: row.zone)
        draft.summary = "x"
        _ = try store.logContact(draft, now: Self.local("2026-01-02", row.zone))
        var details = CaseDetails()
        details.category = row.category
        _ = try store.editCase(1, details, now: Self.local("2026-01-02", row.zone))
        let complaint = try store.recordSubmission(caseID: 1, body: "company", at: Self.local(row.complaint, row.zone), reference: nil, note: nil, now: now)
        if let holding = row.holding {
            _ = try store.recordResponse(complaint.id!, at: Self.local(holding, row.zone), note: nil, kind: .holding, now: now)
        }
        return store
    }

    func bodies() throws -> BodyLibrary { try BodyLibrary.load(userFolder: nil, knownCalendars: Set(calendars.calendars.keys)) }

    @Test("the route: rule, last day, bodies in order and their opening dates", arguments: table)
    func route(_ row: Row) throws {
        let store = try journal(row)
        let deadline = try FirmDeadline.make(store: store, timeline: try store.timeline(ofCase: 1), bodies: try bodies(), calendars: calendars,
                                             zone: TimeZone(identifier: row.zone)!)
        #expect(deadline.ruleBody?.id == row.rule)
        #expect(deadline.lastDay.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } == row.lastDay)
        #expect(deadline.route.isFraud == (row.category == .fraud))
        #expect(deadline.route.steps.map(\.body.id) == row.steps.map(\.0))
        let zone = TimeZone(identifier: row.zone)!
        for (step, expected) in zip(deadline.route.steps, row.steps) {
            let want = expected.1 == Self.atComplaint ? Self.local(row.complaint, row.zone)
                : CalendarDay(iso: Substring(expected.1))!.at(TimeOfDay(hour: 0, minute: 0)!, in: zone)
            #expect(step.opensAt == want, "\(step.body.id)")
        }
    }

    @Test("agenda's clocks give the same dates as the route: the firm's answer due on the last day, each body opening as routed",
          arguments: table.filter { $0.category != .fraud })
    func agendaAgrees(_ row: Row) throws {
        let store = try journal(row)
        let clocks = try EscalationClocks(store: store, bodies: try bodies(), calendars: calendars).clocks(asOf: Self.local("2027-06-01", row.zone))
        let zone = TimeZone(identifier: row.zone)!
        let firm = try #require(clocks.first { $0.bodyID == "company" })
        if let lastDay = row.lastDay {
            #expect(firm.closesAt == CalendarDay(iso: Substring(lastDay))!.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone))
        } else {
            #expect(firm.closesAt == nil && firm.source == Message.clockNoLegalClock.text(), "no legal clock known, and said so")
        }
        #expect(clocks.filter { $0.bodyID != "company" }.map(\.bodyID) == row.steps.map(\.0))
    }

    @Test("no deadline in a letter that no profile fact or --reply-by gives", arguments: table)
    func lettersClaimOnlyKnownDeadlines(_ row: Row) throws {
        let store = try journal(row)
        if row.category == .fraud {
            // A fraud case gets no letter to the firm at all (the fraud path drafts for the police and the bank).
            #expect(throws: DraftError.fraudCase(1)) {
                try ComplaintDraft.make(store: store, caseID: 1, bodies: try bodies(), calendars: calendars, profile: UserProfile(),
                                        now: Self.local(row.complaint, row.zone), zone: TimeZone(identifier: row.zone)!, redact: true, language: .en)
            }
            return
        }
        for language in [Language.en, .zh] {
            var draft = try ComplaintDraft.make(store: store, caseID: 1, bodies: try bodies(), calendars: calendars, profile: UserProfile(),
                                                now: Self.local(row.complaint, row.zone), zone: TimeZone(identifier: row.zone)!, redact: true, language: language)
            let paragraph = draft.deadlineParagraph()
            let periods = Self.periods(in: paragraph)
            if let amount = draft.deadline.amount, let unit = draft.deadline.unit {
                #expect(periods == [draft.words.period(amount, unit)].map(Self.squeezed), "\(paragraph)")
            } else {
                #expect(periods.isEmpty, "no period is claimed without a rule: \(paragraph)")
                draft.replyBy = CalendarDay(iso: "2027-02-01" as Substring)
                let asked = draft.deadlineParagraph()
                #expect(asked.contains(language == .zh ? "2027年2月1日" : "1 February 2027"), "\(asked)")
                #expect(Self.periods(in: asked).isEmpty)
            }
            #expect(!paragraph.contains("核实") && !paragraph.lowercased().contains("confirmed"), "no hedge in the letter: \(paragraph)")
        }
    }

    /// Every "N unit" period a text states, in either language, spaces removed; dates are not periods.
    static func periods(in text: String) -> [String] {
        var text = text
        for datePattern in [#"\d{4}年\d{1,2}月\d{1,2}日"#, #"\d{4}年"#, #"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"#] {
            text = text.replacingOccurrences(of: datePattern, with: "DATE", options: .regularExpression)
        }
        let pattern = try! NSRegularExpression(pattern: #"\d+\s*(calendar days?|business days?|working days?|days?|weeks?|months?|years?|个工作日|个营业日|日|天|周|个月|年)"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { squeezed(String(text[Range($0.range, in: text)!])) }
    }

    static func squeezed(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "") }
}
