import Crypto
import Foundation

/// The browsers paired with `serve`, kept across restarts in the config folder
/// (`serve-devices.json`, 0600) beside the calendar tokens, never in the journal: the journal is the
/// evidence a person backs up, exports and syncs to other machines, and a device's key to the
/// server must not travel with it (docs/design.md). Only a SHA-256 digest of each session cookie
/// is kept, so a copied file pairs nothing. Each entry names its journal: pairing with one
/// journal's server does not open another's.
struct PairedDevices {
    struct Device: Codable, Sendable, Equatable {
        /// Shown and posted by "Forget this device"; not the cookie, nor its digest.
        let id: String
        let digest: String
        let journal: String
        let paired: Date
        /// The browser's own description (`User-Agent`, cut short), so the list tells phones apart.
        let label: String
    }

    let path: String
    let journal: String
    /// Every journal's devices, so saving one journal's list keeps the others'.
    private var everyone: [Device]

    init(folder: String, journal: String) {
        path = folder + "/serve-devices.json"
        self.journal = journal
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        everyone = (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? decoder.decode([Device].self, from: $0) } ?? []
    }

    /// This journal's paired devices, oldest first.
    var all: [Device] { everyone.filter { $0.journal == journal } }

    /// The device whose cookie this is, compared in constant time.
    func device(cookie: String) -> Device? {
        let digest = Self.digest(cookie)
        return all.first { Secrets.equal($0.digest, digest) }
    }

    /// Keeps a new device; it is on disk before its cookie is handed out.
    mutating func add(cookie: String, label: String, now: Date) throws -> Device {
        let device = Device(id: String(Secrets.token().prefix(12)), digest: Self.digest(cookie), journal: journal, paired: now,
                            label: String(label.prefix(80)))
        everyone.append(device)
        do { try save() } catch {
            everyone.removeLast()
            throw error
        }
        return device
    }

    /// Forgets a device for good: its cookie stops working now and after any restart.
    mutating func forget(id: String) throws {
        let before = everyone
        everyone.removeAll { $0.journal == journal && $0.id == id }
        do { try save() } catch {
            everyone = before
            throw error
        }
    }

    static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func save() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try encoder.encode(everyone).write(to: URL(fileURLWithPath: path), options: .atomic)
        chmod(path, 0o600)
    }
}
