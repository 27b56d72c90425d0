import Foundation
import GRDB
import Lexicon

/// What `verify` found: the history's chain and every record checked against it.
public struct VerificationReport: Sendable {
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// An event's content no longer matches its hash.
        case eventAltered(eventID: Int64)
        /// An event does not follow the one before it: something was inserted or deleted there.
        case eventOutOfChain(eventID: Int64)
        /// A record differs from what the history last recorded for it.
        case recordChanged(table: String, id: Int64, eventID: Int64)
        /// A record exists that no event wrote.
        case recordInserted(table: String, id: Int64)
        /// A record the history wrote is gone.
        case recordDeleted(table: String, id: Int64, eventID: Int64)
        /// A trigger that keeps the history append-only was dropped or rewritten.
        case appendOnlyTriggerMissing(name: String)
        /// An evidence file is not where its record says.
        case evidenceMissing(id: Int64, name: String, storedPath: String)
        /// An evidence file is there but this user may not read it, so it cannot be checked.
        case evidenceUnreadable(id: Int64, name: String, storedPath: String)
        /// An evidence file's size differs from the size recorded.
        case evidenceWrongSize(id: Int64, name: String, expected: Int64, found: Int64)
        /// An evidence file's bytes no longer hash to the recorded SHA-256 (found by `deep` only).
        case evidenceAltered(id: Int64, name: String)

        /// True for the problems about evidence files rather than the database.
        public var isEvidence: Bool {
            switch self {
            case .evidenceMissing, .evidenceUnreadable, .evidenceWrongSize, .evidenceAltered: true
            default: false
            }
        }

        public var description: String {
            switch self {
            case let .eventAltered(id): Message.verifyEventAltered.text(id)
            case let .eventOutOfChain(id): Message.verifyEventOutOfChain.text(id)
            case let .recordChanged(table, id, event): Message.verifyRecordChanged.text(Self.name(table), id, event)
            case let .recordInserted(table, id): Message.verifyRecordInserted.text(Self.name(table), id)
            case let .recordDeleted(table, id, event): Message.verifyRecordDeleted.text(Self.name(table), id, event)
            case let .appendOnlyTriggerMissing(name): Message.verifyTriggerMissing.text(name)
            case let .evidenceMissing(id, name, path): Message.verifyEvidenceMissing.text(id, name, path)
            case let .evidenceUnreadable(id, name, path): Message.verifyEvidenceUnreadable.text(id, name, path)
            case let .evidenceWrongSize(id, name, expected, found): Message.verifyEvidenceWrongSize.text(id, name, found, expected)
            case let .evidenceAltered(id, name): Message.verifyEvidenceAltered.text(id, name)
            }
        }

        private static func name(_ table: String) -> String {
            RecordWords.name(table)
        }
    }

    public let eventsChecked: Int
    public let recordsChecked: Int
    /// The newest event's hash: quote it (in a draft, a letter) to fix the journal's state in time.
    public let head: String
    public let problems: [Problem]

    public var isIntact: Bool { problems.isEmpty }
}

extension JournalStore {
    // MARK: - Reads

    /// Walks the hash chain, checks every record against the digest its last event recorded, the
    /// append-only triggers, and every evidence file's presence and size (with `deep`, its SHA-256).
    ///
    /// Finds edits, insertions and deletions made with another tool anywhere but at the very end
    /// of the history; a truncated or rewritten tail is caught by `position(ofHead:)` with a head
    /// quoted earlier.
    public func verify(problemLimit: Int = 50, deep: Bool = false) throws -> VerificationReport {
        let (report, attachments) = try read { db in
            var problems: [VerificationReport.Problem] = try Self.missingTriggers(db).map { .appendOnlyTriggerMissing(name: $0) }
            var previous = EventLog.genesisHash
            var latest: [String: (digest: String, event: Int64)] = [:]
            var events = 0
            let cursor = try JournalEvent.fetchCursor(db, sql: "SELECT * FROM event ORDER BY id")
            while let event = try cursor.next() {
                events += 1
                if event.prevHash != previous { problems.append(.eventOutOfChain(eventID: event.id!)) }
                if EventLog.hash(of: event) != event.hash { problems.append(.eventAltered(eventID: event.id!)) }
                previous = event.hash
                if let digests = event.digests,
                   let object = try? JSONSerialization.jsonObject(with: Data(digests.utf8)) as? [String: String] {
                    for (key, digest) in object { latest[key] = (digest, event.id!) }
                }
            }
            var records = 0
            for table in RowDigest.tables {
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY id")
                while let row = try rows.next() {
                    records += 1
                    let id: Int64 = row["id"]
                    let key = "\(table):\(id)"
                    guard let recorded = latest.removeValue(forKey: key) else {
                        problems.append(.recordInserted(table: table, id: id))
                        continue
                    }
                    if recorded.digest != RowDigest.of(row) {
                        problems.append(.recordChanged(table: table, id: id, eventID: recorded.event))
                    }
                }
            }
            for (key, recorded) in latest.sorted(by: { $0.value.event < $1.value.event }) where recorded.digest != "deleted" {
                let parts = key.split(separator: ":")
                problems.append(.recordDeleted(table: String(parts[0]), id: Int64(parts[1]) ?? 0, eventID: recorded.event))
            }
            let attachments = try Attachment.fetchAll(db, sql: "SELECT * FROM attachment ORDER BY id")
            return (VerificationReport(eventsChecked: events, recordsChecked: records, head: previous, problems: problems), attachments)
        }
        let problems = report.problems + evidenceProblems(attachments, deep: deep)
        return VerificationReport(eventsChecked: report.eventsChecked, recordsChecked: report.recordsChecked,
                                  head: report.head, problems: Array(problems.prefix(problemLimit)))
    }

