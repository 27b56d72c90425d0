import Foundation
import GRDB
import Lexicon

/// Which case a new contact belongs to.
public enum CaseChoice: Sendable, Equatable {
    /// The organization's only open case, or a new one when it has none.
    case automatic
    /// A case the user named with `--case N`.
    case existing(Int64)
    /// A new case with this title (`--new-case TITLE`).
    case new(title: String)
}

/// A promise as the user logs it: the words, and the instant they resolve to.
public struct PromiseDraft: Sendable, Equatable {
    public var text: String
    public var dueAt: Date
    public var dueWords: String

    public init(text: String, dueAt: Date, dueWords: String) {
        self.text = text
        self.dueAt = dueAt
        self.dueWords = dueWords
    }
}

/// Everything `recourse log` records about one contact.
public struct ContactDraft: Sendable {
    /// The organization's name or alias; nil when `caseChoice` names an existing case.
    public var organization: String?
    /// Kind and jurisdiction for the organization when this contact creates it (see `OrganizationInference`).
    public var newOrganization = OrganizationInference()
    public var caseChoice: CaseChoice = .automatic
    public var occurredAt: Date
    public var zone: String
    public var channel: Channel = .phone
    public var direction: Direction = .outbound
    public var address: String?
    public var agent: String?
    public var reference: String?
    public var durationSeconds: Int64?
    public var summary: String?
    public var advice: String?
    public var outcome: String?
    public var promises: [PromiseDraft] = []
    /// New deadlines given in this contact for promises made earlier on the same case.
    public var extensions: [ExtensionDraft] = []
    /// Files to copy into the journal as evidence.
    public var attachmentPaths: [String] = []
    /// The contact's uuid when it is decided beforehand (a spreadsheet row's, see
    /// `ContactSheetImport`); nil gives a fresh random one.
    var uuid: String?

    public init(organization: String?, occurredAt: Date, zone: String) {
        self.organization = organization
        self.occurredAt = occurredAt
        self.zone = zone
    }
}

/// What `log` wrote, for the confirmation line and `--json`.
public struct LoggedContact: Sendable {
    public let organization: Organization
    public let createdOrganization: Bool
    public let caseFile: CaseFile
    public let openedCase: Bool
    public let contact: Contact
    public let promises: [Promise]
    /// The promises this contact extended: each old one and the new one made on this contact.
    public let extensions: [PromiseExtension]
    public let attachments: [Attachment]
}

/// A correction to a logged contact. A nil field is left alone; `.some(nil)` clears it.
public struct ContactCorrection: Sendable {
    public var occurredAt: Date?
    public var channel: Channel?
    public var direction: Direction?
    public var address: String??
    public var agent: String??
    public var reference: String??
    public var durationSeconds: Int64??
    public var summary: String??
    public var advice: String??
    public var outcome: String??
    /// Why the record changed; kept in the history.
    public var reason: String?

    public init() {}
}

extension JournalStore {
    // MARK: - Writes

    /// Records one contact, with its promises and attachments, in one transaction.
    ///
    /// Attachments are copied before the transaction starts (copying can be slow and must not hold
    /// the write lock) and get their hash names inside it; if the transaction then fails, only the
    /// files this call placed and no committed row references are removed (see `AttachmentVault`).
    public func logContact(_ draft: ContactDraft, now: Date) throws -> LoggedContact {
        let rows = try LogRows(draft, now: now)
        for path in draft.attachmentPaths { try AttachmentVault.checkName(of: path) }
        let vault = AttachmentVault(folder: location.attachmentsFolder)
        var copies: [AttachmentVault.Copy] = []
        var created: [AttachmentVault.Copy] = []
        defer { vault.dropTemporaries(copies) }
        do {
            for path in draft.attachmentPaths { copies.append(try vault.copyIn(path)) }
            return try write { db in
                let (logged, chainHead) = try Self.insertLog(db, rows, draft: draft, now: now)
                var head = chainHead
                let contactID = logged.contact.id!
                let attachments = try copies.map { file in
                    var attachment = Attachment(id: nil, uuid: newUUID(), contactId: contactID, sha256: file.sha256,
                                                size: file.size, mediaType: file.mediaType, originalName: file.originalName,
                                                storedPath: file.storedPath, addedAt: now.wholeSeconds)
                    try attachment.insertRow(db)
                    head = try EventLog.append(db, kind: "attachment.added", entity: .attachment, record: attachment,
                                               caseID: logged.caseFile.id, at: now, after: head).hash
                    return attachment
                }
                created = try vault.place(copies)
                return LoggedContact(organization: logged.organization, createdOrganization: logged.createdOrganization,
                                     caseFile: logged.caseFile, openedCase: logged.openedCase, contact: logged.contact,
                                     promises: logged.promises, extensions: logged.extensions, attachments: attachments)
            }
        } catch {
            if !created.isEmpty {
                // Best effort: a file left behind is reported by `doctor`, never lost evidence.
                try? write { db in try AttachmentVault.removeUnreferenced(created, in: db, folder: vault.folder) }
            }
            if !draft.attachmentPaths.isEmpty { vault.dropTemporaries(copies); rmdir(vault.folder) }
            throw error
        }
    }

