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

    private let file: PrivateRecords<Device>
    let journal: String
    /// Every journal's devices, so saving one journal's list keeps the others'.
    private var everyone: [Device]

    init(folder: String, journal: String) {
        file = PrivateRecords(path: folder + "/serve-devices.json")
        self.journal = journal
        everyone = file.load()
    }

    /// This journal's paired devices, oldest first.
    var all: [Device] { everyone.filter { $0.journal == journal } }

    /// The device whose cookie this is, compared in constant time.
    func device(cookie: String) -> Device? {
        let digest = Secrets.digest(cookie)
        return all.first { Secrets.equal($0.digest, digest) }
    }

    /// Keeps a new device; it is on disk before its cookie is handed out.
    mutating func add(cookie: String, label: String, now: Date) throws -> Device {
        let device = Device(id: String(Secrets.token().prefix(12)), digest: Secrets.digest(cookie), journal: journal, paired: now,
                            label: String(label.prefix(80)))
        try file.save(everyone + [device])
        everyone.append(device)
        return device
    }

    /// Forgets a device for good: its cookie stops working now and after any restart.
    mutating func forget(id: String) throws {
        let kept = everyone.filter { $0.journal != journal || $0.id != id }
        try file.save(kept)
        everyone = kept
    }
}
