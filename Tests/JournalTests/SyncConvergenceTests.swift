import Foundation
import GRDB
import Testing
@testable import Journal

/// Three devices log, correct and sync in random orders (seeded), through one real shared folder,
/// with the real library: once each has synced after the last change, all hold the same records.
@Suite("Sync: three devices converge whatever the order")
struct SyncConvergenceTests {
    /// A small deterministic generator, so a failing seed can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let organizations = ["中国移动", "招商银行", "Northway Bank"]
    private static let summaries = ["套餐被擅自变更", "转账失败，资金未到账", "催办", "答应退款", "card blocked", "已恢复"]

    @Test("random logs, corrections and syncs on three devices converge to the same records", arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func converge(seed: UInt64) throws {
        var random = SplitMix64(state: seed)
        let devices = (0..<3).map { _ in TemporaryJournal() }
        let shared = devices[0].folder + "-shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: shared) }
        let stores = try devices.map { try $0.open() }
        var now = TemporaryJournal.t0
        for _ in 0..<30 {
            now += 60
            let index = Int.random(in: 0..<3, using: &random)
            let store = stores[index]
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4:
                let summary = Self.summaries.randomElement(using: &random)!
                let cases = try Self.ids(devices[index], "case_file")
                if let existing = cases.randomElement(using: &random), Bool.random(using: &random) {
                    _ = try store.logContact(draft(nil, at: now - 30) { $0.summary = summary; $0.caseChoice = .existing(existing) }, now: now)
                } else {
                    let organization = Self.organizations.randomElement(using: &random)!
                    _ = try store.logContact(draft(organization, at: now - 30) { $0.summary = summary; $0.caseChoice = .new(title: summary) }, now: now)
                }
            case 4..<6:
                let ids = try Self.ids(devices[index], "contact")
                guard let id = ids.randomElement(using: &random) else { continue }
                var correction = ContactCorrection()
                correction.summary = .some("更正 \(Int.random(in: 0..<1000, using: &random))")
                correction.reason = "随机更正"
                _ = try store.correctContact(id, correction, now: now)
            default:
                let report = try store.sync(folder: shared, deviceName: "设备\(index)", now: now)
                #expect(report.refused.isEmpty)
            }
        }
        // Everyone publishes, then everyone pulls, in a random order each round.
        for _ in 0..<2 {
            now += 60
            for index in (0..<3).shuffled(using: &random) {
                #expect(try stores[index].sync(folder: shared, now: now).refused.isEmpty)
            }
        }
        let records = try stores.map(Self.records)
        #expect(records[0] == records[1], "seed \(seed)")
        #expect(records[1] == records[2], "seed \(seed)")
        for store in stores {
            let report = try store.verify()
            #expect(report.isIntact, "seed \(seed): \(report.problems)")
        }
    }

    private static func ids(_ journal: TemporaryJournal, _ table: String) throws -> [Int64] {
        try DatabaseQueue(path: journal.location.path).read { db in try Int64.fetchAll(db, sql: "SELECT id FROM \(table) ORDER BY id") }
    }

    /// The journal's records as the interchange format writes them, without the header (which
    /// names the device and the time) and without history events (each device chains them in its
    /// own order). An organization is known by its name: two devices that each created "中国移动"
    /// before syncing keep their own record of it (the merge matches it by name), so organizations
    /// are compared by name and references to them are replaced by that name.
    private static func records(_ store: JournalStore) throws -> Set<String> {
        let objects = try store.exportLines(caseID: nil, now: TemporaryJournal.t0).lines.dropFirst()
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["type"] as? String != "event" }
        var organizations: [String: String] = [:]
        for object in objects where object["type"] as? String == "organization" {
            organizations[object["uuid"] as? String ?? ""] = object["name_key"] as? String
        }
        return Set(try objects.map { object in
            let normal: [String: Any] = object["type"] as? String == "organization"
                ? ["type": "organization", "name_key": object["name_key"] ?? ""]
                : object.mapValues { value in (value as? String).flatMap { organizations[$0] } ?? value }
            return String(decoding: try JSONSerialization.data(withJSONObject: normal, options: [.sortedKeys]), as: UTF8.self)
        })
    }
}
