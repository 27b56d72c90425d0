import Foundation
import GRDB
import Lexicon

extension JournalStore {
    // MARK: - Writes

    /// Keeps the warnings `log` raised about a contact on it, with one history event.
    ///
    /// A write of its own, after the contact's: the warnings are worked out from the organization
    /// as the contact left it (a new one, its aliases, its official channels). If this write
    /// failed, the contact is still logged and the warnings were still shown.
    @discardableResult
    public func flagContact(_ contactID: Int64, _ flags: [(kind: ContactFlag.Kind, message: String)], now: Date) throws -> [ContactFlag] {
        guard !flags.isEmpty else { return [] }
        let checked = try flags.map { ($0.kind, try TextRules.requiredText($0.message, field: "warning")) }
        return try write { db in
            guard let contact = try Contact.stored(db, id: contactID) else { throw JournalError.contactNotFound(contactID) }
            var stored: [ContactFlag] = []
            for (kind, message) in checked {
                var flag = ContactFlag(id: nil, contactId: contactID, kind: kind, message: message, flaggedAt: now.wholeSeconds)
                try flag.insertRow(db)
                stored.append(flag)
            }
            struct Flagged: Encodable { let kind: String; let message: String }
            try EventLog.append(db, kind: "contact.flagged", entity: .contact, entityID: contactID, caseID: contact.caseId,
                                payload: ["flags": stored.map { Flagged(kind: $0.kind.rawValue, message: $0.message) }], at: now,
                                wrote: stored.map { ("contact_flag", $0.id!) })
            return stored
        }
    }

    /// Marks a contact as an impersonation (the caller claimed to be the organization and was
    /// not) and makes its case a fraud case, in one write with its history events.
    ///
    /// From then on the organization is a third party in the case: `isFraudCase` says so to every
    /// draft, which is how no letter comes to blame the firm that was impersonated. Marking a
    /// contact twice changes nothing and returns the first mark.
    /// The flag's message names the organization, in the interface language of the time.
    @discardableResult
    public func markImpersonation(_ contactID: Int64, now: Date) throws -> MarkedImpersonation {
        try write { db in
            guard let contact = try Contact.stored(db, id: contactID) else { throw JournalError.contactNotFound(contactID) }
            guard var caseFile = try CaseFile.fetchOne(db, key: contact.caseId),
                  let organization = try Organization.fetchOne(db, key: caseFile.organizationId) else { throw JournalError.caseNotFound(contact.caseId) }
            if let existing = try ContactFlag.fetchOne(db, sql: "SELECT * FROM contact_flag WHERE contact_id = ? AND kind = 'impersonation'",
                                                       arguments: [contactID]) {
                return MarkedImpersonation(flag: existing, caseID: contact.caseId, organizationName: organization.name, caseBecameFraud: false)
            }
            let message = Message.impersonationFlag.text(organization.name)
            var flag = ContactFlag(id: nil, contactId: contactID, kind: .impersonation, message: message, flaggedAt: now.wholeSeconds)
            try flag.insertRow(db)
            struct Flagged: Encodable { let kind: String; let message: String }
            try EventLog.append(db, kind: "contact.flagged", entity: .contact, entityID: contactID, caseID: contact.caseId,
                                payload: ["flags": [Flagged(kind: flag.kind.rawValue, message: flag.message)]], at: now,
                                wrote: [("contact_flag", flag.id!)])
            let becameFraud = caseFile.category != .fraud
            if becameFraud {
                let change = FieldChange(from: caseFile.category.rawValue, to: CaseCategory.fraud.rawValue)
                caseFile.category = .fraud
                try caseFile.update(db)
                struct Edit: Encodable { let changes: [String: FieldChange] }
                try EventLog.append(db, kind: "case.edited", entity: .case, entityID: contact.caseId, caseID: contact.caseId,
                                    payload: Edit(changes: ["category": change]), at: now, wrote: [("case_file", contact.caseId)])
            }
            return MarkedImpersonation(flag: flag, caseID: contact.caseId, organizationName: organization.name, caseBecameFraud: becameFraud)
        }
    }

    // MARK: - Reads

