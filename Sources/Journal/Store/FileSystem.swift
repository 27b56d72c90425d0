import Foundation

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
            throw JournalError.journalIO(path: path, reason: "'\(current)' is a file, not a folder")
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw JournalError.journalIO(path: folder, reason: String(cString: strerror(errno)))
        }
        if tighten { chmod(path, 0o700) }
    }

    static func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }
}
