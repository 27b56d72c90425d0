import Foundation
import GRDB

/// This journal's identity among the devices that share a sync folder.
///
/// The id is the journal's device id (table `device`, created with schema 7 and written on every
/// export): it names the only folder this journal ever writes in the shared folder, so two journals
/// must never share one. A copied journal file would; `sync` notices (`SyncError.deviceHistoryMismatch`)
/// and `sync --new-device` gives the copy its own.
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
    /// This journal's device identity; an unnamed device shows the host name.
    public func deviceIdentity() throws -> DeviceIdentity {
        try read { db in try Self.deviceIdentity(db) }
    }

    /// Names this journal's device, so the other devices see who published a file.
    ///
    /// - Throws: `JournalError` for an empty name, one with control characters or line breaks, or
    ///   one over 64 bytes.
    @discardableResult
    public func nameDevice(_ name: String, now: Date) throws -> DeviceIdentity {
        let name = try DeviceIdentity.checkName(name)
        return try write { db in
            if try String.fetchOne(db, sql: "SELECT name FROM device WHERE id = 1") != name {
                try db.execute(sql: "UPDATE device SET name = ? WHERE id = 1", arguments: [name])
            }
            return try Self.deviceIdentity(db)
        }
    }

    /// Gives this journal a new device id, keeping its name: for a journal file copied to another
    /// device, so the copy stops writing into the original's folder. The copy then publishes its
    /// history again under the new id; the other devices already hold most of it and skip that.
    func renewDeviceIdentity() throws {
        try write { db in
            try db.execute(sql: "UPDATE device SET uuid = ? WHERE id = 1", arguments: [newUUID()])
            try Self.dropSigningKey(db)
        }
    }

    static func deviceIdentity(_ db: Database) throws -> DeviceIdentity {
        guard let row = try Row.fetchOne(db, sql: "SELECT uuid, name FROM device WHERE id = 1") else {
            throw JournalError.journalIO(path: "device", reason: "the journal has no device row")
        }
        return DeviceIdentity(id: row["uuid"], name: row["name"] ?? DeviceIdentity.defaultName())
    }
}
