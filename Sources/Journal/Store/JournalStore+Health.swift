import Crypto
import Foundation
import GRDB
import Lexicon

/// Everything `doctor` checks, in plain findings.
public struct HealthReport: Sendable {
    public let integrity: [String]        // PRAGMA integrity_check lines other than "ok"
    public let foreignKeys: [String]      // rows whose references point nowhere
    public let verification: VerificationReport
    public let attachmentProblems: [String]
    /// Files under attachments/ that no record refers to: copies left by a `log` that was killed
    /// before it committed. Harmless, but not evidence of anything.
    public let strayFiles: [String]

    public var isHealthy: Bool {
        integrity.isEmpty && foreignKeys.isEmpty && verification.isIntact && attachmentProblems.isEmpty && strayFiles.isEmpty
    }
}

extension JournalStore {
    // MARK: - Reads

    /// SQLite's own integrity and foreign-key checks, the history verification, and the
    /// attachment files (present, right size; with `deep`, right SHA-256).
    public func health(deep: Bool = false) throws -> HealthReport {
        let (integrity, foreignKeys, attachments) = try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                Message.healthMissingParent.text(row["table"] as String, row["rowid"] as Int64? ?? 0, row["parent"] as String)
            }
            let attachments = try Attachment.fetchAll(db, sql: "SELECT * FROM attachment ORDER BY id")
            return (integrity, foreignKeys, attachments)
        }
        var attachmentProblems: [String] = []
        for attachment in attachments {
            let path = location.folder + "/" + attachment.storedPath
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                attachmentProblems.append(Message.healthEvidenceMissing.text(attachment.id!, attachment.originalName, attachment.storedPath))
                continue
            }
            if (attributes[.size] as? NSNumber)?.int64Value != attachment.size {
                attachmentProblems.append(Message.healthEvidenceSize.text(attachment.id!, attachment.originalName))
            } else if deep, let data = FileManager.default.contents(atPath: path),
                      SHA256.hash(data: data).map({ String(format: "%02x", $0) }).joined() != attachment.sha256 {
                attachmentProblems.append(Message.healthEvidenceHash.text(attachment.id!, attachment.originalName))
            }
        }
        let referenced = Set(attachments.map { String($0.storedPath.dropFirst("attachments/".count)) })
        let files = (FileManager.default.enumerator(atPath: location.attachmentsFolder)?.allObjects as? [String] ?? [])
            .filter { FileSystem.kind(of: location.attachmentsFolder + "/" + $0) == .file }
        return HealthReport(integrity: integrity, foreignKeys: foreignKeys, verification: try verify(),
                            attachmentProblems: attachmentProblems, strayFiles: files.filter { !referenced.contains($0) }.sorted())
    }

    /// Removes stray attachment files older than `minimumAge`, so a `log` still copying its
    /// evidence is never disturbed. Returns the files removed (relative to attachments/).
    public func removeStrayFiles(_ files: [String], olderThan minimumAge: TimeInterval = 3600, now: Date) -> [String] {
        files.filter { file in
            let path = location.attachmentsFolder + "/" + file
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) >= minimumAge else { return false }
            return unlink(path) == 0
        }
    }

    // MARK: - Backup

    /// Copies the journal to `path` with SQLite's online backup, which gives a consistent copy
    /// even while another process writes, and copies new attachment files into `attachmentsFolder`
    /// (content-addressed, so backups share them).
    public func backup(to path: String, attachmentsFolder: String) throws {
        guard FileSystem.kind(of: path) == .missing else {
            throw JournalError.journalIO(path: path, reason: Message.ioFileExists.text())
        }
        try FileSystem.makePrivateFolder((path as NSString).deletingLastPathComponent, tighten: false)
        try FileSystem.createPrivateFile(path)
        do {
            try Self.translatingErrors(path: path) {
                let destination = try DatabaseQueue(path: path)
                try writer.backup(to: destination)
                try destination.close()
            }
            let files = try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT stored_path FROM attachment") }
            for stored in files {
                let relative = String(stored.dropFirst("attachments/".count))
                let target = attachmentsFolder + "/" + relative
                guard FileSystem.kind(of: target) == .missing else { continue }
                try FileSystem.makePrivateFolder((target as NSString).deletingLastPathComponent, tighten: false)
                do {
                    try FileManager.default.copyItem(atPath: location.attachmentsFolder + "/" + relative, toPath: target)
                } catch {
                    throw JournalError.journalIO(path: target, reason: Message.ioCannotCopyEvidence.text(error.localizedDescription))
                }
                chmod(target, 0o600)
            }
        } catch {
            unlink(path)
            throw error
        }
    }
}
