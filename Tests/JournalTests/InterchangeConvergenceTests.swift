import Foundation
import GRDB
import Testing
@testable import Journal

/// Three journals that log and correct on their own and exchange `exportChanges` files in random
/// orders, as `sync` does: after everyone has applied everyone's files, all hold the same records.
@Suite("Interchange: three devices converge whatever the order")
struct InterchangeConvergenceTests {
    final class Device {
        let journal = TemporaryJournal()
        let store: JournalStore
        var cursor: Int64 = 0
        /// The change files this device published, oldest first.
        var published: [[String]] = []
        /// How many of each peer's files this device applied.
        var applied: [Int: Int] = [:]

        init() throws { store = try journal.open() }

        func publish(now: Date) throws {
            let changes = try store.exportChanges(afterEventID: cursor, originOnly: true, now: now)
            cursor = changes.lastEventID
            if changes.recordCount > 0 || changes.eventCount > 0 { published.append(changes.lines) }
        }

        func pull(from devices: [Device], at index: Int, now: Date) throws {
            for (peer, device) in devices.enumerated() where peer != index {
                while applied[peer, default: 0] < device.published.count {
                    let file = device.published[applied[peer, default: 0]]
                    _ = try store.importLines(file, source: "device \(peer)", policy: .converge, evidence: nil, now: now)
                    applied[peer, default: 0] += 1
                }
            }
        }

        /// The record lines, without the header and the history.
        func records() throws -> [String] {
            try store.exportLines(caseID: nil, now: TemporaryJournal.t0).lines.dropFirst().filter { !$0.hasPrefix("{\"at\":") }
        }

        func contactIDs() throws -> [Int64] { try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM contact ORDER BY id") } }
        func caseIDs() throws -> [Int64] { try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM case_file ORDER BY id") } }
    }

    /// Seeds 1, 3, 5 and 6 make concurrent corrections of one contact (conflicts on every device); 2 and 4 do not.
    @Test("random logs, corrections and syncs on three devices end in the same records, each verifying", arguments: [1, 2, 3, 4, 5, 6])
    func converge(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
        var now = TemporaryJournal.t0
        func order() -> [Int] { [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]][pick(6)] }
        func tick() -> Date { now = now.addingTimeInterval(Double(1 + pick(120))); return now }

        let devices = try (0..<3).map { _ in try Device() }
        // Device 0 starts two cases; everyone gets them before working on their own.
        _ = try devices[0].store.logContact(draft("中国移动") { $0.summary = "套餐被擅自变更" }, now: tick())
        _ = try devices[0].store.logContact(draft("招商银行") { $0.summary = "转账失败" }, now: tick())
        try devices[0].publish(now: now)
        for index in 1..<3 { try devices[index].pull(from: devices, at: index, now: tick()) }

        for step in 0..<40 {
            let index = pick(3), device = devices[index]
            switch pick(5) {
            case 0, 1:
                let cases = try device.caseIDs()
                let at = tick()
                _ = try device.store.logContact(draft(nil, at: at) { $0.caseChoice = .existing(cases[pick(cases.count)]); $0.summary = "第 \(step) 步" },
                                                now: at)
            case 2:
                let contacts = try device.contactIDs()
                var correction = ContactCorrection()
                correction.agent = .some("工号 \(index)-\(step)")
                correction.reason = "step \(step)"
                _ = try device.store.correctContact(contacts[pick(contacts.count)], correction, now: tick())
            case 3: try device.publish(now: tick())
            default: try device.pull(from: devices, at: index, now: tick())
            }
        }
        // Everyone publishes and applies everything, in a random order, twice (conflicts found in
        // the first round are history events that travel in the second).
        for _ in 0..<2 {
            for index in order() { try devices[index].publish(now: tick()) }
            for index in order() { try devices[index].pull(from: devices, at: index, now: tick()) }
        }
        let reference = try devices[0].records()
        #expect(reference.count > 4)
        for device in devices.dropFirst() {
            let records = try device.records()
            #expect(records == reference, "\(Set(records).symmetricDifference(reference))")
        }
        for device in devices {
            let verification = try device.store.verify()
            #expect(verification.isIntact, "\(verification.problems)")
        }
        // Nothing is left to exchange: a further round changes no journal.
        let before = try devices.map { try $0.journal.fingerprint() }
        for index in 0..<3 { try devices[index].publish(now: tick()) }
        for index in 0..<3 { try devices[index].pull(from: devices, at: index, now: tick()) }
        #expect(try devices.map { try $0.journal.fingerprint() } == before)
    }
}
