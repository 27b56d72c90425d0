import Foundation
import GRDB
import Lexicon
import JournalSchema

/// What checking a backup found. A backup is only worth recommending or restoring when it passes.
public struct BackupCheck: Sendable {
    public let path: String
    /// Why it cannot be used, in plain words; empty when it can.
    public let problems: [String]
    public let eventsChecked: Int
    public let head: String

    public var isUsable: Bool { problems.isEmpty }
}

/// What `restore` did.
public struct RestoreResult: Sendable {
    public let check: BackupCheck
    /// Where the journal that was replaced now is (nil when there was none). Never deleted.
    public let keptAside: String?
}

extension JournalStore {
    // MARK: - Backup

    /// Copies the journal to `path` with SQLite's online backup, which gives a consistent copy
    /// even while another process writes, and its evidence files into `attachmentsFolder`
    /// (content-addressed, so backups share them).
    ///
    /// Nothing gets its final name before it is complete and on disk: the copy is written under a
    /// temporary name, synced, then linked to `path`; each evidence file is copied to a temporary
    /// name, its SHA-256 checked, then renamed. A file already in `attachmentsFolder` is kept only
    /// if its bytes hash right (a copy torn by an earlier killed backup is replaced).
    public func backup(to path: String, attachmentsFolder: String) throws {
        guard FileSystem.kind(of: path) == .missing else {
            throw JournalError.journalIO(path: path, reason: Message.ioFileExists.text())
        }
        let folder = PathText.folder(of: path)
        try FileSystem.makePrivateFolder(folder, tighten: false)
        let lock = try BackupLock(folder: folder)
        defer { lock.release() }
        if !FileSystem.isSameFile(attachmentsFolder, location.attachmentsFolder) {
            lock.sweepLeftovers(folder: folder, attachmentsFolder: attachmentsFolder)
        }
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".partial-" + newUUID()
        try FileSystem.createPrivateFile(temporary)
        defer { unlink(temporary) }
        let evidence = try Self.translatingErrors(path: path) {
            let destination = try DatabaseQueue(path: temporary)
            try writer.backup(to: destination)
            // The evidence of exactly this snapshot, not of rows committed since.
            let evidence = try destination.read { db in
                try Row.fetchAll(db, sql: "SELECT DISTINCT stored_path, sha256 FROM attachment ORDER BY stored_path")
                    .map { (storedPath: $0["stored_path"] as String, sha256: $0["sha256"] as String) }
            }
            try destination.close()
            return evidence
        }
        for file in evidence {
            let relative = String(file.storedPath.dropFirst("attachments/".count))
            try EvidenceCopy.copy(from: location.folder + "/" + file.storedPath, to: attachmentsFolder + "/" + relative,
                                  sha256: file.sha256, setAsideWrong: nil)
        }
        try FileSystem.syncFile(temporary)
        guard link(temporary, path) == 0 || (errno != EEXIST && rename(temporary, path) == 0) else {
            throw errno == EEXIST ? JournalError.journalIO(path: path, reason: Message.ioFileExists.text())
                                  : FileSystem.writeError(path)
        }
        FileSystem.syncFolder(folder)
    }

