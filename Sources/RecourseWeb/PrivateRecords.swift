import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON list `serve` keeps beside the config: the paired devices and the calendar tokens.
///
/// Read once at start; written whole and atomically, private from its first byte: the temporary
/// file is created 0600 (never created readable and tightened afterwards), synced, then renamed
/// over the old list, so no other user reads it and a crash leaves the old list or the new one.
struct PrivateRecords<Record: Codable> {
    let path: String

    /// The records on disk; none when the file is missing or unreadable (nothing paired yet).
    func load() -> [Record] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? decoder.decode([Record].self, from: $0) } ?? []
    }

    func save(_ records: [Record]) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(records)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(UUID().uuidString.prefix(8)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.failure(errno) }
        var code: Int32 = 0
        do { try FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: data) } catch { code = EIO }
        if code == 0, fsync(fd) != 0 { code = errno }
        close(fd)
        if code == 0, rename(temporary, path) != 0 { code = errno }
        guard code == 0 else {
            unlink(temporary)
            throw Self.failure(code)
        }
    }

    private static func failure(_ code: Int32) -> POSIXError { POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
}