    /// The rows `log` writes for one contact, checked before any transaction starts.
    struct LogRows {
        var organizationName: String?
        var contact: Contact
        var promises: [Promise]
        var extensions: [ExtensionDraft]

        init(_ draft: ContactDraft, now: Date) throws {
            if draft.occurredAt.timeIntervalSince(now) > 60 {
                throw JournalError.contactInFuture(JournalStore.localISO(draft.occurredAt, zone: draft.zone))
            }
            organizationName = try draft.organization.map { try TextRules.requiredName($0, field: "organization name") }
            contact = Contact(
                id: nil, uuid: draft.uuid ?? newUUID(), caseId: 0, occurredAt: draft.occurredAt.wholeSeconds, recordedAt: now.wholeSeconds,
                zone: draft.zone, channel: draft.channel, direction: draft.direction,
                address: try TextRules.name(draft.address, field: "number or address"),
                agent: try TextRules.name(draft.agent, field: "agent"),
                reference: try TextRules.name(draft.reference, field: "reference number"),
                durationSeconds: draft.durationSeconds,
                summary: try TextRules.text(draft.summary, field: "summary"),
                advice: try TextRules.text(draft.advice, field: "advice"),
                outcome: try TextRules.text(draft.outcome, field: "outcome"))
            promises = try draft.promises.map { promise in
                Promise(id: nil, uuid: newUUID(), contactId: 0,
                        text: try TextRules.requiredText(promise.text, field: "promise"),
                        dueAt: promise.dueAt.wholeSeconds,
                        dueWords: try TextRules.requiredName(promise.dueWords, field: "due time"),
                        status: .pending, resolvedAt: nil, note: nil, supersedesId: nil)
            }
            extensions = try draft.extensions.map { try $0.checked() }
            if case let .new(title) = draft.caseChoice { _ = try TextRules.requiredName(title, field: "case title") }
        }
    }

    /// Writes one contact's organization, case, contact, promises and extensions inside the
    /// caller's transaction, with their history events: `log` and the spreadsheet import both
    /// write through here, so their records and events are alike.
    ///
    /// - Returns: what was written (no attachments yet), and the chain's head when known (nil
    ///   when extensions appended events of their own and the next append must read it).
    static func insertLog(_ db: Database, _ rows: LogRows, draft: ContactDraft, now: Date) throws -> (LoggedContact, String?) {
        var contact = rows.contact, promises = rows.promises
        let (organization, createdOrganization) = try organizationForLog(db, name: rows.organizationName, choice: draft.caseChoice,
                                                                         inferred: draft.newOrganization, now: now)
        // A case opened by this contact dates from the contact, not from when it was typed.
        let (caseFile, openedCase) = try caseForLog(db, organization: organization, choice: draft.caseChoice,
                                                    suggestedTitle: contact.summary, zone: draft.zone,
                                                    openedAt: min(contact.occurredAt, now), now: now)
        contact.caseId = caseFile.id!
        try contact.insertRow(db)
        // The hash of the newest event, carried forward so each append skips reading it back.
        var head: String? = try EventLog.append(db, kind: "contact.logged", entity: .contact, record: contact,
                                                caseID: caseFile.id, at: now).hash
        for index in promises.indices {
            promises[index].contactId = contact.id!
            try promises[index].insertRow(db)
            head = try EventLog.append(db, kind: "promise.made", entity: .promise, record: promises[index],
                                       caseID: caseFile.id, at: now, after: head).hash
        }
        let extended = try rows.extensions.map { request in
            try supersede(db, request, contactID: contact.id!, at: contact.occurredAt, now: now)
        }
        // Extensions appended events of their own: the next append reads the chain's head again.
        if !extended.isEmpty { head = nil }
        return (LoggedContact(organization: organization, createdOrganization: createdOrganization, caseFile: caseFile,
                              openedCase: openedCase, contact: contact, promises: promises, extensions: extended, attachments: []), head)
    }