    /// Checks a backup the way `restore` needs it: a non-empty Recourse journal that SQLite finds
    /// intact, whose history verifies, with its evidence files present (with `deep`, re-hashed)
    /// in the `attachments/` folder beside it. Opens it read-only; never changes it.
    public static func checkBackup(at path: String, deep: Bool) -> BackupCheck {
        func refused(_ reason: String) -> BackupCheck { BackupCheck(path: path, problems: [reason], eventsChecked: 0, head: "") }
        guard FileSystem.kind(of: path) == .file else { return refused(Message.backupNotAFile.text()) }
        guard let size = FileSystem.sizeAndModified(path)?.size, size > 0 else { return refused(Message.backupEmpty.text()) }
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            let (appID, version, checks) = try queue.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try sqliteChecks(db))
            }
            guard appID == applicationID else { return refused(Message.backupNotRecourse.text()) }
            guard version <= SchemaMigrations.latestVersion else { return refused(Message.backupNewerSchema.text(version)) }
            let sqliteProblems = checks.integrity.map { Message.backupIntegrity.text($0) } + checks.foreignKeys
            guard sqliteProblems.isEmpty else { return BackupCheck(path: path, problems: sqliteProblems, eventsChecked: 0, head: "") }
            // An older schema is upgraded when restored; its history is verified then.
            guard version == SchemaMigrations.latestVersion else { return BackupCheck(path: path, problems: [], eventsChecked: 0, head: "") }
            let report = try JournalStore(location: JournalLocation(path: path), writer: queue, access: .read).verify(deep: deep)
            return BackupCheck(path: path, problems: report.problems.map(\.description), eventsChecked: report.eventsChecked, head: report.head)
        } catch {
            return refused((error as? LocalizedError)?.errorDescription ?? Message.backupUnreadable.text("\(error)"))
        }
    }

    /// The backups in `folder` named `journal-*.sqlite`, newest first.
    public static func backups(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("journal-") && $0.hasSuffix(".sqlite") }.sorted().reversed()
            .map { folder + "/" + $0 }
    }

    // MARK: - Restore

    /// Replaces the journal at `location` with the backup at `path`, after checking the backup
    /// completely (SQLite integrity, history chain, evidence re-hashed).
    ///
    /// The backup's evidence is copied into the journal's attachments/ first (hash-checked). The
    /// current journal is kept aside under a name with the time (with its `-wal`, if a checkpoint
    /// could not empty it), never deleted; the restored copy is written under a temporary name,
    /// synced, and renamed over the journal in one step. Evidence of contacts logged after the
    /// backup stays in attachments/ (`doctor --clean` moves it to the quarantine folder).
    /// No other recourse command should run meanwhile.
    public static func restore(from path: String, to location: JournalLocation, now: Date) throws -> RestoreResult {
        guard !FileSystem.isSameFile(path, location.path) else {
            throw JournalError.backupUnusable(path: path, reason: Message.backupIsJournal.text())
        }
        let check = checkBackup(at: path, deep: true)
        guard check.isUsable else { throw JournalError.backupUnusable(path: path, reason: check.problems[0]) }
        try FileSystem.makePrivateFolder(location.folder, tighten: location.isDefault)
        let vault = AttachmentVault(folder: location.attachmentsFolder)
        try vault.checkSafe()
        let stamp = fileStamp(now)
        let temporary = location.folder + "/.restoring-" + newUUID()
        try FileSystem.createPrivateFile(temporary)
        defer { unlink(temporary) }
        var config = Configuration()
        config.readonly = true
        let evidence = try translatingErrors(path: path) {
            let source = try DatabaseQueue(path: path, configuration: config)
            defer { try? source.close() }
            let destination = try DatabaseQueue(path: temporary)
            try source.backup(to: destination)
            try destination.close()
            return try source.read { db in
                try Row.fetchAll(db, sql: "SELECT DISTINCT stored_path, sha256 FROM attachment ORDER BY stored_path")
                    .map { (storedPath: $0["stored_path"] as String, sha256: $0["sha256"] as String) }
            }
        }
        let backupFolder = JournalLocation(path: path).folder
        for file in evidence where file.storedPath != "attachments/\(file.sha256.prefix(2))/\(file.sha256)"
            || !file.sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) || file.sha256.count != 64 {
            throw JournalError.backupUnusable(path: path, reason: Message.backupBadEvidencePath.text(file.storedPath))
        }
        for file in evidence {
            try EvidenceCopy.copy(from: backupFolder + "/" + file.storedPath, to: location.folder + "/" + file.storedPath,
                                  sha256: file.sha256, setAsideWrong: location.folder + "/quarantine/" + stamp)
        }
        try FileSystem.syncFile(temporary)
        var aside: String?
        if FileSystem.kind(of: location.path) == .file {
            aside = try keepAside(location.path, stamp: stamp)
        }
        guard rename(temporary, location.path) == 0 else { throw FileSystem.writeError(location.path) }
        FileSystem.syncFolder(location.folder)
        return RestoreResult(check: check, keptAside: aside)
    }

    /// Gives the journal at `path` a second name with the time, and moves its `-wal` and `-shm`
    /// beside that name, so the restored journal never replays the old one's log.
    private static func keepAside(_ path: String, stamp: String) throws -> String {
        // Fold the log into the main file first, so the kept copy is one self-contained file.
        if let queue = try? DatabaseQueue(path: path) {
            _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try? queue.close()
        }
        var aside = path + ".replaced-" + stamp
        var counter = 1
        while FileSystem.kind(of: aside) != .missing { counter += 1; aside = path + ".replaced-\(stamp)-\(counter)" }
        guard link(path, aside) == 0 else { throw FileSystem.writeError(aside) }
        for suffix in ["-wal", "-shm"] where FileSystem.kind(of: path + suffix) == .file {
            guard rename(path + suffix, aside + suffix) == 0 else { throw FileSystem.writeError(aside + suffix) }
        }
        return aside
    }
}

