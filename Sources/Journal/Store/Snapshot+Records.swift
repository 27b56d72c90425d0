import Foundation
import GRDB

/// Organizations and cases as they stood at a past moment (`--as-of`), rewound from the history.
///
/// Every change to an organization or a case is already a history event that kept what it
/// changed: `org edit` and `case edit` the old and new value of each field, `org add` the whole
/// organization as it became, `case close` and `case reopen` when. The snapshot starts from the
/// row as it is now and undoes, newest first, what was recorded after the moment; an alias or an
/// official channel (the postal address is one) exists from the first event that wrote it. No
/// second record of the past is kept. One `Rewind` serves one read and remembers what it has
/// rewound, so every screen, draft and export of a command sees the same organization and case.
final class Rewind {
    let db: Database
    let asOf: Date
    private let at: Int64
    private var organizationsSeen: [Int64: Organization] = [:]
    private var casesSeen: [Int64: CaseFile] = [:]
    private var organizationEvents: [Int64: [JournalEvent]]?
    private var firstWritten: [String: Int64]?

    init(_ db: Database, asOf: Date) {
        self.db = db
        self.asOf = asOf
        at = Int64(asOf.timeIntervalSince1970)
    }

    // MARK: Organizations

    /// The organization `id` as it stood then.
    func organization(_ id: Int64) throws -> Organization? {
        if let seen = organizationsSeen[id] { return seen }
        guard let current = try Organization.fetchOne(db, key: id) else { return nil }
        return try organization(current)
    }

    /// `current` with the changes recorded after the moment undone.
    func organization(_ current: Organization) throws -> Organization {
        if let seen = organizationsSeen[current.id!] { return seen }
        let events = try eventsOfOrganization(current.id!)
        var organization = current
        for (index, event) in events.enumerated().reversed() where event.at > asOf {
            switch event.kind {
            case "organization.edited":
                let old = Self.changes(in: event.payload, wrapped: false).mapValues { $0.from }
                if let name = old["name"] ?? nil {
                    organization.name = name
                    organization.nameKey = NameKey.of(name)
                }
                if let kind = old["kind"] ?? nil, let value = OrganizationKind(rawValue: kind) { organization.kind = value }
                if let jurisdiction = old["jurisdiction"] { organization.jurisdiction = jurisdiction }
                if let sector = old["sector"] { organization.sector = sector.flatMap(BankSector.init(rawValue:)) }
            case "organization.updated":
                // `org add` on a known organization kept the whole record as it became; what it
                // was before is what the events before it say.
                let before = Self.kindAndJurisdiction(after: events[..<index])
                if let kind = before.kind { organization.kind = kind }
                if let jurisdiction = before.jurisdiction { organization.jurisdiction = jurisdiction }
            default: break
            }
        }
        organizationsSeen[current.id!] = organization
        return organization
    }

