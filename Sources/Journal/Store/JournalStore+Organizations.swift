import Foundation
import GRDB

/// What `org add` should make true: an organization known by all these names and channels.
public struct OrganizationDraft: Sendable {
    public var name: String
    public var aliases: [String] = []
    /// `KIND:ADDRESS` strings, e.g. `phone:95566`, `web:ecny.pbcdigital.cn`.
    public var officialChannels: [String] = []
    public var kind: OrganizationKind?
    public var jurisdiction: String?
    /// The jurisdiction a new organization gets when none is given (the user's region); never
    /// applied to one already known, whose recorded jurisdiction stays as it is.
    public var jurisdictionIfNew: String?

    public init(name: String, aliases: [String] = [], officialChannels: [String] = [],
                kind: OrganizationKind? = nil, jurisdiction: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.officialChannels = officialChannels
        self.kind = kind
        self.jurisdiction = jurisdiction
    }
}

/// The result of `org add`: the organization and what changed.
public struct OrganizationChange: Sendable {
    public let organization: Organization
    public let created: Bool
    public let addedAliases: [String]
    public let addedChannels: [OfficialChannel]
}

/// An organization with everything it is known by.
public struct OrganizationEntry: Sendable {
    public let organization: Organization
    public let aliases: [String]
    public let officialChannels: [OfficialChannel]
    public let openCases: Int
}

extension JournalStore {
    // MARK: - Writes

    /// Creates the organization, or extends the one already known by any of the draft's names.
    ///
    /// Matching on aliases too lets a user who logged "数字人民币钱包" later add
    /// "Digital RMB Wallet" with that alias and get one organization, not two.
    public func addOrganization(_ draft: OrganizationDraft, now: Date) throws -> OrganizationChange {
        let name = try TextRules.requiredName(draft.name, field: "organization name")
        let aliases = try draft.aliases.map { try TextRules.requiredName($0, field: "alias") }
        let channels = try draft.officialChannels.map(OfficialChannelSpec.parse)
        let jurisdiction = try TextRules.name(draft.jurisdiction, field: "jurisdiction")?.uppercased()
        return try write { db in
            let names = [name] + aliases
            let matches = try Set(names.compactMap { try Self.organizationID(db, named: $0) })
            if matches.count > 1 {
                throw JournalError.ambiguousOrganization(name, ids: matches.sorted())
            }
            var created = false
            var organization: Organization
            if let id = matches.first, let existing = try Organization.fetchOne(db, key: id) {
                organization = existing
                if let kind = draft.kind, kind != organization.kind { organization.kind = kind }
                if let jurisdiction { organization.jurisdiction = jurisdiction }
                if organization != existing {
                    try organization.update(db)
                    try EventLog.append(db, kind: "organization.updated", entity: .organization,
                                        entityID: id, caseID: nil, payload: organization, at: now, wrote: [("organization", id)])
                }
            } else {
                organization = try Self.createOrganization(db, name: name, kind: draft.kind ?? .other,
                                                           jurisdiction: jurisdiction ?? draft.jurisdictionIfNew?.uppercased(), now: now)
                created = true
            }
            let orgID = organization.id!
            var addedAliases: [String] = []
            for alias in names where try Self.organizationID(db, named: alias) == nil {
                var record = OrganizationAlias(id: nil, uuid: newUUID(), organizationId: orgID, alias: alias, aliasKey: NameKey.of(alias))
                try record.insert(db)
                try EventLog.append(db, kind: "organization.alias_added", entity: .organization,
                                    entityID: orgID, caseID: nil, payload: ["alias": alias], at: now,
                                    wrote: [("organization_alias", record.id!)])
                addedAliases.append(alias)
            }
            var addedChannels: [OfficialChannel] = []
            for spec in channels {
                let known = try OfficialChannel
                    .filter(Column("organization_id") == orgID && Column("kind") == spec.kind.rawValue
                            && Column("address") == spec.address)
                    .fetchCount(db) > 0
                if known { continue }
                var channel = OfficialChannel(id: nil, uuid: newUUID(), organizationId: orgID, kind: spec.kind,
                                              address: spec.address, source: "user", verifiedAt: now)
                try channel.insert(db)
                try EventLog.append(db, kind: "organization.channel_added", entity: .organization,
                                    entityID: orgID, caseID: nil, payload: channel, at: now,
                                    wrote: [("official_channel", channel.id!)])
                addedChannels.append(channel)
            }
            return OrganizationChange(organization: organization, created: created,
                                      addedAliases: addedAliases, addedChannels: addedChannels)
        }
    }