/// One backup at a time per backup folder: an exclusive `flock` on `.backup.lock`, released by
/// the kernel even when the process is killed. Holding it, temporary files in the folder can only
/// be leftovers of a killed backup.
struct BackupLock {
    private let fd: Int32

    init(folder: String) throws {
        fd = open(folder + "/.backup.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSystem.writeError(folder) }
        guard flock(fd, LOCK_EX) == 0 else { close(fd); throw FileSystem.writeError(folder) }
    }

    func release() { close(fd) }

    /// Removes the partial journal copies and evidence copies a killed backup left (never a
    /// complete file: those only ever exist under their final names).
    func sweepLeftovers(folder: String, attachmentsFolder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(".") && name.contains(".partial-") {
            unlink(folder + "/" + name)
        }
        for name in (FileManager.default.enumerator(atPath: attachmentsFolder)?.allObjects as? [String]) ?? []
        where (name as NSString).lastPathComponent.hasPrefix(".incoming-") {
            unlink(attachmentsFolder + "/" + name)
        }
    }
}

/// Copies one evidence file and proves the copy by its SHA-256 before giving it its final name.
enum EvidenceCopy {
    /// Makes `target` hold the bytes of `source`, which must hash to `sha256`.
    ///
    /// A `target` already there is kept when it hashes right; otherwise it is replaced (moved into
    /// `setAsideWrong` when given, so nothing in a live journal's folder is lost).
    static func copy(from source: String, to target: String, sha256: String, setAsideWrong: String?) throws {
        if FileSystem.kind(of: target) == .file, HashingCopy.sha256(of: target) == sha256 { return }
        let folder = PathText.parent(of: target)
        try FileSystem.makePrivateFolder(folder, tighten: false)
        let temporary = folder + "/.incoming-" + newUUID()
        let copied: HashingCopy.Result
        do {
            copied = try HashingCopy.copy(source, to: temporary)
        } catch {
            if case let .cannotWrite(code) = error { throw FileSystem.writeError(target, code) }
            throw JournalError.journalIO(path: source, reason: Message.ioEvidenceUncopyable.text())
        }
        guard copied.sha256 == sha256 else {
            unlink(temporary)
            throw JournalError.journalIO(path: source, reason: Message.ioEvidenceHashMismatch.text())
        }
        if let setAsideWrong, FileSystem.kind(of: target) != .missing {
            let kept = setAsideWrong + "/" + (target as NSString).lastPathComponent
            try FileSystem.makePrivateFolder(setAsideWrong, tighten: false)
            guard rename(target, kept) == 0 else { unlink(temporary); throw FileSystem.writeError(kept) }
        }
        guard rename(temporary, target) == 0 else { unlink(temporary); throw FileSystem.writeError(target) }
        FileSystem.syncFolder(folder)
    }
}
