import Foundation
import GRDB

/// Which change files from other devices this journal has applied (table `sync_applied`), and the
/// local history facts publishing relies on.
extension JournalStore {
    /// The SHA-256 of every file applied from `device`.
    func appliedFiles(from device: String) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT sha256 FROM sync_applied WHERE device = ?", arguments: [device]))
        }
    }

    /// The SHA-256 of the file applied from `device` at each sequence number (the latest, if one
    /// was applied twice): what lets `sync` skip reading files it applied before.
    func appliedChain(from device: String) throws -> [Int: String] {
        try read { db in
            var chain: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT seq, sha256 FROM sync_applied WHERE device = ? ORDER BY applied_at, rowid",
                                        arguments: [device]) {
                chain[row["seq"]] = row["sha256"]
            }
            return chain
        }
    }

    /// When a file from `device` was last applied, or nil if none ever was.
    func lastApplied(from device: String) throws -> Date? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT max(applied_at) FROM sync_applied WHERE device = ?", arguments: [device])
                .map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
    }

    /// Records that a change file was applied: inside the import's own transaction, so the file
    /// counts as applied exactly when its records are in.
    static func recordApplied(_ db: Database, device: String, sha256: String, seq: Int, lines: Int, at: Date) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO sync_applied (device, sha256, seq, lines, applied_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [device, sha256, seq, lines, Int64(at.timeIntervalSince1970)])
    }

    /// The hash of local event `id`, or nil when there is no such event.
    func eventHash(id: Int64) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM event WHERE id = ?", arguments: [id]) }
    }
}
