import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies evidence files into the journal's folder, named by their SHA-256.
///
/// Files are copied, never moved, opened by another program or executed. Each copy goes to a
/// temporary name, is flushed to disk, then renamed into place, so a crash never leaves a
/// half-written file under a real hash. Identical files are stored once.
struct AttachmentVault {
    let folder: String

    /// A file copied into the vault, ready to be recorded.
    struct Stored {
        let sha256: String
        let size: Int64
        let mediaType: String
        let originalName: String
        let storedPath: String
        /// True when this copy created the file; on a failed transaction only these are removed.
        let isNew: Bool
    }

    func store(_ sourcePath: String) throws -> Stored {
        var info = stat()
        guard stat(sourcePath, &info) == 0 else {
            throw errno == EACCES ? JournalError.attachmentUnreadable(sourcePath) : JournalError.attachmentMissing(sourcePath)
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw JournalError.attachmentNotAFile(sourcePath) }
        let size = Int64(info.st_size)
        guard size <= JournalError.attachmentLimit else {
            throw JournalError.attachmentTooLarge(sourcePath, bytes: size, limit: JournalError.attachmentLimit)
        }
        let input = open(sourcePath, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw JournalError.attachmentUnreadable(sourcePath) }
        defer { close(input) }

        try FileSystem.makePrivateFolder(folder, tighten: true)
        let temporary = folder + "/.incoming-\(newUUID())"
        let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw writeError(folder) }
        var hasher = SHA256()
        var copied: Int64 = 0
        do {
            defer { close(output) }
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count < 0 { throw JournalError.attachmentUnreadable(sourcePath) }
                if count == 0 { break }
                hasher.update(data: buffer[0..<count])
                try buffer.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < count {
                        let written = write(output, raw.baseAddress! + offset, count - offset)
                        if written < 0 { throw writeError(folder) }
                        offset += written
                    }
                }
                copied += Int64(count)
            }
            guard fsync(output) == 0 else { throw writeError(folder) }
        } catch {
            unlink(temporary)
            throw error
        }

        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let relative = "attachments/\(sha.prefix(2))/\(sha)"
        let finalPath = folder + "/\(sha.prefix(2))/\(sha)"
        let isNew = FileSystem.kind(of: finalPath) == .missing
        if isNew {
            try FileSystem.makePrivateFolder(folder + "/\(sha.prefix(2))", tighten: false)
            guard rename(temporary, finalPath) == 0 else { unlink(temporary); throw writeError(folder) }
        } else {
            unlink(temporary)
        }
        let name = (sourcePath as NSString).lastPathComponent
        return Stored(sha256: sha, size: copied, mediaType: MediaType.guess(forFileName: name),
                      originalName: name, storedPath: relative, isNew: isNew)
    }

    /// Removes files this command added, after its transaction failed.
    /// Folders left empty are removed too (rmdir refuses non-empty ones), so the journal's
    /// folder is exactly as it was.
    func discard(_ stored: [Stored]) {
        for file in stored where file.isNew {
            unlink(folder + "/" + file.storedPath.dropFirst("attachments/".count))
            rmdir(folder + "/" + file.sha256.prefix(2))
        }
        rmdir(folder)
    }

    private func writeError(_ path: String) -> JournalError {
        switch errno {
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(path)
        case EACCES, EPERM, EROFS: return .journalReadOnly(path)
        default: return .journalIO(path: path, reason: String(cString: strerror(errno)))
        }
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