    /// Whether the alias or official channel row (`table`, `id`) had been written by then; a row
    /// no event wrote (a journal older than row digests) has always been there.
    func existed(_ table: String, _ id: Int64) throws -> Bool {
        if firstWritten == nil {
            var first: [String: Int64] = [:]
            // Aliases and channels are written by events of no case (the organization's own, an
            // import's): read through the case index's NULL range, not the whole history.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT at, digests FROM event INDEXED BY event_case WHERE case_id IS NULL
                AND (digests LIKE '%organization_alias:%' OR digests LIKE '%official_channel:%') ORDER BY id
                """)
            while let row = try rows.next() {
                let when: Int64 = row[0]
                guard let text: String = row[1],
                      let digests = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { continue }
                for key in digests.keys where first[key].map({ when < $0 }) ?? true { first[key] = when }
            }
            firstWritten = first
        }
        return firstWritten!["\(table):\(id)"].map { $0 <= at } ?? true
    }

    /// Every event that set an organization's fields, oldest first, read once for all
    /// organizations; they belong to no case, so the case index's NULL range holds them all.
    private func eventsOfOrganization(_ id: Int64) throws -> [JournalEvent] {
        if organizationEvents == nil {
            organizationEvents = Dictionary(grouping: try JournalEvent.fetchAll(db, sql: """
                SELECT * FROM event INDEXED BY event_case WHERE case_id IS NULL AND entity = 'organization'
                AND kind IN ('organization.created', 'organization.updated', 'organization.edited') ORDER BY id
                """), by: \.entityId)
        }
        return organizationEvents![id] ?? []
    }

    /// Kind and jurisdiction as `events` (oldest first) left them; nil where they say nothing.
    private static func kindAndJurisdiction(after events: ArraySlice<JournalEvent>) -> (kind: OrganizationKind?, jurisdiction: String??) {
        var kind: OrganizationKind?, jurisdiction: String??
        for event in events {
            if event.kind == "organization.edited" {
                let new = changes(in: event.payload, wrapped: false).mapValues { $0.to }
                if let value = new["kind"] ?? nil { kind = OrganizationKind(rawValue: value) ?? kind }
                if let value = new["jurisdiction"] { jurisdiction = .some(value) }
            } else if let record = try? JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any] {
                if let value = record["kind"] as? String { kind = OrganizationKind(rawValue: value) ?? kind }
                jurisdiction = .some(record["jurisdiction"] as? String)
            }
        }
        return (kind, jurisdiction)
    }

    // MARK: Cases

    /// The case `id` as it stood then (whether or not it was open yet: callers ask `openedAt`).
    func caseFile(_ id: Int64) throws -> CaseFile? {
        if let seen = casesSeen[id] { return seen }
        guard let current = try CaseFile.fetchOne(db, key: id) else { return nil }
        return try caseFile(current)
    }

    /// `current` with later edits undone and the status it had then (closed and reopened from
    /// the `case.closed` and `case.reopened` events).
    func caseFile(_ current: CaseFile) throws -> CaseFile {
        if let seen = casesSeen[current.id!] { return seen }
        let events = try caseEvents(current.id!)
        var caseFile = current
        for event in events.reversed() where event.at > asOf && event.kind == "case.edited" {
            let old = Self.changes(in: event.payload, wrapped: true).mapValues { $0.from }
            for (field, value) in old {
                switch field {
                case "title": if let value { caseFile.title = value }
                case "category": if let value, let category = CaseCategory(rawValue: value) { caseFile.category = category }
                case "amount_minor": caseFile.amountMinor = value.flatMap { Int64($0) }
                case "currency": caseFile.currency = value
                case "account_ref": caseFile.accountRef = value
                case "desired_outcome": caseFile.desiredOutcome = value
                default: break
                }
            }
        }
        let statusChanges = events.filter { $0.kind == "case.closed" || $0.kind == "case.reopened" }
        if statusChanges.contains(where: { $0.at > asOf }) {
            let last = statusChanges.last { $0.at <= asOf }
            caseFile.status = last?.kind == "case.closed" ? .closed : .open
            caseFile.closedAt = last?.kind == "case.closed" ? last?.at : nil
        }
        if let closed = caseFile.closedAt, closed > asOf {
            caseFile.status = .open
            caseFile.closedAt = nil
        }
        casesSeen[current.id!] = caseFile
        return caseFile
    }

    /// The case's transaction facts as they stood then; nil when none had been given yet.
    func facts(ofCase id: Int64) throws -> CaseFacts? {
        var facts = try CaseFacts.stored(db, id: id) ?? CaseFacts(id: id)
        for event in try caseEvents(id).reversed() where event.at > asOf && event.kind == "case.edited" {
            let old = Self.changes(in: event.payload, wrapped: true).mapValues { $0.from }
            for (field, value) in old {
                switch field {
                case "transaction_at": facts.transactionAt = value.flatMap { ISO8601DateFormatter().date(from: $0) }
                case "counterparty": facts.counterparty = value
                case "device": facts.device = value
                case "statement_at": facts.statementAt = value.flatMap { ISO8601DateFormatter().date(from: $0) }
                default: break
                }
            }
        }
        return facts.isEmpty ? nil : facts
    }

    private func caseEvents(_ id: Int64) throws -> [JournalEvent] {
        try JournalEvent.fetchAll(db, sql: """
            SELECT * FROM event WHERE case_id = ? AND entity = 'case' AND entity_id = ?
            AND kind IN ('case.edited', 'case.closed', 'case.reopened') ORDER BY id
            """, arguments: [id, id])
    }

    // MARK: Payloads

    /// The `{"field": {"from": …, "to": …}}` of an edit event (under `"changes"` when `wrapped`).
    private static func changes(in payload: String, wrapped: Bool) -> [String: (from: String?, to: String?)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any],
              let changes = (wrapped ? object["changes"] : object) as? [String: Any] else { return [:] }
        return changes.compactMapValues { value in
            guard let change = value as? [String: Any] else { return nil }
            return (change["from"] as? String, change["to"] as? String)
        }
    }
}
