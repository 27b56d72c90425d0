import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `sync` of a journal at a time: an exclusive `flock` on `<journal>.sync-lock`.
///
/// Two syncs at once would both publish the same next change file; the loser then found a good
/// file of its own "changed outside Recourse", and moving it out (as it advised) broke the chain.
/// The second sync waits up to `patience` for the first to finish, then says another is running.
/// A separate file, because closing any descriptor of the journal itself would drop SQLite's locks.
/// The lock goes with the process, so a killed sync never leaves the journal locked.
final class SyncLock {
    static let patience: TimeInterval = 3
    private var descriptor: Int32

    /// - Throws: `SyncError.busy` when another sync holds the lock after `patience`;
    ///   `JournalError` when the lock file cannot be opened.
    init(journal: JournalLocation) throws {
        let path = journal.path + ".sync-lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileSystem.writeError(path) }
        let deadline = Date().addingTimeInterval(Self.patience)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                descriptor = -1
                throw SyncError.busy
            }
            usleep(50_000)
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
