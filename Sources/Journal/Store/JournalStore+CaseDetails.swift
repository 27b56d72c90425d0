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

    public init() {}
}

extension JournalStore {
    // MARK: - Writes

    /// Updates a case's title, category, amount, account reference or desired outcome, recording
    /// each field's old and new value in the history.
    public func editCase(_ id: Int64, _ details: CaseDetails, now: Date) throws -> CaseFile {
        let title = try details.title.map { try TextRules.requiredName($0, field: "case title") }
        let accountRef = try details.accountRef.map { try TextRules.name($0, field: "account reference") }
        let outcome = try details.desiredOutcome.map { try TextRules.text($0, field: "desired outcome") }
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
            guard !changes.isEmpty else { throw JournalError.nothingToCorrect }
            try caseFile.update(db)
            struct Edit: Encodable { let changes: [String: FieldChange] }
            try EventLog.append(db, kind: "case.edited", entity: .case, entityID: id, caseID: id,
                                payload: Edit(changes: changes), at: now, wrote: [("case_file", id)])
            return caseFile
        }
    }
}