    static func createOrganization(_ db: Database, name: String, kind: OrganizationKind,
                                   jurisdiction: String?, now: Date) throws -> Organization {
        var organization = Organization(id: nil, uuid: newUUID(), name: name, nameKey: NameKey.of(name),
                                        kind: kind, jurisdiction: jurisdiction, createdAt: now)
        try organization.insertRow(db)
        try EventLog.append(db, kind: "organization.created", entity: .organization, record: organization, caseID: nil, at: now)
        return organization
    }

    /// The organization whose name or alias matches `name` (after `NameKey` normalisation).
    static func organizationID(_ db: Database, named name: String) throws -> Int64? {
        let key = NameKey.of(name)
        return try Int64.fetchOne(db, sql: """
            SELECT id FROM organization WHERE name_key = ?1
            UNION ALL SELECT organization_id FROM organization_alias WHERE alias_key = ?1
            LIMIT 1
            """, arguments: [key])
    }

    // MARK: - Reads

    /// Every organization with its names and channels; at the store's snapshot moment, if it has
    /// one, as they stood then (names and kinds before later edits, aliases and channels added by then).
    public func organizations() throws -> [OrganizationEntry] {
        try read { db in
            var organizations = try Organization.order(Column("name")).fetchAll(db)
            var aliases = try Row.fetchAll(db, sql: "SELECT id, organization_id, alias FROM organization_alias ORDER BY id")
            var channels = try OfficialChannel.order(Column("id")).fetchAll(db)
            var openCounts = try Row.fetchAll(db, sql: """
                SELECT organization_id, count(*) AS n FROM case_file WHERE status = 'open' GROUP BY organization_id
                """).map { ($0["organization_id"] as Int64, $0["n"] as Int) }
            if let snapshot {
                let rewind = Rewind(db, asOf: snapshot)
                organizations = try organizations.map { try rewind.organization($0) }.sorted { $0.name < $1.name }
                aliases = try aliases.filter { try rewind.existed("organization_alias", $0["id"]) }
                channels = try channels.filter { try rewind.existed("official_channel", $0.id!) }
                let cases = try CaseFile.filter(Column("opened_at") <= Int64(snapshot.timeIntervalSince1970)).fetchAll(db)
                openCounts = try cases.map { try rewind.caseFile($0) }.filter { $0.status == .open }.map { ($0.organizationId, 1) }
            }
            let aliasesByOrg = Dictionary(grouping: aliases, by: { $0["organization_id"] as Int64 })
            let countsByOrg = Dictionary(openCounts, uniquingKeysWith: +)
            return organizations.map { org in
                OrganizationEntry(
                    organization: org,
                    aliases: (aliasesByOrg[org.id!] ?? []).map { $0["alias"] as String }.filter { NameKey.of($0) != org.nameKey },
                    officialChannels: channels.filter { $0.organizationId == org.id },
                    openCases: countsByOrg[org.id!] ?? 0)
            }
        }
    }
}

/// A parsed `KIND:ADDRESS`, with the address normalised so the same number matches however typed.
struct OfficialChannelSpec {
    let kind: Channel
    let address: String

    static func parse(_ text: String) throws -> OfficialChannelSpec {
        guard let colon = text.firstIndex(of: ":"),
              let kind = Channel(userInput: String(text[..<colon])) else {
            throw JournalError.invalidOfficialChannel(text)
        }
        let raw = try TextRules.name(String(text[text.index(after: colon)...]), field: "official channel address")
        guard let raw else { throw JournalError.invalidOfficialChannel(text) }
        let address: String
        switch kind {
        case .phone, .sms:
            address = String(raw.filter { $0.isASCII && ($0.isNumber || $0 == "+") })
        case .email, .web:
            address = raw.trimmingCharacters(in: .whitespaces).lowercased()
        default:
            address = raw.trimmingCharacters(in: .whitespaces)
        }
        guard !address.isEmpty else { throw JournalError.invalidOfficialChannel(text) }
        return OfficialChannelSpec(kind: kind, address: address)
    }
}

/// What `org edit` changes; nil fields stay as they are.
public struct OrganizationEdit: Sendable {
    public var name: String?
    public var kind: OrganizationKind?
    public var jurisdiction: String?
    /// The postal address complaints go to, kept as an official `letter` channel.
    public var address: String?
    /// The German banking group, which decides the dispute scheme.
    public var sector: BankSector?

    public init(name: String? = nil, kind: OrganizationKind? = nil, jurisdiction: String? = nil, address: String? = nil,
                sector: BankSector? = nil) {
        self.name = name
        self.kind = kind
        self.jurisdiction = jurisdiction
        self.address = address
        self.sector = sector
    }
}

