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
    /// Whether this store may write; a `.read` store's connection is read-only.
    public let access: JournalAccess
    /// The past moment every read answers for (`--as-of`), nil for now: set once where a reading
    /// command opens the journal, so a screen, a draft and a count cannot disagree about the moment
    /// (see `Snapshot`). An explicit `asOf` argument overrides it.
    public var snapshot: Date?

    /// Opens (creating if needed) the journal at `location`, migrating it to the current schema.
    ///
    /// `.write` opens it for a command that records something: `synchronous=FULL` on the one
    /// connection, so a commit is on disk before the command reports it. `.read` opens it
    /// read-only: nothing is written or synced, so it works on a read-only file, folder or medium.
    /// A read of a journal that is missing or due a migration first makes it current with one
    /// write open (that is the only write a read command can cause).
    ///
    /// - Throws: `JournalError` when the path is a directory, not a SQLite file, not a Recourse
    ///   journal, from a newer Recourse, read-only when a migration is due, busy, or unreachable.
    public static func open(_ location: JournalLocation, now: Date, access: JournalAccess = .write) throws -> JournalStore {
        let path = location.path
        switch FileSystem.kind(of: path) {
        case .directory: throw JournalError.journalIsDirectory(path)
        case .other: throw JournalError.journalNotSQLite(path)
        case .missing, .file: break
        }
        if access == .read, FileSystem.kind(of: path) == .file {
            let store = try openReadOnly(location)
            if try !JournalMigrator(path: path, readOnly: true).needsMigration(store.writer) { return store }
            guard FileSystem.isWritable(path) else { throw JournalError.journalReadOnly(path) }
        }
        let writable = try openForWriting(location, now: now)
        return access == .write ? writable : try openReadOnly(location)
    }

    /// The one connection every write command uses: WAL (set once, when the journal is created)
    /// and `synchronous=FULL`, so each commit is synced to the `-wal` file before it returns.
    ///
    /// GRDB's own WAL set-up (`Configuration.journalMode = .wal`) is deliberately not used: it
    /// resets `synchronous` to NORMAL on every open and runs a throw-away write.
    private static func openForWriting(_ location: JournalLocation, now: Date) throws -> JournalStore {
        let path = location.path
        try FileSystem.makePrivateFolder(location.folder, tighten: location.isDefault)
        if FileSystem.kind(of: path) == .missing { try FileSystem.createPrivateFile(path) }
        let readOnly = !FileSystem.isWritable(path)

        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(15)
        config.readonly = readOnly
        config.prepareDatabase { db in
            // WAL with FULL sync: a contact reported as logged survives a power cut.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return try translatingErrors(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let store = JournalStore(location: location, writer: queue, access: readOnly ? .read : .write)
            let migrator = JournalMigrator(path: path, readOnly: readOnly)
            // Refuse another application's database before anything is written to it.
            let due = try migrator.needsMigration(queue)
            if !readOnly { try JournalMode.ensureWAL(queue, path: path) }
            if due { try migrator.migrate(queue, now: now) }
            return store
        }
    }

    /// A connection that cannot write: opened `SQLITE_OPEN_READONLY`, with `query_only` on.
    private static func openReadOnly(_ location: JournalLocation) throws -> JournalStore {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(15)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        return try translatingErrors(path: location.path) {
            do {
                let queue = try DatabaseQueue(path: ReadOnlyOpening.sqlitePath(for: location.path), configuration: config)
                return JournalStore(location: location, writer: queue, access: .read)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && ReadOnlyOpening.needsIndex(location.path) {
                throw JournalError.journalIO(path: location.path, reason: ReadOnlyOpening.missingIndexAdvice)
            }
        }
    }

    /// The settings in force on this store's connection, read from SQLite itself: what a write
    /// commits under, or proof that a read cannot write. Tests check them against the promise.
    ///
    /// A write store reports them from inside a write transaction, as every write command sees them.
    public func connectionSettings() throws -> ConnectionSettings {
        let settings = { (db: Database) in
            ConnectionSettings(journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                               synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                               queryOnly: try Bool.fetchOne(db, sql: "PRAGMA query_only") ?? false,
                               access: access)
        }
        return access == .write ? try write(settings) : try read(settings)
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
                if FileSystem.kind(of: path) == .file || FileSystem.isWritable(PathText.parent(of: path)) {
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
