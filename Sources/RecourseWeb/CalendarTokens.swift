import Crypto
import Foundation

/// The calendar feed's per-device tokens, kept in the config folder (0600) as SHA-256 digests
/// only: a copied file does not let anyone read the feed, and revoking one device leaves the others.
actor CalendarTokens {
    struct Device: Codable, Sendable {
        let id: String
        let name: String
        let digest: String
        let created: Date
    }

    private let path: String
    private var devices: [Device]

    init(folder: String) {
        path = folder + "/serve-calendar-tokens.json"
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        devices = (try? Data(contentsOf: URL(fileURLWithPath: path))).flatMap { try? decoder.decode([Device].self, from: $0) } ?? []
    }

    var all: [Device] { devices }

    /// A new device's token, returned once; only its digest is kept.
    func issue(name: String, now: Date) throws -> String {
        let token = Secrets.token()
        devices.append(Device(id: String(Secrets.token().prefix(12)), name: name, digest: Self.digest(token), created: now))
        try save()
        return token
    }

    func revoke(id: String) throws {
        devices.removeAll { $0.id == id }
        try save()
    }

    func accepts(_ token: String) -> Bool {
        let digest = Self.digest(token)
        return devices.contains { Secrets.equal($0.digest, digest) }
    }

    private static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private func save() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try encoder.encode(devices).write(to: URL(fileURLWithPath: path), options: .atomic)
        chmod(path, 0o600)
    }
}
