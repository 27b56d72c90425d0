import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a command does with the journal: reading never writes, syncs or migrates.
public enum JournalAccess: String, Sendable {
    case read, write
}

/// The SQLite settings in force on a store's connection, as SQLite itself reports them.
public struct ConnectionSettings: Sendable, Equatable {
    /// `wal` for every Recourse journal.
    public let journalMode: String
    /// `PRAGMA synchronous`: 2 (FULL) on a write connection, so a commit is synced when it returns.
    public let synchronous: Int
    /// `PRAGMA query_only`: on for a read connection, which SQLite also opened read-only.
    public let queryOnly: Bool
    public let access: JournalAccess
}

/// The journal's WAL mode, which SQLite keeps in the file once set.
enum JournalMode {
    /// Switches a journal to WAL the first time it is written (it is created in rollback mode);
    /// afterwards only reads the mode, so an ordinary open writes nothing.
    static func ensureWAL(_ queue: DatabaseQueue, path: String) throws {
        // Two processes creating the journal at once race for the switch; SQLite answers the loser
        // SQLITE_BUSY at once (no busy handler for a journal-mode change), so it looks again,
        // finds WAL set by the other, or retries, for as long as the busy timeout (15 s).
        let deadline = Date().addingTimeInterval(15)
        while true {
            do {
                return try queue.writeWithoutTransaction { db in
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                        throw JournalError.journalIO(path: path, reason: "SQLite could not switch it to WAL mode")
                    }
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(20_000)
            }
        }
    }
}

/// How a read command names the journal to SQLite so that it opens on read-only folders and media.
///
/// A read-only connection to a WAL journal needs its `-shm` index; when the folder cannot be
/// written and no `-wal` holds pending commits, there is nothing SQLite could read from them, so
/// the file is opened `immutable` (no `-shm`, no locks). Otherwise the plain path is used.
enum ReadOnlyOpening {
    static func sqlitePath(for path: String) -> String {
        guard access(folder(of: path), W_OK) != 0, !hasPendingCommits(path + "-wal") else { return path }
        return immutableURI(path)
    }

    /// True when SQLite needs a `-shm` index it cannot create: commits wait in the `-wal`, there
    /// is no `-shm`, and the folder cannot be written.
    static func needsIndex(_ path: String) -> Bool {
        access(folder(of: path), W_OK) != 0 && hasPendingCommits(path + "-wal") && access(path + "-shm", F_OK) != 0
    }

    static let missingIndexAdvice = "its -wal file holds commits that SQLite can read only with the -shm file, which this read-only folder lacks; copy the journal with its -wal to a writable folder and read it there"

    private static func folder(of path: String) -> String {
        let folder = PathText.parent(of: path)
        return folder.isEmpty ? "." : folder
    }

    private static func hasPendingCommits(_ wal: String) -> Bool {
        var info = stat()
        return stat(wal, &info) == 0 && info.st_size > 0
    }

    /// `file://…?immutable=1`, with the characters that mean something in a URI escaped.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let escaped = absolute.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "?", with: "%3F").replacingOccurrences(of: "#", with: "%23")
        return "file://" + escaped + "?immutable=1"
    }
}
