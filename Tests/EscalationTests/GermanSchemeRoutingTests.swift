import Foundation
import Testing
@testable import Escalation
@testable import Journal
import Reminders

/// Germany's bank dispute schemes are one per banking group: the Router picks the scheme from the
/// bank's group (set by the user, else read from an unambiguous name), and a bank in no scheme or of
/// unknown group goes to the Bundesbank's fallback Schlichtungsstelle.
@Suite("Router: the German scheme chosen by the bank's group")
struct GermanSchemeRoutingTests {
    let calendars = try! CalendarLibrary.load(userFolder: nil)
    var router: Router {
        Router(bodies: try! BodyLibrary.load(userFolder: nil, knownCalendars: Set(calendars.calendars.keys)), calendars: calendars)
    }

    func bank(_ name: String, kind: OrganizationKind = .bank, jurisdiction: String = "DE", sector: BankSector? = nil) -> Organization {
        Organization(id: 1, uuid: "u", name: name, nameKey: NameKey.of(name), kind: kind, jurisdiction: jurisdiction, createdAt: Date(timeIntervalSince1970: 0),
                     sector: sector)
    }

    func schemes(_ organization: Organization, _ category: CaseCategory = .transaction) -> [String] {
        router.candidates(for: organization, category: category).map(\.id)
    }

    @Test("the name's group picks the scheme", arguments: [
        ("Sparkasse KölnBonn", "de.dsgv"), ("Kreissparkasse Ludwigsburg", "de.dsgv"), ("Volksbank Mittelhessen", "de.bvr"),
        ("Raiffeisenbank im Allgäuer Land", "de.bvr"), ("Commerzbank", "de.bdb"), ("Deutsche Bank", "de.bdb"),
        ("Bayerische Landesbank", "de.voeb"), ("Landesbank Berlin", "de.dsgv"), ("Berliner Bank", "de.bundesbank"),
    ])
    func byName(_ name: String, _ scheme: String) {
        #expect(schemes(bank(name)) == [scheme], "\(name)")
    }

    @Test("the group the user set wins over the name; 'none' is the Bundesbank's")
    func userSetGroup() {
        #expect(schemes(bank("Berliner Bank", sector: .private)) == ["de.bdb"])
        #expect(schemes(bank("Sparkasse KölnBonn", sector: .cooperative)) == ["de.bvr"])
        #expect(schemes(bank("Kleine Privatbank", sector: .noScheme)) == ["de.bundesbank"])
    }

    @Test("a payment institution or e-money firm goes to the Bundesbank (payment services, § 14 UKlaG); an investment firm to BaFin")
    func nonBanks() {
        #expect(schemes(bank("Zahlfix", kind: .payment)) == ["de.bundesbank"])
        #expect(schemes(bank("Geldbörse", kind: .wallet)) == ["de.bundesbank"])
        #expect(schemes(bank("Fondsverwaltung", kind: .fund), .account) == ["de.bafin"])
    }

    @Test("the EU-wide ADR entry steps back only where a national scheme takes the case")
    func euADR() {
        #expect(!schemes(bank("Sparkasse KölnBonn")).contains("eu.adr"))
        #expect(schemes(bank("Boutique", kind: .shop, jurisdiction: "FR"), .delivery) == ["eu.adr"])
        #expect(schemes(bank("Kaufhaus", kind: .shop), .delivery) == ["eu.adr"], "no German scheme for a shop")
    }

    @Test("a scheme of another group is refused with the reason 'sector'; no German scheme covers a bank elsewhere")
    func remit() {
        let dsgv = router.bodies.body("de.dsgv")!
        #expect(router.remitProblem(dsgv, bank("Commerzbank"), .transaction) == .sector)
        #expect(router.remitProblem(dsgv, bank("Sparkasse KölnBonn"), .transaction) == nil)
        #expect(router.remitProblem(dsgv, bank("Sparkasse KölnBonn", jurisdiction: "AT"), .transaction) == .country)
        #expect(!router.covers(router.bodies.body("de.bundesbank")!, bank("Commerzbank"), .transaction))
    }

    @Test("names: a German bank's compound name makes it a bank; a Bausparkasse or a plain name states no group")
    func inference() {
        #expect(OrganizationInference.kind(fromName: "Kreissparkasse Köln") == .bank)
        #expect(OrganizationInference.kind(fromName: "Volksbank Mittelhessen") == .bank)
        #expect(OrganizationInference.kind(fromName: "Commerzbank") == .bank)
        #expect(OrganizationInference.sector(fromName: "LBS Bausparkasse") == nil)
        #expect(OrganizationInference.sector(fromName: "Berliner Bank") == nil)
        #expect(OrganizationInference.sector(fromName: "Sparkasse und Volksbank") == nil, "two groups: ambiguous")
        #expect(OrganizationInference.kind(fromName: "Snowboard Shop") == .shop)
    }
}
