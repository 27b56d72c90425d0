import Foundation
import Lexicon

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system facts and operations the journal needs, with private permissions.
enum FileSystem {
    enum Kind { case missing, file, directory, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Creates `path` and any missing parents with mode 0700. Existing folders are left alone
    /// unless `tighten` is set, in which case the last one is made 0700 too.
    static func makePrivateFolder(_ path: String, tighten: Bool) throws {
        var missing: [String] = []
        var current = path
        while !current.isEmpty, current != "/", kind(of: current) == .missing {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        if !current.isEmpty, current != "/", kind(of: current) == .file {
            throw JournalError.journalIO(path: path, reason: Message.ioFileNotFolder.text(current))
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw JournalError.journalIO(path: folder, reason: String(cString: strerror(errno)))
        }
        if tighten { chmod(path, 0o700) }
    }

    /// Creates an empty file with mode 0600 whatever the umask. An empty file is a valid empty
    /// SQLite database, and SQLite gives the `-wal` and `-shm` files the same mode.
    static func createPrivateFile(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return }
            if errno == EACCES || errno == EROFS || errno == EPERM { throw JournalError.journalReadOnly(path) }
            throw JournalError.journalIO(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, 0o600)
        close(fd)
    }

    /// False when the process may not write `path`, or when the file's owner-write bit is off.
    ///
    /// The mode bit is honoured even for root, who bypasses permissions: a journal made read-only
    /// (an archived copy kept as evidence, say) must not be changed by any command.
    static func isWritable(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & S_IWUSR == 0 { return false }
        return access(path, W_OK) == 0
    }
}
