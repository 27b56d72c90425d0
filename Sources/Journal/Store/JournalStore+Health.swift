import Foundation
import GRDB
import Lexicon

/// Everything `doctor` checks, in plain findings.
public struct HealthReport: Sendable {
    public let integrity: [String]        // PRAGMA integrity_check lines other than "ok"
    public let foreignKeys: [String]      // rows whose references point nowhere
    /// The history chain, records, triggers and evidence files (see `verify`).
    public let verification: VerificationReport
    /// Files under attachments/ that no record refers to: copies left by a `log` that was killed
    /// before it committed, or evidence of contacts logged after the backup this journal was
    /// restored from. Never deleted: `doctor --clean` moves them to the quarantine folder.
    public let strayFiles: [String]
    /// Why the journal's folder or attachments/ is not safe for evidence (writable by others,
    /// another user's, a symbolic link), in plain words with the fix.
    public let folderProblems: [String]
    /// Stored values outside what the journal accepts today (`Admission`), each naming its record.
    public var impossibleValues: [ImpossibleValue] = []

    /// The verification's findings about the database (history, records, triggers).
    public var historyProblems: [VerificationReport.Problem] { verification.problems.filter { !$0.isEvidence } }
    /// The verification's findings about evidence files.
    public var attachmentProblems: [VerificationReport.Problem] { verification.problems.filter(\.isEvidence) }

    public var isHealthy: Bool {
        integrity.isEmpty && foreignKeys.isEmpty && verification.isIntact && strayFiles.isEmpty && folderProblems.isEmpty && impossibleValues.isEmpty
    }
}

/// A file `doctor --clean` moved out of attachments/.
public struct QuarantinedFile: Sendable, Equatable {
    /// Where it was, relative to attachments/.
    public let from: String
    /// Where it is now.
    public let to: String
}

extension JournalStore {
    // MARK: - Reads

    /// SQLite's own integrity and foreign-key checks, the history verification, the attachment
    /// files (present, right size; with `deep`, right SHA-256) and files no record refers to.
    public func health(deep: Bool = false) throws -> HealthReport {
        let (integrity, foreignKeys) = try read { db in try Self.sqliteChecks(db) }
        var folderProblems: [String] = []
        do { try AttachmentVault(folder: location.attachmentsFolder).checkSafe() } catch {
            folderProblems.append((error as? LocalizedError)?.errorDescription ?? "\(error)")
        }
        var report = HealthReport(integrity: integrity, foreignKeys: foreignKeys, verification: try verify(deep: deep),
                                  strayFiles: try read { db in try strayFiles(db) }, folderProblems: folderProblems)
        report.impossibleValues = try read { db in try Self.impossibleValues(db) }
        return report
    }

    static func sqliteChecks(_ db: Database) throws -> (integrity: [String], foreignKeys: [String]) {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
            Message.healthMissingParent.text(row["table"] as String, row["rowid"] as Int64? ?? 0, row["parent"] as String)
        }
        return (integrity, foreignKeys)
    }

    /// Files under attachments/ (relative to it) that no attachment row refers to.
    func strayFiles(_ db: Database) throws -> [String] {
        let referenced = Set(try String.fetchAll(db, sql: "SELECT stored_path FROM attachment")
            .map { String($0.dropFirst("attachments/".count)) })
        let files = (FileManager.default.enumerator(atPath: location.attachmentsFolder)?.allObjects as? [String] ?? [])
            .filter { FileSystem.kind(of: location.attachmentsFolder + "/" + $0) == .file }
        return files.filter { !referenced.contains($0) }.sorted()
    }

    // MARK: - Writes

    /// Moves stray files older than `minimumAge` out of attachments/ into
    /// `quarantine/<time>/` beside the journal, with a NOTE.txt saying where each came from.
    ///
    /// Nothing is deleted: a file no record references may still be evidence (of contacts logged
    /// after the backup this journal was restored from). The decision is taken under the write
    /// lock, so a `log` recording the same content cannot commit a reference meanwhile; the age
    /// keeps a `log` still copying its evidence undisturbed.
    public func quarantineStrayFiles(olderThan minimumAge: TimeInterval = 3600, now: Date) throws -> [QuarantinedFile] {
        let stamp = Self.fileStamp(now)
        let quarantine = location.folder + "/quarantine/" + stamp
        return try write { db in
            var moved: [QuarantinedFile] = []
            var note = ""
            for file in try strayFiles(db) {
                let source = location.attachmentsFolder + "/" + file
                guard let found = FileSystem.sizeAndModified(source), now.timeIntervalSince(found.modified) >= minimumAge else { continue }
                let target = quarantine + "/" + file
                try FileSystem.makePrivateFolder(PathText.parent(of: target), tighten: false)
                guard rename(source, target) == 0 else { throw FileSystem.writeError(target) }
                moved.append(QuarantinedFile(from: file, to: target))
                note += Message.quarantineNoteLine.text(file, location.attachmentsFolder + "/" + file, found.size,
                                                        Self.fileStamp(found.modified), HashingCopy.sha256(of: target) ?? "?") + "\n"
            }
            if !moved.isEmpty {
                let header = Message.quarantineNoteHeader.text(stamp, location.path) + "\n\n"
                let path = quarantine + "/NOTE.txt"
                try FileSystem.appendPrivately(path, (FileSystem.kind(of: path) == .missing ? header : "") + note)
                FileSystem.syncFolder(quarantine)
            }
            return moved
        }
    }

    /// A UTC time usable in file names: 20261125T010000Z.
    public static func fileStamp(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withYear, .withMonth, .withDay, .withTime, .withTimeZone])
            .replacingOccurrences(of: ":", with: "")
    }
}