    /// The append-only triggers every journal has, as the schema creates them.
    static let appendOnlyTriggers = [
        "event_is_append_only_update": "CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END",
        "event_is_append_only_delete": "CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'the event history is append-only'); END",
    ]

    /// The append-only triggers that are absent or no longer as the schema wrote them.
    static func missingTriggers(_ db: Database) throws -> [String] {
        let found = try Dictionary(Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            .map { ($0["name"] as String, $0["sql"] as String? ?? "") }, uniquingKeysWith: { first, _ in first })
        func normalized(_ sql: String) -> String { sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return appendOnlyTriggers.keys.sorted().filter { name in
            found[name].map(normalized) != normalized(appendOnlyTriggers[name]!)
        }
    }

    /// Evidence files missing or of the wrong size; with `deep`, re-hashed too.
    func evidenceProblems(_ attachments: [Attachment], deep: Bool) -> [VerificationReport.Problem] {
        attachments.compactMap { attachment in
            let path = location.folder + "/" + attachment.storedPath
            guard FileSystem.kind(of: path) == .file, let found = FileSystem.sizeAndModified(path) else {
                if errno == EACCES { return .evidenceUnreadable(id: attachment.id!, name: attachment.displayName, storedPath: attachment.storedPath) }
                return .evidenceMissing(id: attachment.id!, name: attachment.displayName, storedPath: attachment.storedPath)
            }
            if found.size != attachment.size {
                return .evidenceWrongSize(id: attachment.id!, name: attachment.displayName, expected: attachment.size, found: found.size)
            }
            if deep {
                guard let hash = HashingCopy.sha256(of: path) else {
                    return .evidenceUnreadable(id: attachment.id!, name: attachment.displayName, storedPath: attachment.storedPath)
                }
                if hash != attachment.sha256 { return .evidenceAltered(id: attachment.id!, name: attachment.displayName) }
            }
            return nil
        }
    }
}

/// Where a chain head quoted earlier stands in this journal's history.
public struct HeadPosition: Sendable, Equatable {
    /// The history event whose hash the quoted head is.
    public let eventID: Int64
    /// How many events were recorded after it.
    public let eventsAfter: Int
}

extension JournalStore {
    /// The newest history event's hash: the journal's fingerprint, read in one step.
    ///
    /// Drafts quote it; `verify` is what proves the history behind it is intact. At the store's
    /// snapshot moment (`--as-of`) it is the head as it stood then: the hash of the newest event
    /// dated by that moment, so a draft of a past morning never quotes changes made after it. In
    /// a journal kept as things happen this is exactly the head a letter written that morning
    /// quoted; a change dated in the past (`--at`) counts from its date, like everything else in
    /// the snapshot. Before anything was recorded it is the genesis hash (zeros).
    public func chainHead() throws -> String {
        try read { db in
            let until = snapshot.map { Int64($0.timeIntervalSince1970) } ?? Int64.max
            return try String.fetchOne(db, sql: "SELECT hash FROM event WHERE at <= ? ORDER BY id DESC LIMIT 1", arguments: [until])
        } ?? EventLog.genesisHash
    }

    /// Where `head`, a chain head quoted earlier (in a draft, a letter), is in this history; nil
    /// when no event has that hash: the events after it were removed or rewritten, or it comes
    /// from another journal. Only meaningful together with `verify`, which proves the chain up to
    /// the newest event links through it.
    public func position(ofHead head: String) throws -> HeadPosition? {
        try read { db in
            if head == EventLog.genesisHash {
                return HeadPosition(eventID: 0, eventsAfter: try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? 0)
            }
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE hash = ?", arguments: [head]) else { return nil }
            return HeadPosition(eventID: id, eventsAfter: try Int.fetchOne(db, sql: "SELECT count(*) FROM event WHERE id > ?", arguments: [id]) ?? 0)
        }
    }
}