extension JournalStore {
    /// Changes an organization's name, kind, jurisdiction, banking group or postal address, recording each
    /// field's old and new value in the history.
    ///
    /// A new name keeps the old one as an alias, so `log OLD-NAME` still finds the organization;
    /// the address becomes an official `letter` channel, which drafts use as the firm's address.
    public func editOrganization(_ id: Int64, _ edit: OrganizationEdit, now: Date) throws -> Organization {
        let name = try edit.name.map { try TextRules.requiredName($0, field: "organization name") }
        let jurisdiction = try edit.jurisdiction.map { try TextRules.requiredName($0, field: "jurisdiction").uppercased() }
        let address = try edit.address.map { try TextRules.requiredName($0, field: "address") }
        return try write { db in
            guard let original = try Organization.fetchOne(db, key: id) else { throw JournalError.organizationIDNotFound(id) }
            var updated = original
            var changes: [String: FieldChange] = [:]
            if let name, name != original.name {
                if let other = try Self.organizationID(db, named: name), other != id {
                    throw JournalError.ambiguousOrganization(name, ids: [id, other].sorted())
                }
                changes["name"] = FieldChange(from: original.name, to: name)
                updated.name = name
                updated.nameKey = NameKey.of(name)
            }
            if let kind = edit.kind, kind != original.kind {
                changes["kind"] = FieldChange(from: original.kind.rawValue, to: kind.rawValue)
                updated.kind = kind
            }
            if let jurisdiction, jurisdiction != original.jurisdiction {
                changes["jurisdiction"] = FieldChange(from: original.jurisdiction, to: jurisdiction)
                updated.jurisdiction = jurisdiction
            }
            if let sector = edit.sector, sector != original.sector {
                changes["sector"] = FieldChange(from: original.sector?.rawValue, to: sector.rawValue)
                updated.sector = sector
            }
            let currentAddress = try OfficialChannel.filter(Column("organization_id") == id && Column("kind") == Channel.letter.rawValue)
                .order(Column("id").desc).fetchOne(db)?.address
            if let address, address != currentAddress { changes["address"] = FieldChange(from: currentAddress, to: address) }
            guard !changes.isEmpty else { throw JournalError.nothingToEdit }
            var wrote: [(String, Int64)] = []
            if updated != original {
                try updated.update(db)
                wrote.append(("organization", id))
            }
            if changes["name"] != nil, try OrganizationAlias.filter(Column("alias_key") == original.nameKey).fetchCount(db) == 0 {
                var alias = OrganizationAlias(id: nil, uuid: newUUID(), organizationId: id, alias: original.name, aliasKey: original.nameKey)
                try alias.insert(db)
                wrote.append(("organization_alias", alias.id!))
            }
            if let address, changes["address"] != nil {
                var channel = OfficialChannel(id: nil, uuid: newUUID(), organizationId: id, kind: .letter, address: address,
                                              source: "user", verifiedAt: now)
                try channel.insert(db)
                wrote.append(("official_channel", channel.id!))
            }
            try EventLog.append(db, kind: "organization.edited", entity: .organization, entityID: id, caseID: nil,
                                payload: changes, at: now, wrote: wrote)
            return updated
        }
    }

    /// The organization's postal address: its newest official `letter` channel (the newest given
    /// by the store's snapshot moment, if it has one).
    public func postalAddress(ofOrganization id: Int64) throws -> String? {
        try read { db in
            let letters = try OfficialChannel.filter(Column("organization_id") == id && Column("kind") == Channel.letter.rawValue)
                .order(Column("id").desc).fetchAll(db)
            guard let snapshot else { return letters.first?.address }
            let rewind = Rewind(db, asOf: snapshot)
            return try letters.first { try rewind.existed("official_channel", $0.id!) }?.address
        }
    }
}

extension JournalStore {
    /// Organizations whose name or an alias is close to `name` (see `NearName`), when `name` itself
    /// is not known: the candidates `log` offers before creating a new organization.
    public func nearOrganizations(to name: String) throws -> [Organization] {
        try read { db in
            guard try Self.organizationID(db, named: name) == nil else { return [] }
            let names = try Row.fetchAll(db, sql: """
                SELECT id AS organization_id, name FROM organization
                UNION ALL SELECT organization_id, alias FROM organization_alias
                """)
            let ids = Set(names.filter { NearName.isNear(name, $0["name"]) }.map { $0["organization_id"] as Int64 })
            return try Organization.filter(keys: ids.sorted()).order(Column("id")).fetchAll(db)
        }
    }
}
