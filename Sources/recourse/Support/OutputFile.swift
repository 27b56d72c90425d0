import Foundation
import Journal
import Lexicon

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file an `--output` option names, checked once for every command that has one.
///
/// A draft or an export must never destroy what the journal keeps: the target may not be the
/// journal, its `-wal`/`-shm`, or anything else in the journal's folder (attachments, backups),
/// not even with `--force`. An existing file is replaced only with `--force`. The file is written
/// by `PrivateFile`: mode 0600, atomically, synced.
struct OutputFile {
    let path: String
    let force: Bool

    /// - Throws: usage (64) when the target is in the journal's folder; I/O (74) when it is a
    ///   directory or not a regular file, or exists and `force` is off.
    init(_ path: String, force: Bool, journal: JournalLocation) throws {
        self.path = path
        self.force = force
        if let folder = Self.protectedFolder(containing: path, journal: journal) {
            throw CLIError.usage(Message.outputInJournalFolder.text(path, folder))
        }
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw CLIError(status: .ioError, message: Message.outputIsDirectory.text(path)) }
            // A FIFO, a device (/dev/full), a socket: never renamed over, even with --force.
            if info.st_mode & S_IFMT != S_IFREG { throw CLIError(status: .ioError, message: Message.outputNotRegular.text(path)) }
            if !force { throw CLIError(status: .ioError, message: Message.outputExists.text(path)) }
        }
    }

    func write(_ text: String) throws {
        try PrivateFile.write(text, to: path, replacing: force)
    }

    /// The journal's folder when `path` (symlinks resolved) would land in it, else nil.
    ///
    /// When the journal sits directly in `/`, only its own files and folders are protected.
    static func protectedFolder(containing path: String, journal: JournalLocation) -> String? {
        // Resolved the same way, so a journal folder not created yet is protected too.
        guard let journalFolder = resolved(journal.folder) else { return nil }
        guard let target = resolved(path) else { return nil }
        if journalFolder == "/" {
            let name = (journal.path as NSString).lastPathComponent
            let guarded = [name, name + "-wal", name + "-shm", "attachments", "backups"].map { "/" + $0 }
            return guarded.contains(where: { target == $0 || target.hasPrefix($0 + "/") }) ? journalFolder : nil
        }
        // The folder itself too: `export --with-files` into it would write beside the journal.
        return target == journalFolder || target.hasPrefix(journalFolder + "/") ? journalFolder : nil
    }

    /// `path` with symlinks and `..` resolved as far as it exists; the missing rest appended as given.
    private static func resolved(_ path: String) -> String? {
        var existing = path, rest: [String] = []
        while true {
            if let real = realPath(existing) { return ([real == "/" ? "" : real] + rest.reversed()).joined(separator: "/") }
            let parent = PathText.parent(of: existing)
            guard parent != existing else { return nil }
            rest.append((existing as NSString).lastPathComponent)
            existing = parent.isEmpty ? "." : parent
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
