import Foundation
import GRDB
import JournalSchema

/// The journal: one SQLite file, opened safely, migrated forward, and written atomically.
///
/// Every public method is one transaction, so a failed command leaves the journal exactly as it
/// was. Methods take the current instant as a parameter (`now`); nothing here reads the clock.
public struct JournalStore: Sendable {
    /// The `PRAGMA application_id` that marks a SQLite file as a Recourse journal ("RCRS").
    static let applicationID: Int32 = 0x5243_5253

    public let location: JournalLocation
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the journal at `location`, migrating it to the current schema.
    ///
    /// - Throws: `JournalError` when the path is a directory, not a SQLite file, not a Recourse
    ///   journal, from a newer Recourse, read-only when a migration is due, busy, or unreachable.
    public static func open(_ location: JournalLocation, now: Date) throws -> JournalStore {
        let path = location.path
        switch FileSystem.kind(of: path) {
        case .directory: throw JournalError.journalIsDirectory(path)
        case .other: throw JournalError.journalNotSQLite(path)
        case .missing, .file: break
        }
        try FileSystem.makePrivateFolder(location.folder, tighten: location.isDefault)
        if FileSystem.kind(of: path) == .missing { try FileSystem.createPrivateFile(path) }
        let readOnly = !FileSystem.isWritable(path)

        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(15)
        config.readonly = readOnly
        if !readOnly { config.journalMode = .wal }
        config.prepareDatabase { db in
            // WAL with FULL sync: a contact reported as logged survives a power cut.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try translatingErrors(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let store = JournalStore(location: location, writer: queue)
            try JournalMigrator(path: path, readOnly: readOnly).migrate(queue, now: now)
            return store
        }
    }

    /// Runs `body` in one write transaction, mapping SQLite failures to `JournalError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors(path: location.path) { try writer.write(body) }
    }

    /// Runs `body` in one read transaction, mapping SQLite failures to `JournalError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors(path: location.path) { try writer.read(body) }
    }

    static func translatingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: throw JournalError.journalBusy(path)
            case .SQLITE_READONLY: throw JournalError.journalReadOnly(path)
            case .SQLITE_FULL: throw JournalError.diskFull(path)
            case .SQLITE_NOTADB: throw JournalError.journalNotSQLite(path)
            case .SQLITE_CANTOPEN:
                if FileSystem.kind(of: path) == .file || FileSystem.isWritable((path as NSString).deletingLastPathComponent) {
                    throw JournalError.journalIO(path: path, reason: "SQLite cannot open it; check its permissions")
                }
                throw JournalError.journalReadOnly(path)
            case .SQLITE_PERM, .SQLITE_AUTH: throw JournalError.journalReadOnly(path)
            default:
                throw JournalError.journalIO(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        }
    }
}
