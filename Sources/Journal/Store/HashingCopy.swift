import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies one file to a new private file, hashing exactly the bytes it copied.
///
/// Evidence is only worth its SHA-256 if the hash is of the bytes kept, so the copy and the hash
/// come from the same reads. The source is checked before and after (size and modification time
/// through the open descriptor): a file that changed while it was read is refused, never stored
/// torn. The destination is flushed to disk before this returns.
enum HashingCopy {
    struct Result {
        let sha256: String
        let bytes: Int64
    }

    enum Failure: Error {
        case unreadable
        case changed
        case tooLarge(bytesRead: Int64)
        case cannotWrite(errno: Int32)
    }

    /// Copies `source` to `destination` (which must not exist; created with mode 0600).
    ///
    /// - Parameter limit: the most bytes to read; reading one more refuses the file, so a file
    ///   growing during the copy cannot slip past the cap.
    /// - Throws: `Failure`; the destination is removed on any failure.
    static func copy(_ source: String, to destination: String, limit: Int64 = .max) throws(Failure) -> Result {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw .unreadable }
        defer { close(input) }
        var before = stat()
        guard fstat(input, &before) == 0 else { throw .unreadable }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .cannotWrite(errno: errno) }
        var hasher = SHA256()
        var copied: Int64 = 0
        do throws(Failure) {
            defer { close(output) }
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count < 0 { throw .unreadable }
                if count == 0 { break }
                copied += Int64(count)
                if copied > limit { throw .tooLarge(bytesRead: copied) }
                hasher.update(data: buffer[0..<count])
                try writeAll(output, buffer, count)
            }
            var after = stat()
            guard fstat(input, &after) == 0 else { throw .unreadable }
            if !sameContentStamp(before, after) || Int64(after.st_size) != copied { throw .changed }
            guard fsync(output) == 0 else { throw .cannotWrite(errno: errno) }
        } catch {
            unlink(destination)
            throw error
        }
        return Result(sha256: hexDigest(hasher.finalize()), bytes: copied)
    }

    /// The SHA-256 of a file, read in blocks (evidence files can be 256 MiB); nil when unreadable.
    static func sha256(of path: String) -> String? {
        let input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return nil }
        defer { close(input) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            hasher.update(data: buffer[0..<count])
        }
        return hexDigest(hasher.finalize())
    }

    static func hexDigest(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    private static func writeAll(_ output: Int32, _ buffer: [UInt8], _ count: Int) throws(Failure) {
        var offset = 0
        while offset < count {
            let written = buffer.withUnsafeBytes { write(output, $0.baseAddress! + offset, count - offset) }
            if written < 0 { throw .cannotWrite(errno: errno) }
            offset += written
        }
    }

    private static func sameContentStamp(_ a: stat, _ b: stat) -> Bool {
        #if canImport(Darwin)
        a.st_size == b.st_size && a.st_mtimespec.tv_sec == b.st_mtimespec.tv_sec && a.st_mtimespec.tv_nsec == b.st_mtimespec.tv_nsec
        #else
        a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec
        #endif
    }
}
