import Foundation
import GRDB

extension JournalStore {
    // MARK: - Writes

    /// Merges export lines into the journal by uuid, in one transaction: all or nothing.
    ///
    /// Unknown records are inserted (references resolved by uuid, ids assigned here); records
    /// already here with the same content, or at a revision this journal has seen, are left as
    /// they are; others are handled by `policy`. History events not yet here are appended to this
    /// journal's chain, keeping the uuid, hash and device they came with. Evidence files are taken
    /// from `evidence` (a folder of files named by SHA-256), checked, and stored in the vault.
    ///
    /// - Parameter source: the file or folder the lines came from, kept with any conflict.
    /// - Throws: `InterchangeError` for a bad line (with its number), a newer format, or a missing
    ///   or wrong evidence file; `JournalError` when the journal cannot be written.
    public func importLines(_ lines: [String], source: String, policy: MergePolicy, evidence: URL?, now: Date) throws -> ImportReport {
        try importLines(lines, source: source, policy: policy, evidence: evidence, now: now, alongside: { _ in })
    }

    /// `importLines`, running `alongside` inside the same transaction after the merge, so what a
    /// caller records about the import (sync: which change file it applied) commits with it or not at all.
    func importLines(_ lines: [String], source: String, policy: MergePolicy, evidence: URL?, now: Date,
                     alongside: (Database) throws -> Void) throws -> ImportReport {
        let parsed = try InterchangeParser.parse(lines, source: source)
        return try InterchangeMerge(store: self, input: parsed, source: source, policy: policy, evidence: evidence, now: now)
            .run(alongside: alongside)
    }
}
