import Foundation
import GRDB
import Testing
@testable import Journal

@Suite("Promises, corrections and the history")
struct PromiseAndHistoryTests {
    let journal = TemporaryJournal()
    let t0 = TemporaryJournal.t0

    private func loggedPromise(_ store: JournalStore) throws -> Promise {
        try store.logContact(draft("Bank") {
            $0.promises = [PromiseDraft(text: "refund", dueAt: t0.addingTimeInterval(86_400), dueWords: "tomorrow")]
        }, now: t0).promises[0]
    }

    @Test("kept, broken and cancelled resolve a pending promise once")
    func resolutions() throws {
        let store = try journal.open()
        for resolution in [PromiseResolution.kept, .broken, .cancelled] {
            let promise = try loggedPromise(store)
            let resolved = try store.resolvePromise(promise.id!, as: resolution, note: "noted", at: t0, now: t0)
            #expect(resolved.status.rawValue == resolution.rawValue)
            #expect(resolved.resolvedAt == t0)
            #expect(throws: JournalError.promiseNotPending(id: promise.id!, status: resolved.status)) {
                try store.resolvePromise(promise.id!, as: .kept, note: nil, at: t0, now: t0)
            }
        }
        #expect(throws: JournalError.promiseNotFound(99)) { try store.resolvePromise(99, as: .kept, note: nil, at: t0, now: t0) }
    }

    @Test("extending keeps the old promise as superseded and links the new one")
    func extend() throws {
        let store = try journal.open()
        let promise = try loggedPromise(store)
        let newDue = t0.addingTimeInterval(5 * 86_400)
        let change = try store.extendPromise(promise.id!, dueAt: newDue, dueWords: "5 days", note: "agent asked for more time", now: t0)
        #expect(change.previous.status == .superseded)
        #expect(change.current.supersedesId == promise.id)
        #expect(change.current.dueAt == newDue)
        #expect(change.current.text == "refund")
        let again = try store.extendPromise(change.current.id!, dueAt: newDue, dueWords: "same", note: nil, now: t0)
        #expect(again.current.supersedesId == change.current.id)
        let promises = try store.timeline(ofCase: 1).entries[0].promises
        #expect(promises.map(\.status) == [.superseded, .superseded, .pending])
    }

    @Test("a correction keeps the old value in the history")
    func correction() throws {
        let store = try journal.open()
        _ = try store.logContact(draft("Bank") { $0.agent = "工号 1023" }, now: t0)
        var correction = ContactCorrection()
        correction.agent = .some("工号 1024")
        correction.reason = "misheard"
        let corrected = try store.correctContact(1, correction, now: t0)
        #expect(corrected.agent == "工号 1024")
        let event = try #require(try store.history(ofCase: 1).last)
        #expect(event.kind == "contact.corrected")
        #expect(event.payload.contains("\"from\":\"工号 1023\""))
        #expect(event.payload.contains("\"to\":\"工号 1024\""))
        #expect(throws: JournalError.nothingToCorrect) { try store.correctContact(1, correction, now: t0) }
    }

    @Test("the history is hash-chained and refuses UPDATE and DELETE")
    func chain() throws {
        let store = try journal.open()
        let promise = try loggedPromise(store)
        _ = try store.resolvePromise(promise.id!, as: .kept, note: nil, at: t0, now: t0)
        let queue = try DatabaseQueue(path: journal.location.path)
        let events = try queue.read { db in try JournalEvent.order(Column("id")).fetchAll(db) }
        #expect(events.count >= 5)
        var previous = EventLog.genesisHash
        for event in events {
            #expect(event.prevHash == previous)
            #expect(EventLog.hash(of: event) == event.hash)
            previous = event.hash
        }
        #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: "UPDATE event SET kind = 'x'") } }
        #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: "DELETE FROM event") } }
    }
}
