import Foundation
@testable import Journal
import Testing

@Suite("Organization inference: kind from the name, jurisdiction from the region")
struct OrganizationInferenceTests {
    static let kinds: [(String, OrganizationKind?)] = [
        ("数字人民币钱包", .wallet), ("数字人民币", .wallet), ("支付宝", .wallet), ("微信支付", .wallet), ("PayPal", .wallet),
        ("e-CNY wallet", .wallet), ("Apple Pay", .payment), ("银联", .payment), ("某某支付有限公司", .payment),
        ("中国工商银行", .bank), ("招商银行信用卡中心", .bank), ("Northway Bank", .bank), ("Nationwide Building Society", .bank),
        ("平安保险", .insurer), ("中国人寿", .insurer), ("Aviva Insurance", .insurer),
        ("中国移动", .telecom), ("中国联通", .telecom), ("中国电信", .telecom), ("Vodafone", .telecom),
        ("国家电网", .energy), ("北京燃气", .energy), ("Octopus Energy", .energy), ("北京自来水", .utility), ("中国国际航空", .transport),
        ("京东", .platform), ("京东商城", .platform), ("Amazon", .platform), ("某某旗舰店", .shop),
        ("华泰证券", .securities), ("易方达基金", .fund), ("中信期货", .futures), ("百行征信", .creditReporting), ("Experian", .creditReporting),
        ("BT Broadband", .broadband), ("中国移动宽带", .broadband),
        ("HMRC", .government),
        // Several kinds, or none: not guessed.
        ("Acme", nil), ("Paynter Ltd", nil), ("招商银行支付", nil), ("Bank of China Insurance", nil), ("小米", nil), ("", nil),
    ]

    @Test("the kind is guessed only when the name states one", arguments: kinds)
    func kind(_ name: String, _ expected: OrganizationKind?) {
        #expect(OrganizationInference.kind(fromName: name) == expected, "\(name)")
    }

    static let regions: [(String?, String?)] = [
        ("CN", "CN"), ("GB-ENG", "GB"), ("GB-SCT", "GB"), ("UK", "GB"), ("US", "US"), ("DE", "DE"), ("PRC", "CN"),
        ("WEEKDAYS", nil), (nil, nil), ("", nil),
    ]

    @Test("the jurisdiction is the region's country", arguments: regions)
    func jurisdiction(_ region: String?, _ expected: String?) {
        #expect(OrganizationInference.jurisdiction(fromRegion: region) == expected)
    }

    @Test("log creates the organization with what was inferred; org edit changes it and keeps the old name")
    func logAndEdit() throws {
        let journal = TemporaryJournal()
        let store = try journal.open()
        let now = TemporaryJournal.t0
        var draft = ContactDraft(organization: "数字人民币钱包", occurredAt: now, zone: "Asia/Shanghai")
        draft.newOrganization = OrganizationInference.infer(name: "数字人民币钱包", region: "CN")
        let logged = try store.logContact(draft, now: now)
        #expect(logged.organization.kind == .wallet && logged.organization.jurisdiction == "CN")
        let edited = try store.editOrganization(logged.organization.id!, OrganizationEdit(name: "e-CNY Wallet", kind: .bank, address: "北京"),
                                                        now: now)
        #expect(edited.name == "e-CNY Wallet" && edited.kind == .bank && edited.jurisdiction == "CN")
        #expect(try store.postalAddress(ofOrganization: edited.id!) == "北京")
        #expect(try store.organization(named: "数字人民币钱包")?.id == edited.id, "the old name is an alias")
        #expect(throws: JournalError.nothingToEdit) { try store.editOrganization(edited.id!, OrganizationEdit(kind: .bank), now: now) }
        #expect(throws: JournalError.organizationIDNotFound(9)) { try store.editOrganization(9, OrganizationEdit(kind: .bank), now: now) }
    }
}
