import Foundation
import GRDB

/// Changes to a case's details. A nil field is left alone; `.some(nil)` clears it.
public struct CaseDetails: Sendable {
    public var title: String?
    public var category: CaseCategory?
    /// The disputed amount in minor units (fen, pence, cents) with its ISO 4217 currency.
    public var amount: (minor: Int64, currency: String)??
    public var accountRef: String??
    public var desiredOutcome: String??
    /// When the transaction in dispute happened.
    public var transactionAt: Date??
    /// Who was on the other side of it (payee, merchant, account).
    public var counterparty: String??
    /// The device, system and app version involved.
    public var device: String??
    /// The date of the first statement that showed the error.
    public var statementAt: Date??

    public init() {}
}

extension JournalStore {
    // MARK: - Writes

    /// Updates a case's title, category, amount, account reference, desired outcome or the
    /// transaction's facts, recording each field's old and new value in the history.
    public func editCase(_ id: Int64, _ details: CaseDetails, now: Date) throws -> CaseFile {
        let title = try details.title.map { try TextRules.requiredName($0, field: "case title") }
        let accountRef = try details.accountRef.map { try TextRules.name($0, field: "account reference") }
        let outcome = try details.desiredOutcome.map { try TextRules.text($0, field: "desired outcome") }
        let counterparty = try details.counterparty.map { try TextRules.name($0, field: "counterparty") }
        let device = try details.device.map { try TextRules.name($0, field: "device") }
        return try write { db in
            guard var caseFile = try CaseFile.fetchOne(db, key: id) else { throw JournalError.caseNotFound(id) }
            var changes: [String: FieldChange] = [:]
            func set<T: Equatable>(_ keyPath: WritableKeyPath<CaseFile, T>, _ value: T?, _ field: String, _ show: (T) -> String?) {
                guard let value, caseFile[keyPath: keyPath] != value else { return }
                changes[field] = FieldChange(from: show(caseFile[keyPath: keyPath]), to: show(value))
                caseFile[keyPath: keyPath] = value
            }
            set(\.title, title, "title") { $0 }
            set(\.category, details.category, "category") { $0.rawValue }
            if let amount = details.amount {
                set(\.amountMinor, .some(amount?.minor), "amount_minor") { $0.map(String.init) }
                set(\.currency, .some(amount?.currency), "currency") { $0 }
            }
            set(\.accountRef, accountRef, "account_ref") { $0 }
            set(\.desiredOutcome, outcome, "desired_outcome") { $0 }
            let caseChanged = !changes.isEmpty
            let stored = try CaseFacts.stored(db, id: id)
            var facts = stored ?? CaseFacts(id: id)
            func fact<T: Equatable>(_ keyPath: WritableKeyPath<CaseFacts, T>, _ value: T?, _ field: String, _ show: (T) -> String?) {
                guard let value, facts[keyPath: keyPath] != value else { return }
                changes[field] = FieldChange(from: show(facts[keyPath: keyPath]), to: show(value))
                facts[keyPath: keyPath] = value
            }
            fact(\.transactionAt, details.transactionAt, "transaction_at") { $0.map { ISO8601DateFormatter().string(from: $0) } }
            fact(\.counterparty, counterparty, "counterparty") { $0 }
            fact(\.device, device, "device") { $0 }
            fact(\.statementAt, details.statementAt, "statement_at") { $0.map { ISO8601DateFormatter().string(from: $0) } }
            guard !changes.isEmpty else { throw JournalError.nothingToCorrect }
            var wrote: [(table: String, id: Int64)] = []
            if caseChanged {
                try caseFile.update(db)
                wrote.append(("case_file", id))
            }
            if facts != (stored ?? CaseFacts(id: id)) {
                if stored == nil { try facts.insertRow(db) } else { try facts.update(db) }
                wrote.append(("case_fact", id))
            }
            struct Edit: Encodable { let changes: [String: FieldChange] }
            try EventLog.append(db, kind: "case.edited", entity: .case, entityID: id, caseID: id,
                                payload: Edit(changes: changes), at: now, wrote: wrote)
            return caseFile
        }
    }

    // MARK: - Reads

    /// The transaction's facts recorded for a case, if any (as they stood at the store's snapshot moment, if it has one).
    public func caseFacts(ofCase id: Int64) throws -> CaseFacts? {
        try read { db in try snapshot.map { try Rewind(db, asOf: $0).facts(ofCase: id) } ?? CaseFacts.stored(db, id: id) }
    }
}
