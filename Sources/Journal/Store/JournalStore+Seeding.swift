import Foundation
import GRDB

/// The shape of a generated journal, for benchmarks and scale tests.
public struct SeedPlan: Sendable {
    public var contacts: Int
    public var organizations: Int = 300
    /// Contacts in case #1, so `show 1` and drafts can be measured on a long case.
    public var longCaseContacts: Int = 500
    public var contactsPerCase: Int = 10
    /// Share of promises still pending; the rest are kept, broken or superseded.
    public var pendingShare: Double = 0.02
    /// Share of cases after #1 that are closed.
    public var closedShare: Double = 0.8

    public init(contacts: Int) { self.contacts = contacts }

    /// One person's journal after a couple of years: 300 contacts with 20 organizations, about a
    /// dozen open cases, a handful of pending promises. The stress plans show how Recourse scales;
    /// this one shows what a real user waits for.
    public static let person: SeedPlan = {
        var plan = SeedPlan(contacts: 300)
        plan.organizations = 20
        plan.longCaseContacts = 40
        plan.contactsPerCase = 5
        plan.pendingShare = 0.1
        plan.closedShare = 0.78
        return plan
    }()
}

extension JournalStore {
    /// Fills an empty journal with realistic rows through the real schema, fast.
    ///
    /// Rows go in with prepared statements in large transactions, and every row gets its event in
    /// the hash chain, so the result is indistinguishable from a journal built by `log` (and
    /// verifies). Text mixes Chinese and English; ~1 promise per 3 contacts; ~1 attachment per 20.
    /// Deterministic for a given plan and `now`.
    public func seed(_ plan: SeedPlan, now: Date) throws {
        var random = SplitMix64(seed: 2026)
        let start = now.addingTimeInterval(-2 * 365 * 86_400)
        let span = now.timeIntervalSince(start) - 7 * 86_400
        let zone = "Asia/Shanghai"
        var previousHash = try read { db in try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1") } ?? EventLog.genesisHash

        func event(_ db: Database, _ statement: Statement, kind: String, entity: String, id: Int64, caseID: Int64?, payload: String,
                   at: Date, wrote table: String, _ rowID: Int64) throws {
            var row = JournalEvent(id: nil, uuid: newUUID(), at: at.wholeSeconds, kind: kind, entity: entity, entityId: id,
                                   caseId: caseID, payload: payload, prevHash: previousHash, hash: "",
                                   digests: try RowDigest.json(db, rows: [(table, rowID)]))
            row.hash = EventLog.hash(of: row)
            try statement.execute(arguments: [row.uuid, Int64(row.at.timeIntervalSince1970), kind, entity, id, caseID, payload,
                                              row.prevHash, row.hash, row.digests])
            previousHash = row.hash
        }

        try write { db in
            let insertEvent = try db.makeStatement(sql: "INSERT INTO event (uuid, at, kind, entity, entity_id, case_id, payload, prev_hash, hash, digests) VALUES (?,?,?,?,?,?,?,?,?,?)")
            for index in 1...plan.organizations {
                let name = index % 2 == 0 ? "\(Self.zhOrganizations[index % Self.zhOrganizations.count])\(index)" : "\(Self.enOrganizations[index % Self.enOrganizations.count]) \(index)"
                try db.execute(sql: "INSERT INTO organization (id, uuid, name, name_key, kind, jurisdiction, created_at) VALUES (?,?,?,?,?,?,?)",
                               arguments: [index, newUUID(), name, NameKey.of(name), index % 2 == 0 ? "bank" : "shop", index % 2 == 0 ? "CN" : "GB", Int64(start.timeIntervalSince1970)])
                try event(db, insertEvent, kind: "organization.created", entity: "organization", id: Int64(index), caseID: nil, payload: "{\"name\":\"seed\"}", at: start,
                          wrote: "organization", Int64(index))
            }
        }

        let insertCase = "INSERT INTO case_file (id, uuid, organization_id, title, category, status, opened_at, closed_at, zone) VALUES (?,?,?,?,?,?,?,?,?)"
        let insertContact = "INSERT INTO contact (id, uuid, case_id, occurred_at, recorded_at, zone, channel, direction, address, agent, reference, duration_seconds, summary, advice, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        let insertPromise = "INSERT INTO promise (uuid, contact_id, text, due_at, due_words, status, resolved_at, note, supersedes_id) VALUES (?,?,?,?,?,?,?,?,?)"
        let insertAttachment = "INSERT INTO attachment (uuid, contact_id, sha256, size, media_type, original_name, stored_path, added_at) VALUES (?,?,?,?,?,?,?,?)"
        let channels = Channel.allCases.map(\.rawValue)
        var contactID: Int64 = 0
        var caseID: Int64 = 0
        var contactsLeftInCase = 0
        let batch = 20_000
        while contactID < Int64(plan.contacts) {
            try write { db in
                let caseStatement = try db.makeStatement(sql: insertCase)
                let contactStatement = try db.makeStatement(sql: insertContact)
                let promiseStatement = try db.makeStatement(sql: insertPromise)
                let attachmentStatement = try db.makeStatement(sql: insertAttachment)
                let eventStatement = try db.makeStatement(sql: "INSERT INTO event (uuid, at, kind, entity, entity_id, case_id, payload, prev_hash, hash, digests) VALUES (?,?,?,?,?,?,?,?,?,?)")
                for _ in 0..<batch where contactID < Int64(plan.contacts) {
                    contactID += 1
                    let occurred = Int64(start.timeIntervalSince1970 + Double(contactID) / Double(plan.contacts) * span)
                    if contactsLeftInCase == 0 {
                        caseID += 1
                        contactsLeftInCase = caseID == 1 ? plan.longCaseContacts : 1 + Int(random.next() % UInt64(2 * plan.contactsPerCase - 1))
                        let closed = caseID > 1 && random.unit() < plan.closedShare
                        let title = caseID % 2 == 0 ? Self.zhSummaries[Int(caseID) % Self.zhSummaries.count] : Self.enSummaries[Int(caseID) % Self.enSummaries.count]
                        let org = caseID == 1 ? 1 : 1 + Int64(random.next() % UInt64(plan.organizations))
                        try caseStatement.execute(arguments: [caseID, newUUID(), org, title, "transaction", closed ? "closed" : "open", occurred, closed ? occurred + 30 * 86_400 : nil, zone])
                        try event(db, eventStatement, kind: "case.opened", entity: "case", id: caseID, caseID: caseID, payload: "{\"title\":\"seed\"}", at: Date(timeIntervalSince1970: Double(occurred)),
                                  wrote: "case_file", caseID)
                    }
                    contactsLeftInCase -= 1
                    let chinese = contactID % 2 == 0
                    let summary = chinese ? Self.zhSummaries[Int(contactID) % Self.zhSummaries.count] : Self.enSummaries[Int(contactID) % Self.enSummaries.count]
                    try contactStatement.execute(arguments: [
                        contactID, newUUID(), caseID, occurred, occurred + 300, zone, channels[Int(contactID) % channels.count],
                        contactID % 5 == 0 ? "inbound" : "outbound", chinese ? "95566" : "0345 300 0000",
                        chinese ? "工号 \(1000 + contactID % 9000)" : "Agent \(contactID % 977)", "REF-\(contactID)", 60 + Int64(random.next() % 1800),
                        summary + " #\(contactID)", chinese ? "请耐心等待处理结果" : "Please wait for the investigation", nil,
                    ])
                    try event(db, eventStatement, kind: "contact.logged", entity: "contact", id: contactID, caseID: caseID, payload: "{\"seed\":true}", at: Date(timeIntervalSince1970: Double(occurred + 300)),
                              wrote: "contact", contactID)
                    if contactID % 3 == 0 {
                        let pending = random.unit() < plan.pendingShare
                        let due = pending ? Int64(now.timeIntervalSince1970) + Int64(random.next() % (20 * 86_400)) - 10 * 86_400 : occurred + 3 * 86_400
                        let status = pending ? "pending" : ["kept", "broken", "superseded", "kept"][Int(random.next() % 4)]
                        try promiseStatement.execute(arguments: [newUUID(), contactID, chinese ? "三个工作日内退款" : "refund within 5 working days",
                                                                 due, chinese ? "三个工作日内" : "5 workdays", status, pending ? nil : due, nil, nil])
                        let promiseID = db.lastInsertedRowID
                        try event(db, eventStatement, kind: "promise.made", entity: "promise", id: promiseID, caseID: caseID, payload: "{\"seed\":true}",
                                  at: Date(timeIntervalSince1970: Double(occurred + 300)), wrote: "promise", promiseID)
                    }
                    if contactID % 20 == 0 {
                        let sha = String(repeating: String(format: "%02x", contactID % 256), count: 32)
                        try attachmentStatement.execute(arguments: [newUUID(), contactID, sha, 20_000 + contactID % 5000, "image/png", "screenshot-\(contactID).png", "attachments/\(sha.prefix(2))/\(sha)", occurred + 300])
                        let attachmentID = db.lastInsertedRowID
                        try event(db, eventStatement, kind: "attachment.added", entity: "attachment", id: attachmentID, caseID: caseID, payload: "{\"seed\":true}",
                                  at: Date(timeIntervalSince1970: Double(occurred + 300)), wrote: "attachment", attachmentID)
                    }
                }
            }
        }
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA optimize") }
    }

    private static let zhOrganizations = ["工商银行", "建设银行", "招商银行", "数字人民币钱包", "中国移动", "中国联通", "京东商城", "淘宝", "顺丰速运", "国家电网"]
    private static let enOrganizations = ["Northway Bank", "Harbor Telecom", "Acme Shop", "Metro Energy", "Swift Parcel", "City Water", "Union Insurance"]
    private static let zhSummaries = ["转账失败，资金未到账", "信用卡年费被误扣", "快递丢失申请赔偿", "套餐被擅自变更多扣费", "退款迟迟未到账", "账户被冻结无法登录"]
    private static let enSummaries = ["Card payment taken twice", "Refund not received after return", "Broadband outage for a week",
                                      "Account locked after password reset", "Charged for a cancelled subscription", "Parcel marked delivered but never arrived"]
}

/// A small deterministic generator, so seeded journals are the same on every run.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