    /// SQL true for a flag made by the snapshot's moment (`--as-of`): a contact marked as an
    /// impersonation later (`correct --impersonation`) was not yet a fraud case's then. A flag
    /// `log` kept with the contact (made when it was recorded, its warnings, `log --impersonation`)
    /// belongs to the contact from the moment it took place, however late it was logged. On the
    /// journal as it is now, every flag.
    private var flagMadeByThen: String {
        guard let snapshot else { return "1" }
        let at = Int64(snapshot.timeIntervalSince1970)
        return "contact.occurred_at <= \(at) AND (contact_flag.flagged_at <= \(at) OR contact_flag.flagged_at <= contact.recorded_at)"
    }

    /// Whether a case is about a fraud rather than a complaint: its category is `fraud`, or one
    /// of its contacts is marked as an impersonation. Every draft that would address the
    /// organization as the wrongdoer asks this first.
    public func isFraudCase(_ caseID: Int64) throws -> Bool {
        try read { db in
            guard let caseFile = try snapshot.map({ try Rewind(db, asOf: $0).caseFile(caseID) }) ?? CaseFile.fetchOne(db, key: caseID) else {
                throw JournalError.caseNotFound(caseID)
            }
            if caseFile.category == .fraud { return true }
            return try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                               WHERE contact.case_id = ? AND contact_flag.kind = 'impersonation' AND \(flagMadeByThen))
                """, arguments: [caseID]) ?? false
        }
    }

    /// The warnings kept on the contacts of one case, by contact, oldest first.
    public func contactFlags(ofCase caseID: Int64) throws -> [Int64: [ContactFlag]] {
        try read { db in
            let flags = try ContactFlag.fetchAll(db, sql: """
                SELECT contact_flag.* FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                WHERE contact.case_id = ? AND \(flagMadeByThen) ORDER BY contact_flag.id
                """, arguments: [caseID])
            return Dictionary(grouping: flags, by: \.contactId)
        }
    }

    /// The open cases with a warning kept on one of their contacts, oldest case first: what
    /// `agenda` reminds the user of before they next call.
    public func flaggedOpenCases() throws -> [FlaggedCase] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT contact.case_id AS case_id, organization.name AS organization, group_concat(DISTINCT contact_flag.kind) AS kinds
                FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                JOIN case_file ON case_file.id = contact.case_id JOIN organization ON organization.id = case_file.organization_id
                WHERE \(snapshot == nil ? "case_file.status = 'open'" : "1") AND \(Self.notVoided("contact")) AND \(flagMadeByThen)
                GROUP BY contact.case_id ORDER BY contact.case_id
                """)
            let rewind = snapshot.map { Rewind(db, asOf: $0) }
            return try rows.compactMap { row in
                // Under `--as-of`, the case as it stood then: open then, under the name it had then.
                if let rewind {
                    guard let caseFile = try rewind.caseFile(row["case_id"]), caseFile.status == .open,
                          let organization = try rewind.organization(caseFile.organizationId) else { return nil }
                    let kinds = (row["kinds"] as String? ?? "").split(separator: ",").compactMap { ContactFlag.Kind(rawValue: String($0)) }
                    return FlaggedCase(caseFile: caseFile, organizationName: organization.name, kinds: ContactFlag.Kind.allCases.filter(kinds.contains))
                }
                guard let caseFile = try CaseFile.stored(db, id: row["case_id"]) else { return nil }
                let kinds = (row["kinds"] as String? ?? "").split(separator: ",").compactMap { ContactFlag.Kind(rawValue: String($0)) }
                return FlaggedCase(caseFile: caseFile, organizationName: row["organization"],
                                   kinds: ContactFlag.Kind.allCases.filter(kinds.contains))
            }
        }
    }
}

/// A contact marked as an impersonation: the mark, and the case it made a fraud case.
public struct MarkedImpersonation: Sendable {
    public let flag: ContactFlag
    public let caseID: Int64
    /// The organization the caller claimed to be.
    public let organizationName: String
    /// False when the case already was one (or the contact was already marked).
    public let caseBecameFraud: Bool
}

/// An open case with warnings on its contacts, and which kinds.
public struct FlaggedCase: Sendable, Encodable {
    public let caseFile: CaseFile
    public let organizationName: String
    public let kinds: [ContactFlag.Kind]

    enum CodingKeys: String, CodingKey { case caseFile = "case", organizationName, kinds }
}
