import Foundation
import Testing
@testable import Escalation
@testable import Journal
import Reminders

/// Clock dates computed by hand from each body's rule, in the case's zone.
@Suite("Escalation clocks")
struct EscalationClockTests {
    let folder = NSTemporaryDirectory() + "clocks-" + UUID().uuidString
    let calendars = try! CalendarLibrary.load(userFolder: nil)

    private func local(_ text: String, _ zone: String) -> Date {
        let parts = text.split(separator: " ")
        let time = parts.count > 1 ? parts[1].split(separator: ":").map { Int($0)! } : [12, 0, 0]
        return CalendarDay(iso: parts[0])!.at(TimeOfDay(hour: time[0], minute: time[1], second: time.count > 2 ? time[2] : 0)!, in: TimeZone(identifier: zone)!)
    }

    /// A case against an organization of `kind` in `jurisdiction`, with one submission to `body`.
    private func clocks(_ kind: OrganizationKind, _ jurisdiction: String, zone: String, body: String, sent: String,
                        responded: String? = nil, close: Bool = false, category: CaseCategory? = nil,
                        alsoTo: String? = nil) throws -> [EscalationClock] {
        let store = try JournalStore.open(JournalLocation(path: folder + "/\(UUID().uuidString).sqlite"), now: local("2027-06-01", zone))
        _ = try store.addOrganization(OrganizationDraft(name: "Firm", kind: kind, jurisdiction: jurisdiction), now: local("2026-01-01", zone))
        var draft = ContactDraft(organization: "Firm", occurredAt: local("2026-01-02", zone), zone: zone)
        draft.summary = "x"
        _ = try store.logContact(draft, now: local("2026-01-02", zone))
        if let category {
            var details = CaseDetails()
            details.category = category
            _ = try store.editCase(1, details, now: local("2026-01-02", zone))
        }
        if let alsoTo { _ = try store.recordSubmission(caseID: 1, body: alsoTo, at: local(sent, zone), reference: nil, note: nil, now: local("2027-06-01", zone)) }
        let submission = try store.recordSubmission(caseID: 1, body: body, at: local(sent, zone), reference: nil, note: nil, now: local("2027-06-01", zone))
        if let responded { _ = try store.recordResponse(submission.id!, at: local(responded, zone), note: nil, now: local("2027-06-01", zone)) }
        if close { _ = try store.closeSubmission(submission.id!, outcome: "refunded", now: local("2027-06-01", zone)) }
        let bodies = try BodyLibrary.load(userFolder: nil, knownCalendars: Set(calendars.calendars.keys))
        return try EscalationClocks(store: store, bodies: bodies, calendars: calendars).clocks(asOf: local("2027-06-01", zone))
    }

    private func opens(_ clocks: [EscalationClock], _ id: String) -> Date? { clocks.first { $0.step.hasSuffix("(\(id))") }?.opensAt }

