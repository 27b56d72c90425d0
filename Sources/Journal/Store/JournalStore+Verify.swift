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

        public var description: String {
            switch self {
            case let .eventAltered(id): Message.verifyEventAltered.text(id)
            case let .eventOutOfChain(id): Message.verifyEventOutOfChain.text(id)
            case let .recordChanged(table, id, event): Message.verifyRecordChanged.text(Self.name(table), id, event)
            case let .recordInserted(table, id): Message.verifyRecordInserted.text(Self.name(table), id)
            case let .recordDeleted(table, id, event): Message.verifyRecordDeleted.text(Self.name(table), id, event)
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

    /// Walks the hash chain, then checks every record against the digest its last event recorded.
    ///
    /// Finds edits, insertions and deletions made with another tool anywhere but at the very end
    /// of the history; a truncated tail is caught by comparing `head` with one quoted earlier.
    public func verify(problemLimit: Int = 50) throws -> VerificationReport {
        try read { db in
            var problems: [VerificationReport.Problem] = []
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
            return VerificationReport(eventsChecked: events, recordsChecked: records, head: previous,
                                      problems: Array(problems.prefix(problemLimit)))
        }
    }
}

extension JournalStore {
    /// The newest history event's hash: the journal's fingerprint, read in one step.
    ///
    /// Drafts quote it; `verify` is what proves the history behind it is intact.
    public func chainHead() throws -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1") } ?? EventLog.genesisHash
    }
}
