import Foundation
import GRDB

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

    // MARK: - Reads

    /// The warnings kept on the contacts of one case, by contact, oldest first.
    public func contactFlags(ofCase caseID: Int64) throws -> [Int64: [ContactFlag]] {
        try read { db in
            let flags = try ContactFlag.fetchAll(db, sql: """
                SELECT contact_flag.* FROM contact_flag JOIN contact ON contact.id = contact_flag.contact_id
                WHERE contact.case_id = ? ORDER BY contact_flag.id
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
                WHERE case_file.status = 'open' AND \(Self.notVoided("contact")) GROUP BY contact.case_id ORDER BY contact.case_id
                """)
            return try rows.compactMap { row in
                guard let caseFile = try CaseFile.stored(db, id: row["case_id"]) else { return nil }
                let kinds = (row["kinds"] as String? ?? "").split(separator: ",").compactMap { ContactFlag.Kind(rawValue: String($0)) }
                return FlaggedCase(caseFile: caseFile, organizationName: row["organization"],
                                   kinds: ContactFlag.Kind.allCases.filter(kinds.contains))
            }
        }
    }
}

/// An open case with warnings on its contacts, and which kinds.
public struct FlaggedCase: Sendable, Encodable {
    public let caseFile: CaseFile
    public let organizationName: String
    public let kinds: [ContactFlag.Kind]

    enum CodingKeys: String, CodingKey { case caseFile = "case", organizationName, kinds }
}
