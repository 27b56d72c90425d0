import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of evidence files named by their SHA-256, beside an export or in a sync folder.
///
/// Write-once: a file already there is checked, never replaced; a new one is copied to a
/// temporary name, its bytes hashed as they are copied, and linked to its final name only if the
/// hash is the one expected (a link, unlike a rename, never replaces a file another process put there).
public enum EvidenceFolder {
    public struct Result: Sendable, Equatable {
        /// Files copied by this call.
        public let copied: Int
        /// Files that were already there with the right content.
        public let present: Int
    }

    /// Copies `files` into `folder` (created private if missing) as `folder/<sha256>`.
    ///
    /// - Throws: `InterchangeError.evidenceTargetDiffers` when a file of that name has other
    ///   content, `.evidenceMismatch` when the journal's own copy no longer has its hash, and
    ///   `JournalError` when the folder cannot be written.
    public static func write(_ files: [EvidenceFile], to folder: String) throws -> Result {
        try FileSystem.makePrivateFolder(folder, tighten: false)
        var copied = 0, present = 0
        for file in files {
            let target = folder + "/" + file.sha256
            if FileSystem.kind(of: target) != .missing {
                guard HashingCopy.sha256(of: target) == file.sha256 else { throw InterchangeError.evidenceTargetDiffers(path: target) }
                present += 1
                continue
            }
            let temporary = folder + "/.incoming-\(newUUID())"
            let result: HashingCopy.Result
            do {
                result = try HashingCopy.copy(file.path, to: temporary)
            } catch {
                if case let .cannotWrite(code) = error { throw FileSystem.writeError(folder, code) }
                throw InterchangeError.evidenceMissing(sha256: file.sha256, name: file.path)
            }
            defer { unlink(temporary) }
            guard result.sha256 == file.sha256, result.bytes == file.size else {
                throw InterchangeError.evidenceMismatch(sha256: file.sha256, name: file.path)
            }
            if link(temporary, target) != 0 {
                guard errno == EEXIST, HashingCopy.sha256(of: target) == file.sha256 else {
                    if errno == EEXIST { throw InterchangeError.evidenceTargetDiffers(path: target) }
                    throw FileSystem.writeError(folder)
                }
                present += 1
                continue
            }
            copied += 1
        }
        FileSystem.syncFolder(folder)
        return Result(copied: copied, present: present)
    }

    /// `folder/<sha256>`: where a file of `folder` is.
    public static func path(of sha256: String, in folder: String) -> String { folder + "/" + sha256 }
}
