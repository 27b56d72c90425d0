import Foundation
import GRDB

extension JournalStore {
    /// Publishes this device's new changes to `folder` and applies the other devices' (see `Synchronizer`).
    ///
    /// - Parameters:
    ///   - deviceName: names (or renames) this device, as the others see it.
    ///   - newDevice: first gives this journal a new device id (see `renewDeviceIdentity`).
    ///   - passphrase: encrypts what this device writes, and opens what the others encrypted.
    public func sync(folder: String, deviceName: String? = nil, newDevice: Bool = false, passphrase: SyncPassphrase? = nil,
                     now: Date) throws -> SyncReport {
        try Synchronizer(store: self, exchange: InterchangeExchange(store: self), keys: SealKeys(passphrase))
            .sync(folder, deviceName: deviceName, newDevice: newDevice, now: now)
    }

    /// What is waiting each way between this journal and `folder`; reads only.
    public func syncStatus(folder: String, passphrase: SyncPassphrase? = nil, now: Date) throws -> SyncStatus {
        try Synchronizer(store: self, exchange: InterchangeExchange(store: self), keys: SealKeys(passphrase)).status(folder, now: now)
    }
}
