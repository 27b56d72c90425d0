import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies evidence files into the journal's folder, named by their SHA-256.
///
/// Files are copied, never moved, opened by another program or executed. The folder is shared by
/// every process using the journal, and identical files are stored once, so a file under its hash
/// name may be evidence another process just recorded. Hence three steps:
/// 1. `copyIn`, before the transaction (copying can be slow): the bytes go to a private temporary
///    name, hashed as they are copied, flushed to disk.
/// 2. `place`, inside the write transaction: each copy gets its hash name unless a file already has
///    it. Under the write lock no other process can be deciding about the same name.
/// 3. After a failed transaction, `removeUnreferenced` takes the write lock again and removes only
///    the files this process placed that no committed row references.
struct AttachmentVault {
    /// The `attachments/` folder.
    let folder: String

    /// A file copied to a temporary name, ready to be placed and recorded.
    struct Copy {
        let sha256: String
        let size: Int64
        let mediaType: String
        let originalName: String
        let storedPath: String
        let temporaryPath: String
        /// Where the bytes live once placed: `attachments/<first two hex digits>/<sha256>`.
        let finalPath: String
    }

    /// Refuses a vault others could tamper with: a symbolic link for `attachments/`, or a journal
    /// folder writable by others or owned by someone else. Each message says how to fix it.
    func checkSafe() throws {
        try FileSystem.checkPrivate(PathText.parent(of: folder))
        if FileSystem.isSymbolicLink(folder) { throw JournalError.attachmentsFolderIsLink(folder) }
    }

    /// Checks an attachment's name as it will be stored and shown: one line, no control characters.
    static func checkName(of sourcePath: String) throws {
        _ = try TextRules.requiredName((sourcePath as NSString).lastPathComponent, field: "attachment name")
    }

    /// Copies `sourcePath` to a temporary name in the vault, refusing a file that changes or grows
    /// past the limit while it is read.
    func copyIn(_ sourcePath: String) throws -> Copy {
        var info = stat()
        guard stat(sourcePath, &info) == 0 else {
            throw errno == EACCES ? JournalError.attachmentUnreadable(sourcePath) : JournalError.attachmentMissing(sourcePath)
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw JournalError.attachmentNotAFile(sourcePath) }
        let limit = JournalError.attachmentLimit
        guard Int64(info.st_size) <= limit else {
            throw JournalError.attachmentTooLarge(sourcePath, bytes: Int64(info.st_size), limit: limit)
        }
        try checkSafe()
        try FileSystem.makePrivateFolder(folder, tighten: true)
        let temporary = folder + "/.incoming-\(newUUID())"
        let result: HashingCopy.Result
        do {
            result = try HashingCopy.copy(sourcePath, to: temporary, limit: limit)
        } catch {
            switch error {
            case .unreadable: throw JournalError.attachmentUnreadable(sourcePath)
            case .changed: throw JournalError.attachmentChanged(sourcePath)
            case let .tooLarge(read): throw JournalError.attachmentTooLarge(sourcePath, bytes: read, limit: limit)
            case let .cannotWrite(code): throw FileSystem.writeError(folder, code)
            }
        }
        let name = (sourcePath as NSString).lastPathComponent
        return Copy(sha256: result.sha256, size: result.bytes, mediaType: MediaType.guess(forFileName: name),
                    originalName: name, storedPath: "attachments/\(result.sha256.prefix(2))/\(result.sha256)",
                    temporaryPath: temporary, finalPath: folder + "/\(result.sha256.prefix(2))/\(result.sha256)")
    }

    /// Gives each copy its hash name; call inside the write transaction that records them.
    ///
    /// - Returns: the copies whose file this call created (the others were already there).
    func place(_ copies: [Copy]) throws -> [Copy] {
        var created: [Copy] = []
        for copy in copies where FileSystem.kind(of: copy.temporaryPath) == .file {
            if FileSystem.kind(of: copy.finalPath) == .missing {
                let prefix = folder + "/" + copy.sha256.prefix(2)
                if FileSystem.isSymbolicLink(prefix) { throw JournalError.attachmentsFolderIsLink(prefix) }
                try FileSystem.makePrivateFolder(prefix, tighten: false)
                guard rename(copy.temporaryPath, copy.finalPath) == 0 else { throw FileSystem.writeError(folder) }
                FileSystem.syncFolder(prefix)
                created.append(copy)
            } else {
                unlink(copy.temporaryPath)
            }
        }
        return created
    }

    /// Removes temporary copies that were never placed (after success or failure alike).
    func dropTemporaries(_ copies: [Copy]) {
        for copy in copies { unlink(copy.temporaryPath) }
    }

    /// After a failed transaction, removes the files `created` placed, unless a committed row now
    /// references them (another process recorded the same content meanwhile). Call inside a write
    /// transaction, so no other process can commit a reference while this decides.
    static func removeUnreferenced(_ created: [Copy], in db: Database, folder: String) throws {
        for copy in created {
            let referenced = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM attachment WHERE stored_path = ?)",
                                               arguments: [copy.storedPath]) ?? true
            guard !referenced else { continue }
            unlink(copy.finalPath)
            rmdir(folder + "/" + copy.sha256.prefix(2))
        }
        rmdir(folder)
    }
}

/// A media type from a file name, for drafts' evidence lists. Never inspects content.
enum MediaType {
    private static let byExtension: [String: String] = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "heic": "image/heic", "pdf": "application/pdf", "txt": "text/plain", "md": "text/markdown",
        "csv": "text/csv", "html": "text/html", "htm": "text/html", "eml": "message/rfc822",
        "json": "application/json", "mp3": "audio/mpeg", "m4a": "audio/mp4", "wav": "audio/wav",
        "amr": "audio/amr", "mp4": "video/mp4", "mov": "video/quicktime", "zip": "application/zip",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]

    static func guess(forFileName name: String) -> String {
        byExtension[(name as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}
