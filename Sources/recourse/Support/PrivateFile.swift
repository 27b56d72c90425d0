import Foundation
import Journal
import Lexicon

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files that hold journal content: mode 0600, atomically and durably — a temporary file in
/// the target's folder, synced, then renamed over the target (or linked, when an existing file
/// must not be replaced), and the folder synced. A reader sees the old file or the new, never half.
enum PrivateFile {
    /// Writes `text` to `path`; with `replacing` false an existing file is left alone and
    /// `Message.outputExists` thrown, decided atomically by the file system (no check-then-write race).
    static func write(_ text: String, to path: String, replacing: Bool = true) throws {
        let folder = folder(of: path)
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString.prefix(8)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        do {
            try FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: Data(text.utf8))
        } catch {
            code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { Int32($0.code) } ?? EIO
        }
        if code == 0, fchmod(fd, 0o600) != 0 || fsync(fd) != 0 { code = errno }
        close(fd)
        guard code == 0 else { unlink(temporary); throw failure(path, code) }
        if replacing {
            guard rename(temporary, path) == 0 else { let error = errno; unlink(temporary); throw failure(path, error) }
        } else {
            // link() fails with EEXIST if the name appeared meanwhile; the temporary name then goes.
            let linked = link(temporary, path) == 0 ? 0 : errno
            unlink(temporary)
            if linked == EEXIST { throw CLIError(status: .ioError, message: Message.outputExists.text(path)) }
            guard linked == 0 else { throw failure(path, linked) }
        }
        syncFolder(folder)
    }

    static func folder(of path: String) -> String {
        let folder = PathText.parent(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// Makes the new name itself durable: a rename is only on disk once its folder is synced.
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func failure(_ path: String, _ code: Int32) -> CLIError {
        if code == ENOENT { return CLIError(status: .ioError, message: Message.outputFolderMissing.text(path)) }
        return CLIError(status: .ioError, message: Message.outputFailed.text(path, String(cString: strerror(code))))
    }
}
