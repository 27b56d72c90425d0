import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shared folder's layout, and the only code that reads or writes in it.
///
/// ```
/// DIR/recourse-sync/v1/<device-id>/00000001.jsonl   change files, one folder per device
/// DIR/recourse-sync/v1/files/<sha256>                evidence files (`EvidenceFolder`), named by their SHA-256
/// DIR/recourse-sync/v1/<device-id>/files/<sha256>     the same, encrypted, when a passphrase is used
/// ```
/// A device writes only its own folder, and only new files (temporary name, flushed, then linked
/// to its final name, which is never replaced). Evidence files are write-once and checked against
/// their name when written and when read. Anything else in the folder (sync tools' temporary and conflict files)
/// is ignored.
struct SyncFolder {
    /// `DIR/recourse-sync/v1`.
    let root: String

    /// The version folder: a future incompatible layout gets `v2` beside it.
    static let layout = "recourse-sync/v1"

    /// Checks `directory` (which must exist) and returns its layout, creating `recourse-sync/v1`
    /// when `create` is set.
    ///
    /// - Throws: `SyncError.folderHoldsJournal` when the folder is the journal's own folder, lies
    ///   inside it, or holds it; `.folderMissing` when it is not an existing folder.
    static func checked(_ directory: String, journal: JournalLocation, create: Bool) throws -> SyncFolder {
        guard FileSystem.kind(of: directory) == .directory, let real = realPath(directory) else {
            throw SyncError.folderMissing(directory)
        }
        let journalFolder = realPath(journal.folder) ?? journal.folder
        if real == journalFolder || real.hasPrefix(journalFolder + "/") || real == "/" || journalFolder.hasPrefix(real + "/") {
            throw SyncError.folderHoldsJournal(folder: directory, journal: journal.path)
        }
        let folder = SyncFolder(root: real + "/" + layout)
        for part in [real + "/recourse-sync", folder.root, folder.filesFolder] { try requireNoLink(part) }
        if create { try FileSystem.makePrivateFolder(folder.root, tighten: false) }
        for part in [real + "/recourse-sync", folder.root] { try requireNoLink(part) }
        return folder
    }