    /// Corrects a logged contact, recording each field's old and new value in the history.
    public func correctContact(_ id: Int64, _ correction: ContactCorrection, now: Date) throws -> Contact {
        let reason = try TextRules.text(correction.reason, field: "reason")
        func checkedName(_ value: String??, _ field: String) throws -> String?? {
            guard let value else { return nil }
            return .some(try TextRules.name(value, field: field))
        }
        func checkedText(_ value: String??, _ field: String) throws -> String?? {
            guard let value else { return nil }
            return .some(try TextRules.text(value, field: field))
        }
        let address = try checkedName(correction.address, "number or address")
        let agent = try checkedName(correction.agent, "agent")
        let reference = try checkedName(correction.reference, "reference number")
        let summary = try checkedText(correction.summary, "summary")
        let advice = try checkedText(correction.advice, "advice")
        let outcome = try checkedText(correction.outcome, "outcome")
        if let at = correction.occurredAt, at.timeIntervalSince(now) > 60 {
            throw JournalError.contactInFuture(Self.localISO(at, zone: TimeZone.current.identifier))
        }
        return try write { db in
            guard let original = try Contact.fetchOne(db, key: id) else { throw JournalError.contactNotFound(id) }
            var updated = original
            var changes: [String: FieldChange] = [:]
            func apply<T: Equatable>(_ keyPath: WritableKeyPath<Contact, T>, _ value: T?, _ field: String, _ show: (T) -> String?) {
                guard let value, updated[keyPath: keyPath] != value else { return }
                changes[field] = FieldChange(from: show(updated[keyPath: keyPath]), to: show(value))
                updated[keyPath: keyPath] = value
            }
            apply(\.occurredAt, correction.occurredAt?.wholeSeconds, "occurred_at") { ISO8601DateFormatter().string(from: $0) }
            apply(\.channel, correction.channel, "channel") { $0.rawValue }
            apply(\.direction, correction.direction, "direction") { $0.rawValue }
            apply(\.address, address, "address") { $0 }
            apply(\.agent, agent, "agent") { $0 }
            apply(\.reference, reference, "reference") { $0 }
            apply(\.durationSeconds, correction.durationSeconds, "duration_seconds") { $0.map { String($0) } }
            apply(\.summary, summary, "summary") { $0 }
            apply(\.advice, advice, "advice") { $0 }
            apply(\.outcome, outcome, "outcome") { $0 }
            guard !changes.isEmpty else { throw JournalError.nothingToCorrect }
            try updated.update(db)
            struct Correction: Encodable { let changes: [String: FieldChange]; let reason: String? }
            try EventLog.append(db, kind: "contact.corrected", entity: .contact, entityID: id,
                                caseID: updated.caseId, payload: Correction(changes: changes, reason: reason), at: now,
                                wrote: [("contact", id)])
            return updated
        }
    }

    private static func organizationForLog(_ db: Database, name: String?, choice: CaseChoice, inferred: OrganizationInference,
                                           now: Date) throws -> (Organization, Bool) {
        if let name {
            if let id = try organizationID(db, named: name), let organization = try Organization.stored(db, id: id) {
                return (organization, false)
            }
            if case let .existing(caseID) = choice {
                // A new name with an existing case is a typo far more often than a new company.
                guard let caseFile = try CaseFile.stored(db, id: caseID) else { throw JournalError.caseNotFound(caseID) }
                let owner = try Organization.stored(db, id: caseFile.organizationId)
                throw JournalError.caseOfOtherOrganization(caseID: caseID, organization: owner?.name ?? Message.anotherOrganization.text())
            }
            return (try createOrganization(db, name: name, kind: inferred.kind ?? .other, jurisdiction: inferred.jurisdiction, now: now), true)
        }
        guard case let .existing(caseID) = choice, let caseFile = try CaseFile.stored(db, id: caseID) else {
            if case let .existing(caseID) = choice { throw JournalError.caseNotFound(caseID) }
            throw JournalError.emptyField(field: "organization name")
        }
        return (try Organization.stored(db, id: caseFile.organizationId)!, false)
    }

