import Foundation
import Testing
@testable import Journal

@Suite("Organizations")
struct OrganizationTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    @Test("adding a name with a known alias extends that organization instead of duplicating it")
    func aliasMerges() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("数字人民币钱包"), now: t0)
        let change = try store.addOrganization(OrganizationDraft(
            name: "Digital RMB Wallet", aliases: ["数字人民币钱包"], officialChannels: ["phone:955-66", "电话:95566"], kind: .wallet), now: t0)
        #expect(!change.created)
        #expect(change.organization.id == 1)
        #expect(change.addedAliases == ["Digital RMB Wallet"])
        #expect(change.addedChannels.map(\.address) == ["95566"])
        #expect(change.organization.kind == .wallet)
        // Either name now finds the same case; matching ignores case and full-width forms.
        #expect(try store.logContact(draft("ｄｉｇｉｔａｌ rmb WALLET"), now: t0).caseFile.id == 1)
        #expect(try store.organizations().map(\.aliases) == [["Digital RMB Wallet"]])
    }

    @Test("names that point at two organizations are refused")
    func ambiguous() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank A"), now: t0)
        _ = try store.logContact(draft("Bank B"), now: t0)
        #expect(throws: JournalError.ambiguousOrganization("Bank A", ids: [1, 2])) {
            try store.addOrganization(OrganizationDraft(name: "Bank A", aliases: ["Bank B"]), now: t0)
        }
    }

    @Test("official channels must be KIND:ADDRESS")
    func badChannel() throws {
        let store = try journal.open()
        #expect(throws: JournalError.invalidOfficialChannel("95566")) { try store.addOrganization(OrganizationDraft(name: "X", officialChannels: ["95566"]), now: t0) }
        #expect(throws: JournalError.invalidOfficialChannel("fax:1")) { try store.addOrganization(OrganizationDraft(name: "X", officialChannels: ["fax:1"]), now: t0) }
    }
}