    @Test("NFRA: 15 calendar days after a complaint to a bank; the start day does not count")
    func nfra() throws {
        let result = try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02")
        #expect(opens(result, "cn.nfra") == local("2026-11-18 00:00", "Asia/Shanghai"))
        #expect(result.first { $0.step.hasSuffix("(cn.nfra)") }?.confidence == "confirmed",
                "NFRA's deadline is confirmed; an unconfirmed side note in its profile does not make it doubtful")
    }

    @Test("NFRA: a last day in the National Day holiday runs to the next working day")
    func nfraHoliday() throws {
        // 20 Sep + 15 days = 5 Oct, inside 国庆 (1-7 Oct); 8 Oct is the next working day.
        let result = try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-09-20")
        #expect(opens(result, "cn.nfra") == local("2026-10-09 00:00", "Asia/Shanghai"))
    }

    @Test("NFRA: a last day on an adjusted working Saturday (调休) stands; it does not roll")
    func nfraAdjustedWorkday() throws {
        // 25 Sep + 15 days = Sat 10 Oct 2026, a working day by the State Council's notice.
        let result = try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-09-25")
        #expect(opens(result, "cn.nfra") == local("2026-10-11 00:00", "Asia/Shanghai"))
    }

    @Test("NFRA answer due after a submission to it, rolled past a weekend")
    func nfraAnswer() throws {
        // 20 Nov + 15 days = Sat 5 Dec, rolled to Mon 7 Dec.
        let result = try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "cn.nfra", sent: "2026-11-20")
        #expect(result.map(\.closesAt) == [local("2026-12-07 23:59:59", "Asia/Shanghai")])
    }

    @Test("FOS: 8 weeks for a bank, calendar days without rolling")
    func fosBank() throws {
        // 2 Nov + 56 days = Mon 28 Dec (a bank holiday, but weeks do not roll under DISP).
        let result = try clocks(.bank, "GB", zone: "Europe/London", body: "company", sent: "2026-11-02")
        #expect(opens(result, "uk.fos") == local("2026-12-29 00:00", "Europe/London"))
    }

    @Test("FOS: 15 business days for e-money, across Christmas and New Year")
    func fosEMoney() throws {
        #expect(opens(try clocks(.wallet, "GB", zone: "Europe/London", body: "company", sent: "2026-11-02"), "uk.fos")
                == local("2026-11-24 00:00", "Europe/London"))
        // 14 Dec: 15,16,17,18,21,22,23,24 (8), 25 Dec and 28 Dec (Boxing Day moved) off, 29,30,31 (11),
        // 1 Jan off, 4,5,6,7 Jan (15): the window opens on 8 January 2027.
        #expect(opens(try clocks(.payment, "UK", zone: "Europe/London", body: "company", sent: "2026-12-14"), "uk.fos")
                == local("2027-01-08 00:00", "Europe/London"))
    }

    @Test("FOS: a final response opens the window at once and it closes six months later")
    func fosWindow() throws {
        let result = try clocks(.bank, "GB", zone: "Europe/London", body: "company", sent: "2026-11-02", responded: "2026-11-10")
        let fos = try #require(result.first { $0.step.hasSuffix("(uk.fos)") })
        #expect(fos.opensAt == local("2026-11-10", "Europe/London"))
        #expect(fos.closesAt == local("2027-05-10 23:59:59", "Europe/London"))
        #expect(fos.confidence == "confirmed")
    }

    @Test("CFPB sets no waiting period; a closed submission stops its clocks")
    func noWaiting() throws {
        #expect(opens(try clocks(.bank, "US", zone: "America/New_York", body: "company", sent: "2026-11-02"), "us.cfpb")
                == local("2026-11-02", "America/New_York"))
        #expect(try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02", close: true).isEmpty)
    }

    @Test("12363 opens once the wallet has had the complaint: PBOC's 15/60 days run from a branch's forwarding, so no firm deadline is claimed; a wallet goes to 12363 only")
    func pboc() throws {
        let sent = try clocks(.wallet, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02")
        #expect(opens(sent, "cn.pboc") == local("2026-11-02", "Asia/Shanghai"))
        #expect(sent.compactMap { $0.step.split(separator: "(").last }.sorted() == ["cn.pboc)", "company)"],
                "12363 and the firm's own line (no legal clock known); not 12378, not 12315")
        #expect(sent.contains { $0.bodyID == "company" && $0.closesAt == nil && $0.kind == .answerDue }, "no invented date for the firm")
    }

    @Test("a body already submitted to gets no 'opens' clock, only its answer-due clock")
    func alreadySubmitted() throws {
        let result = try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02", alsoTo: "cn.nfra")
        #expect(opens(result, "cn.nfra") == nil)
        #expect(result.contains { $0.kind == .answerDue && $0.step.hasSuffix("(cn.nfra)") })
        #expect(Set(result.map(\.step)).count == result.count, "no duplicate clocks")
    }

    @Test("SAMR: accept or refuse within 7 working days across 中秋 and 国庆, the adjusted Saturday counting")
    func samrAcceptance() throws {
        // Wed 23 Sep: 24 Sep (1); 25-27 中秋 off; 28, 29, 30 Sep (4); 1-7 Oct 国庆 off; 8, 9 Oct (6); Sat 10 Oct is a working day (7).
        let result = try clocks(.shop, "CN", zone: "Asia/Shanghai", body: "cn.samr", sent: "2026-09-23")
        #expect(result.map(\.closesAt) == [local("2026-10-10 23:59:59", "Asia/Shanghai")])
        #expect(result.first?.kind == .answerDue && result.first?.confidence == "confirmed")
    }

    @Test("SAMR: mediation ends 45 working days after acceptance")
    func samrMediation() throws {
        // Accepted Mon 3 Aug: Aug 4-7 (4), 10-14 (9), 17-21 (14), 24-28 (19), 31 Aug-4 Sep (24), 7-11 (29), 14-18 (34),
        // Sun 20 Sep worked (35), 21-24 (39), 25-27 中秋 off, 28-30 (42), 1-7 Oct off, 8 (43), 9 (44), Sat 10 Oct worked (45).
        let result = try clocks(.shop, "CN", zone: "Asia/Shanghai", body: "cn.samr", sent: "2026-07-30", responded: "2026-08-03")
        #expect(result.map(\.step) == ["mediation ends without agreement under Market regulation authorities (SAMR, 12315) (cn.samr)"])
        #expect(result.first?.closesAt == local("2026-10-10 23:59:59", "Asia/Shanghai"))
    }

    @Test("UK: a card-payment complaint to a bank gets 15 business days (DISP 1.6.2AR), not 8 weeks")
    func ukCardPayment() throws {
        // Mon 14 Dec: 15-18, 21-24 (8); 25 Dec and Mon 28 Dec (Boxing Day substitute) off; 29-31 (11); 1 Jan off; 4-7 Jan (15).
        let result = try clocks(.bank, "GB", zone: "Europe/London", body: "company", sent: "2026-12-14", category: .transaction)
        #expect(opens(result, "uk.fos") == local("2027-01-08 00:00", "Europe/London"))
        #expect(result.first?.source.contains("DISP 1.6.2AR") == true)
        #expect(opens(try clocks(.bank, "GB", zone: "Europe/London", body: "company", sent: "2026-12-14", category: .service), "uk.fos")
                == local("2027-02-09 00:00", "Europe/London"), "8 weeks for anything else: 14 Dec + 56 days = 8 Feb")
    }

    @Test("Regulation E and PSD2: the firm's own answer-due date, then the next body")
    func firmLevelRules() throws {
        // Reg E: 10 business days from 2 Nov 2026; Veterans Day (Wed 11 Nov) is off: 3-6, 9, 10, 12, 13, 16, 17 Nov.
        let rege = try clocks(.bank, "US", zone: "America/New_York", body: "us.rege", sent: "2026-11-02")
        #expect(rege.first?.step == "answer due under Regulation E error resolution (12 CFR 1005.11) (us.rege)")
        #expect(rege.first?.closesAt == local("2026-11-17 23:59:59", "America/New_York"))
        #expect(opens(rege, "us.cfpb") != nil)
        // PSD2 in Germany: from Fri 18 Dec 2026: 21-24 (4); 25, 26 Dec off; 28-31 (8); 1 Jan off; 4-8 Jan (13); 11, 12 Jan (15).
        let psd2 = try clocks(.payment, "DE", zone: "Europe/Berlin", body: "eu.psd2", sent: "2026-12-18")
        #expect(psd2.first?.closesAt == local("2027-01-12 23:59:59", "Europe/Berlin"))
        // A German payment institution's scheme is the Bundesbank's (payment services, § 14 UKlaG), which sets no waiting period.
        #expect(opens(psd2, "de.bundesbank") == local("2026-12-18", "Europe/Berlin"), "the scheme sets no waiting period")
    }

    @Test("PSD2 in England: the firm's own calendar, Boxing Day substitute and New Year off")
    func psd2England() throws {
        // From Fri 18 Dec 2026: 21-24 (4); 25 Dec, Mon 28 Dec off; 29-31 (7); 1 Jan off; 4-8 Jan (12); 11, 12, 13 Jan (15).
        let psd2 = try clocks(.payment, "GB", zone: "Europe/London", body: "eu.psd2", sent: "2026-12-18")
        #expect(psd2.first?.closesAt == local("2027-01-13 23:59:59", "Europe/London"))
        #expect(psd2.first?.kind == .answerDue)
    }

    @Test("SAMR takes shops, not banks; an operator goes to MIIT's 12300, its firm's answer due under MIIT's 15 days")
    func scope() throws {
        let shop = try clocks(.shop, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02")
        #expect(shop.map { $0.step.split(separator: "(").last.map(String.init) } == ["company)", "cn.samr)"])
        let telecom = try clocks(.telecom, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02")
        #expect(telecom.map { $0.step.split(separator: "(").last.map(String.init) } == ["company)", "cn.miit)"])
        #expect(try clocks(.bank, "CN", zone: "Asia/Shanghai", body: "company", sent: "2026-11-02").allSatisfy { !$0.step.contains("cn.samr") })
    }
}