    private static func caseForLog(_ db: Database, organization: Organization, choice: CaseChoice,
                                   suggestedTitle: String?, zone: String, openedAt: Date, now: Date) throws -> (CaseFile, Bool) {
        let orgID = organization.id!
        switch choice {
        case let .existing(id):
            guard let caseFile = try CaseFile.stored(db, id: id) else { throw JournalError.caseNotFound(id) }
            guard caseFile.organizationId == orgID else {
                throw JournalError.caseOfOtherOrganization(caseID: id, organization: try Organization.stored(db, id: caseFile.organizationId)?.name ?? "?")
            }
            guard caseFile.status == .open else { throw JournalError.caseClosed(id) }
            return (caseFile, false)
        case let .new(title):
            return (try openCase(db, organization: organization, title: title, zone: zone, openedAt: openedAt, now: now), true)
        case .automatic:
            let open = try CaseFile.fetchAll(db, sql: "SELECT * FROM case_file WHERE organization_id = ? AND status = 'open' ORDER BY id",
                                             arguments: [orgID])
            if open.count == 1 { return (open[0], false) }
            if open.count > 1 {
                throw JournalError.ambiguousCase(organization: organization.name, cases: open.map { "#\($0.id!) \($0.title)" })
            }
            let title = Self.caseTitle(summary: suggestedTitle, organization: organization.name)
            return (try openCase(db, organization: organization, title: title, zone: zone, openedAt: openedAt, now: now), true)
        }
    }

    /// The title a new case gets from the contact that opens it: the summary's first line (60
    /// characters at most, never cut inside a number), else the organization's name. A card or
    /// phone number cut short no longer looks like one and would reach drafts unmasked
    /// ("手机1381234567").
    public static func caseTitle(summary: String?, organization: String) -> String {
        summary.map(firstLineUpTo60).flatMap { $0.isBlank ? nil : $0 } ?? organization
    }

    private static func firstLineUpTo60(_ summary: String) -> String {
        let line = Array(summary.split(whereSeparator: \.isNewline).first ?? "")
        guard line.count > 60 else { return String(line) }
        var end = 60
        if line[end].isNumber {
            while end > 0, line[end - 1].isNumber || (" -.".contains(line[end - 1]) && end > 1 && line[end - 2].isNumber) { end -= 1 }
        }
        return String(line[..<end]).trimmingCharacters(in: .whitespaces)
    }

    /// The organization's open cases, oldest first: what `log` chooses from.
    public func openCases(ofOrganization id: Int64) throws -> [CaseFile] {
        try read { db in
            try CaseFile.filter(Column("organization_id") == id && Column("status") == CaseStatus.open.rawValue)
                .order(Column("id")).fetchAll(db)
        }
    }

    /// An instant as ISO 8601 with the user's offset, for messages.
    static func localISO(_ date: Date, zone: String) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: zone) ?? .current, formatOptions: .withInternetDateTime)
    }

    static func openCase(_ db: Database, organization: Organization, title: String, zone: String,
                         openedAt: Date, now: Date) throws -> CaseFile {
        var caseFile = CaseFile(id: nil, uuid: newUUID(), organizationId: organization.id!, title: title, category: .other,
                                status: .open, openedAt: openedAt.wholeSeconds, closedAt: nil, zone: zone, desiredOutcome: nil,
                                amountMinor: nil, currency: nil, accountRef: nil)
        try caseFile.insertRow(db)
        try EventLog.append(db, kind: "case.opened", entity: .case, record: caseFile, caseID: caseFile.id, at: now)
        return caseFile
    }
}

extension Date {
    /// The instant truncated to whole seconds, the journal's stored precision, so that what a
    /// command returns equals what a later read returns.
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
