import Desk
import Foundation
import Journal
import Lexicon
import Reminders
import ServeOptions

/// The libraries, called in-process for a page: the same `Desk`, `LogDesk` and views the command
/// line calls, so a form and a terminal share every rule, parser and sentence.
///
/// The libraries speak `Language.current`, one setting for the whole process, so calls run one at
/// a time on their own queue with the page's language set (SQLite serialises writers anyway), and
/// never on the server's event loops, which a busy journal would otherwise stall.
struct WebDesk: Sendable {
    let location: JournalLocation
    let configFolder: String

    init(options: WebOptions) {
        // `--db PATH` as `recourse serve` resolved it, else the environment's journal.
        let explicit = options.journalArguments.count == 2 ? options.journalArguments[1] : nil
        location = JournalLocation.resolve(explicit: explicit, environment: options.environment)
        configFolder = options.configFolder
    }

    private static let queue = DispatchQueue(label: "recourse.web.desk")

    /// Runs `body` with the page's language set and a `Desk` on `now`'s clock (the real clock
    /// for writes: nothing is stored at a made-up time).
    func call<T: Sendable>(language: Language, now: Date = Date(), _ body: @escaping @Sendable (Desk) throws -> T) async throws -> T {
        let folder = configFolder
        return try await withCheckedThrowingContinuation { continuation in
            Self.queue.async {
                continuation.resume(with: Result { try Self.speaking(language) {
                    let settings = try Settings.load(path: folder + "/config")
                    return try body(Desk(zone: .current, now: now, settings: settings, configFolder: folder))
                } })
            }
        }
    }

    /// The journal for writing, as `log` opens it.
    func openJournal(_ desk: Desk) throws -> JournalStore {
        try JournalStore.open(location, now: desk.now, access: .write)
    }

    /// The journal for reading, or nil when there is none yet (a page that reads must not create one).
    func readJournal(_ desk: Desk) throws -> JournalStore? {
        guard FileManager.default.fileExists(atPath: location.path) else { return nil }
        return try JournalStore.open(location, now: desk.now, access: .read)
    }

    /// The journal for a page that reads, as a reading command opens it: read-only, and seen as
    /// it stood at `desk.now` when that is the tests' injected clock (`snapshot`).
    func openForReading(_ desk: Desk, snapshot: Bool) throws -> JournalStore {
        var store = try JournalStore.open(location, now: desk.now, access: .read)
        if snapshot { store.snapshot = desk.now }
        return store
    }

    private static let lock = NSLock()

    /// Runs `body` with `Language.current` set to `language`, under the one lock every such
    /// switch takes (`Speaking` too), so no other page's words change language midway.
    static func speaking<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        let saved = Language.current
        Language.current = language
        defer { Language.current = saved }
        return try body()
    }
}
