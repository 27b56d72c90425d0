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

    /// Exit-code class, mapped by the command line in one place like `JournalError.category`.
    public var category: JournalError.Category {
        switch self {
        case .folderHoldsJournal, .deviceHistoryMismatch, .ownFileDamaged: .data
        case .folderMissing, .evidenceUnpublishable: .notFound
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
        }
    }
}
