import Foundation

/// A read page's HTML, kept until the journal changes (its file or its WAL is written), the
/// minute turns, or the language differs: a morning's reloads cost nothing.
final class PageCache: @unchecked Sendable {
    private struct Entry {
        let stamp: String
        let text: String
    }

    private let journalPath: String
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    init(journalPath: String) { self.journalPath = journalPath }

    /// The kept text for `key`, when nothing has changed since it was kept.
    func text(for key: String, now: Date) -> String? {
        let stamp = stamp(now: now)
        return lock.withLock { entries[key].flatMap { $0.stamp == stamp ? $0.text : nil } }
    }

    /// Keeps `text` under the stamp read before the journal was read, so a write during it is not missed.
    func keep(_ text: String, for key: String, stamp: String) {
        lock.withLock { entries[key] = Entry(stamp: stamp, text: text) }
    }

    func stamp(now: Date) -> String {
        let files = [journalPath, journalPath + "-wal"].map { path -> String in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "-" }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(modified):\(attributes[.size] as? Int ?? 0)"
        }
        return files.joined(separator: "|") + "|" + String(Int(now.timeIntervalSince1970 / 60))
    }
}