    /// Refuses a path inside the folder that is a symbolic link (or a file where a folder belongs):
    /// a link to the journal's folder would have sync write its files there. A missing path passes.
    static func requireNoLink(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw SyncError.folderIsLink(path) }
    }

    /// The bytes of a regular file, opened without following a symbolic link; nil when missing,
    /// a link, or not a regular file.
    static func readNoFollow(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = posixRead(fd, &buffer, buffer.count)
            if count < 0 { return nil }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// What every device's key-check file holds once opened: a passphrase that opens it is the
    /// one that device seals with.
    static let keyCheckPlain = Data("recourse-sync key check v1".utf8)

    func keyCheckPath(of device: String) -> String { deviceFolder(device) + "/key-check" }

    /// The device's sealed key-check value, or nil when it has none (it never synced with a passphrase).
    func readKeyCheck(of device: String) throws -> Data? {
        Self.readNoFollow(keyCheckPath(of: device))
    }

    /// Publishes this device's key-check value, once.
    func writeKeyCheck(of device: String, seal: SyncSeal) throws {
        let path = keyCheckPath(of: device)
        guard FileSystem.kind(of: path) == .missing, !FileSystem.isSymbolicLink(path) else { return }
        _ = try Self.writeOnce(try seal.seal(Self.keyCheckPlain), to: path)
    }

    func deviceFolder(_ device: String) -> String { root + "/" + device }
    var filesFolder: String { root + "/files" }

    /// The devices with a folder here, by id (names that are not lowercase UUIDs are ignored).
    func devices() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { Self.isDeviceID($0) && !FileSystem.isSymbolicLink(root + "/" + $0) }.sorted()
    }

    /// A device's change files, in sequence order.
    func changeFiles(of device: String) -> [(seq: Int, path: String)] {
        let folder = deviceFolder(device)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in ChangeFile.seq(fromFileName: name).map { ($0, folder + "/" + name) } }
            .sorted { $0.seq < $1.seq }
    }

    /// One change file as found: its bytes' SHA-256 (its identity in the chain and the ledger),
    /// whether it was sealed, and its content or why it is refused.
    struct Found {
        let sha256: String
        let sealed: Bool
        let file: Result<ChangeFile, ChangeFileDefect>
    }

    /// Reads one change file; `seal` (asked only for a sealed file) opens an encrypted one.
    func read(_ path: String, seal: () throws -> SyncSeal?) throws -> Found {
        guard let data = Self.readNoFollow(path) else {
            return Found(sha256: ChangeFile.noPrevious, sealed: false, file: .failure(.truncated))
        }
        let sha = Hex.of(SHA256.hash(data: data))
        let sealed = SealedEnvelope.isSealed(data)
        let key = sealed ? try seal() : nil
        do throws(ChangeFileDefect) {
            let plain = sealed ? try SealedEnvelope.unwrap(data, with: key) : data
            return Found(sha256: sha, sealed: sealed, file: .success(try ChangeFile.decode(plain)))
        } catch {
            return Found(sha256: sha, sealed: sealed, file: .failure(error))
        }
    }

    /// Writes `file` as the device's next change file: to a temporary name, flushed, then linked
    /// to its final name so an existing file is never replaced (falling back to a rename on file
    /// systems without hard links, such as a FAT-formatted USB stick, after checking the name is free).
    ///
    /// - Returns: the new file's path and SHA-256.
    /// - Parameter seal: encrypts the file when given.
    func write(_ file: ChangeFile, seal: SyncSeal? = nil, signer: Curve25519.Signing.PrivateKey? = nil) throws -> (path: String, sha256: String) {
        let folder = deviceFolder(file.header.device)
        let plain = try file.encoded(signedWith: signer)
        let data = try seal.map { try SealedEnvelope.wrap(plain, with: $0) } ?? plain
        let final = folder + "/" + ChangeFile.fileName(seq: file.header.seq)
        guard try Self.writeOnce(data, to: final) else {
            throw SyncError.ownFileDamaged(file: final, reason: String(cString: strerror(EEXIST)))
        }
        return (final, Hex.of(SHA256.hash(data: data)))
    }

    /// A device's encrypted copies of its evidence files: `<device>/files/<sha256>`, each sealed
    /// with that device's key (so only its own folder is ever written).
    func sealedFilesFolder(of device: String) -> String { deviceFolder(device) + "/files" }

    /// Seals each evidence file into the device's `files/`, unless already there.
    ///
    /// - Throws: `SyncError.evidenceUnpublishable` when the journal's own copy is missing or no
    ///   longer has its SHA-256.
    func storeSealed(_ files: [EvidenceFile], device: String, seal: SyncSeal) throws {
        let folder = sealedFilesFolder(of: device)
        for file in files where FileSystem.kind(of: folder + "/" + file.sha256) == .missing {
            guard let bytes = FileManager.default.contents(atPath: file.path), Hex.of(SHA256.hash(data: bytes)) == file.sha256 else {
                throw SyncError.evidenceUnpublishable(path: file.path)
            }
            _ = try Self.writeOnce(try seal.seal(bytes), to: folder + "/" + file.sha256)
        }
    }

    /// Opens the peer's sealed evidence files named in `shas` into `target` as `<sha256>`, the
    /// plain folder the import reads. A file missing or not opening to its SHA-256 is left out:
    /// the import then refuses the change file if it needs it, and the next sync looks again.
    ///
    /// - Throws: `InterchangeError.evidenceMismatch` for a file that is there but does not open to
    ///   its SHA-256 (changed, not merely still arriving).
    func openSealed(_ shas: Set<String>, device: String, seal: SyncSeal, into target: String) throws {
        let folder = sealedFilesFolder(of: device)
        for sha in shas where Admission.isSHA256(sha) {
            guard let sealed = Self.readNoFollow(folder + "/" + sha) else { continue }
            guard let plain = seal.open(sealed), Hex.of(SHA256.hash(data: plain)) == sha else {
                // A complete ChaCha20-Poly1305 box that fails to open was changed; a cut one may still be arriving.
                if sealed.count > 28 { throw InterchangeError.evidenceMismatch(sha256: sha, name: folder + "/" + sha) }
                continue
            }
            try Self.writeFlushed(plain, to: target + "/" + sha)
        }
    }

    /// Writes `data` to `final` through a flushed temporary file and a hard link, so an existing
    /// file is never replaced (falling back to a rename, after checking the name is free, on file
    /// systems without hard links such as a FAT-formatted USB stick).
    ///
    /// - Returns: false when `final` already exists.
    private static func writeOnce(_ data: Data, to final: String) throws -> Bool {
        let folder = PathText.parent(of: final)
        try requireNoLink(folder)
        try FileSystem.makePrivateFolder(folder, tighten: false)
        try requireNoLink(folder)
        let temporary = folder + "/.tmp-\(newUUID())"
        try writeFlushed(data, to: temporary)
        defer { unlink(temporary) }
        if link(temporary, final) != 0 {
            let code = errno
            guard code != EEXIST, FileSystem.kind(of: final) == .missing else { return false }
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV,
                  rename(temporary, final) == 0 else { throw FileSystem.writeError(final, code) }
        }
        FileSystem.syncFolder(folder)
        return true
    }

    /// Writes a new file; on any failure the partial file is removed.
    private static func writeFlushed(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw FileSystem.writeError(path) }
        var done = false
        defer {
            close(fd)
            if !done { unlink(path) }
        }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        guard complete, fsync(fd) == 0 else { throw FileSystem.writeError(path) }
        done = true
    }

    static func isDeviceID(_ name: String) -> Bool {
        name.count == 36 && UUID(uuidString: name) != nil && name == name.lowercased()
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// `read(2)`, named apart from `SyncFolder.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// `write(2)`, named apart from `SyncFolder.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
