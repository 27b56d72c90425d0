import Foundation
import GRDB

/// This journal's identity among the devices that share a sync folder.
///
/// Created once, on the journal's first `sync`, and kept in the journal (table `sync_device`): the
/// id names the only folder this journal ever writes in the shared folder, so two journals must
/// never share one. A copied journal file would; `sync` notices (see `SyncError.deviceHistoryMismatch`).
public struct DeviceIdentity: Sendable, Equatable, Codable {
    /// A lowercase UUID: the device's folder name in the shared folder.
    public let id: String
    /// A short name people recognise ("laptop", the host name): shown in `sync --status`.
    public let name: String

    /// The longest name kept; a longer host name is cut.
    static let nameLimit = 64

    /// A name the user gave, checked like any other name and kept short enough for `--status`.
    static func checkName(_ name: String) throws -> String {
        let checked = try TextRules.requiredName(name, field: "device")
        guard checked.utf8.count <= nameLimit else {
            throw JournalError.textTooLong(field: "device", bytes: checked.utf8.count, limit: nameLimit)
        }
        return checked
    }

    /// A short, one-line name from the host name, or "device" when there is none.
    static func defaultName(host: String = ProcessInfo.processInfo.hostName) -> String {
        let first = host.split(separator: ".").first.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(first.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(nameLimit)))
        return clean.isEmpty ? "device" : clean
    }
}

extension JournalStore {
    /// This journal's device identity, or nil before its first `sync` (a read never creates it).
    public func deviceIdentity() throws -> DeviceIdentity? {
        try read { db in try Self.deviceIdentity(db) }
    }

    /// This journal's device identity, created if it has none (named `name`, else after the host);
    /// `name` also renames an existing one. The id never changes here.
    ///
    /// - Throws: `JournalError` for an empty name, one with control characters or line breaks, or
    ///   one over 64 bytes.
    public func ensureDeviceIdentity(name: String? = nil, now: Date) throws -> DeviceIdentity {
        let name = try name.map(DeviceIdentity.checkName)
        return try write { db in
            if let existing = try Self.deviceIdentity(db) {
                guard let name, name != existing.name else { return existing }
                try db.execute(sql: "UPDATE sync_device SET name = ? WHERE id = 1", arguments: [name])
                return DeviceIdentity(id: existing.id, name: name)
            }
            let identity = DeviceIdentity(id: newUUID(), name: name ?? DeviceIdentity.defaultName())
            try db.execute(sql: "INSERT INTO sync_device (id, uuid, name, created_at) VALUES (1, ?, ?, ?)",
                           arguments: [identity.id, identity.name, Int64(now.timeIntervalSince1970)])
            return identity
        }
    }

    static func deviceIdentity(_ db: Database) throws -> DeviceIdentity? {
        try Row.fetchOne(db, sql: "SELECT uuid, name FROM sync_device WHERE id = 1").map { DeviceIdentity(id: $0["uuid"], name: $0["name"]) }
    }
}
