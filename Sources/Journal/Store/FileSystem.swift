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
            current = PathText.parent(of: current)
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

    /// True when both paths name the same existing file (however they are spelled or linked).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        return stat(a, &first) == 0 && stat(b, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// True when `path` itself is a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Refuses a folder that others could use to swap or plant evidence: one writable by group or
    /// others, or owned by another user. Missing folders pass (they are created private).
    static func checkPrivate(_ folder: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        if info.st_uid != geteuid() { throw JournalError.folderOfOtherUser(folder, owner: info.st_uid) }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 { throw JournalError.folderNotPrivate(folder) }
    }

    /// Flushes a folder's entries (a rename or a new file) to disk, so the name survives a power cut.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Flushes one file's bytes to disk.
    static func syncFile(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw JournalError.journalIO(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw JournalError.journalIO(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Appends `text` to `path` (created with mode 0600) and flushes it to disk.
    static func appendPrivately(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw writeError(path) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else { throw writeError(path) }
    }

    /// A file's size and modification time, or nil when it is not there.
    static func sizeAndModified(_ path: String) -> (size: Int64, modified: Date)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
        return (Int64(info.st_size), Date(timeIntervalSince1970: seconds))
    }

    /// A description of errno after a failed write, as the journal's error.
    static func writeError(_ path: String, _ code: Int32 = errno) -> JournalError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(path)
        case EACCES, EPERM, EROFS: return .journalReadOnly(path)
        default: return .journalIO(path: path, reason: String(cString: strerror(code)))
        }
    }
}
