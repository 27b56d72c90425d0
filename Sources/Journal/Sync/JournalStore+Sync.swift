import Foundation
import GRDB

extension JournalStore {
    /// Publishes this device's new changes to `folder` and applies the other devices' (see `Synchronizer`).
    ///
    /// - Parameters:
    ///   - deviceName: names (or renames) this device, as the others see it.
    ///   - newDevice: first gives this journal a new device id (see `renewDeviceIdentity`).
    public func sync(folder: String, deviceName: String? = nil, newDevice: Bool = false, now: Date) throws -> SyncReport {
        try Synchronizer(store: self, exchange: InterchangeExchange(store: self))
            .sync(folder, deviceName: deviceName, newDevice: newDevice, now: now)
    }

    /// What is waiting each way between this journal and `folder`; reads only.
    public func syncStatus(folder: String, now: Date) throws -> SyncStatus {
        try Synchronizer(store: self, exchange: InterchangeExchange(store: self)).status(folder, now: now)
    }

    /// Gives this journal a new device identity, keeping its name: for a journal file copied to
    /// another device, so the copy stops writing into the original's folder. The copy then
    /// publishes its history again under the new id; the other devices already hold most of it.
    func renewDeviceIdentity(now: Date) throws -> DeviceIdentity {
        try write { db in
            let name = try Self.deviceIdentity(db)?.name ?? DeviceIdentity.defaultName()
            let identity = DeviceIdentity(id: newUUID(), name: name)
            try db.execute(sql: "INSERT OR REPLACE INTO sync_device (id, uuid, name, created_at) VALUES (1, ?, ?, ?)",
                           arguments: [identity.id, identity.name, Int64(now.timeIntervalSince1970)])
            return identity
        }
    }
}
