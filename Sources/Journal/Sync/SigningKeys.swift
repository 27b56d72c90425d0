import Crypto
import Foundation
import GRDB

/// This device's Ed25519 key for signing its change files, and the other devices' pinned keys.
///
/// The key is made at the device's first sync and kept in the journal (`sync_signing_key`), so a
/// backup restored keeps signing as the same device; `sync --new-device` makes a new one with the
/// new id. A peer's public key is pinned the first time one of its signed files is applied
/// (`sync_peer_key`); from then on only files signed by that key are applied, until the user
/// forgets the pin (`sync --forget DEVICE`).
extension JournalStore {
    /// This device's signing key, made and kept now if it has none.
    func signingKey(now: Date) throws -> Curve25519.Signing.PrivateKey {
        try write { db in
            if let raw = try Data.fetchOne(db, sql: "SELECT private_key FROM sync_signing_key WHERE id = 1"),
               let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) {
                return key
            }
            let key = Curve25519.Signing.PrivateKey()
            try db.execute(sql: "INSERT OR REPLACE INTO sync_signing_key (id, private_key, created_at) VALUES (1, ?, ?)",
                           arguments: [key.rawRepresentation, Int64(now.timeIntervalSince1970)])
            return key
        }
    }

    /// This device's public key, or nil before its first sync.
    func ownPublicKey() throws -> Data? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT private_key FROM sync_signing_key WHERE id = 1")
                .flatMap { try? Curve25519.Signing.PrivateKey(rawRepresentation: $0).publicKey.rawRepresentation }
        }
    }

    /// The public key pinned for `device`, or nil when none is yet.
    func pinnedKey(of device: String) throws -> Data? {
        try read { db in try Data.fetchOne(db, sql: "SELECT public_key FROM sync_peer_key WHERE device = ?", arguments: [device]) }
    }

    /// Pins `key` for `device` inside the caller's transaction (the one applying its first signed file).
    static func pinKey(_ db: Database, _ key: Data, device: String, at: Date) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO sync_peer_key (device, public_key, pinned_at) VALUES (?, ?, ?)",
                       arguments: [device, key, Int64(at.timeIntervalSince1970)])
    }

    /// Forgets the key pinned for `device`, so its next signed file pins a new one.
    ///
    /// - Throws: `SyncError.badDeviceID` for a name that is not a device id; `.noPinnedKey` when
    ///   no key is pinned for it.
    public func forgetDeviceKey(_ device: String) throws {
        guard SyncFolder.isDeviceID(device) else { throw SyncError.badDeviceID(device) }
        try write { db in
            try db.execute(sql: "DELETE FROM sync_peer_key WHERE device = ?", arguments: [device])
            guard db.changesCount > 0 else { throw SyncError.noPinnedKey(device) }
        }
    }

    /// Drops this device's signing key: with a new device id comes a new key.
    static func dropSigningKey(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM sync_signing_key")
    }
}

/// A public key as people compare it: the first 16 bytes of its SHA-256, in groups of four hex digits.
public enum KeyFingerprint {
    public static func of(_ publicKey: Data) -> String {
        let hex = Hex.of(SHA256.hash(data: publicKey))
        return stride(from: 0, to: 32, by: 4).map { start in
            String(hex[hex.index(hex.startIndex, offsetBy: start)..<hex.index(hex.startIndex, offsetBy: start + 4)])
        }.joined(separator: ":")
    }
}
