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

    private let file: PrivateRecords<Device>
    private var devices: [Device]

    init(folder: String) {
        file = PrivateRecords(path: folder + "/serve-calendar-tokens.json")
        devices = file.load()
    }

    var all: [Device] { devices }

    /// A new device's token, returned once; only its digest is kept.
    func issue(name: String, now: Date) throws -> String {
        let token = Secrets.token()
        let issued = devices + [Device(id: String(Secrets.token().prefix(12)), name: name, digest: Secrets.digest(token), created: now)]
        // On disk first: a token the file does not hold would stop working at the next restart.
        try file.save(issued)
        devices = issued
        return token
    }

    func revoke(id: String) throws {
        let kept = devices.filter { $0.id != id }
        try file.save(kept)
        devices = kept
    }

    func accepts(_ token: String) -> Bool {
        let digest = Secrets.digest(token)
        return devices.contains { Secrets.equal($0.digest, digest) }
    }
}
