import Foundation
import Lexicon

/// What `sync` refuses, each with a message that names the folder or file and says what to do.
public enum SyncError: Error, Equatable, Sendable {
    /// The shared folder is the journal's own folder, inside it, or holds it: the live journal
    /// (and its `-wal`/`-shm`) must never be synced as a file.
    case folderHoldsJournal(folder: String, journal: String)
    /// The shared folder does not exist or is not a folder (it is never created: a typo must not
    /// start a new, empty sync folder).
    case folderMissing(String)
    /// This device's newest change file in the folder does not follow this journal's history: the
    /// journal was copied to another device, or restored from an older backup.
    case deviceHistoryMismatch(device: String, file: String)
    /// This device's own newest change file is damaged, so the next one cannot be chained to it.
    case ownFileDamaged(file: String, reason: String)
    /// One of this journal's own evidence files is missing or changed, so the records that need it
    /// cannot be published (the other devices could not apply them).
    case evidenceUnpublishable(path: String)
    /// `--forget` was given something that is not a device id.
    case badDeviceID(String)
    /// `--forget` names a device with no pinned key.
    case noPinnedKey(String)
    /// Another `sync` of this journal holds the lock.
    case busy
    /// The passphrase does not open a device's key-check file: nothing was published.
    case wrongPassphrase(checkedAgainst: String)
    /// A folder sync writes in (or reads from) is a symbolic link or not a folder.
    case folderIsLink(String)

    /// Exit-code class, mapped by the command line in one place like `JournalError.category`.
    public var category: JournalError.Category {
        switch self {
        case .folderHoldsJournal, .deviceHistoryMismatch, .ownFileDamaged: .data
        case .folderMissing, .evidenceUnpublishable, .noPinnedKey: .notFound
        case .badDeviceID, .wrongPassphrase: .data
        case .busy: .busy
        case .folderIsLink: .io
        }
    }
}

extension SyncError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case let .folderHoldsJournal(folder, journal): Message.syncFolderHoldsJournal.text(folder, journal)
        case let .folderMissing(folder): Message.syncFolderMissing.text(folder)
        case let .deviceHistoryMismatch(device, file): Message.syncDeviceHistoryMismatch.text(device, file)
        case let .ownFileDamaged(file, reason): Message.syncOwnFileDamaged.text(file, reason)
        case let .evidenceUnpublishable(path): Message.syncEvidenceUnpublishable.text(path)
        case let .badDeviceID(text): Message.syncBadDeviceID.text(TextRules.escapingControlCharacters(text))
        case let .noPinnedKey(device): Message.syncForgetUnknown.text(device)
        case .busy: Message.syncBusy.text()
        case let .wrongPassphrase(file): Message.syncWrongPassphrase.text(file)
        case let .folderIsLink(path): Message.syncFolderIsLink.text(TextRules.escapingControlCharacters(path))
        }
    }
}
