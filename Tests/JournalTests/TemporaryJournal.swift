import Foundation
import GRDB
@testable import Journal

/// A real journal file in a fresh temporary folder, removed when the test ends.
final class TemporaryJournal {
    let folder: String
    let location: JournalLocation
    static let t0 = Date(timeIntervalSince1970: 1_795_500_000) // 2026-11-24T06:00:00Z

    init() {
        folder = NSTemporaryDirectory() + "recourse-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        location = JournalLocation(path: folder + "/journal.sqlite")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func open(now: Date = TemporaryJournal.t0) throws -> JournalStore { try JournalStore.open(location, now: now) }

    /// Every row of every table, in a stable order: equal fingerprints mean an unchanged journal.
    func fingerprint() throws -> String {
        let queue = try DatabaseQueue(path: location.path)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_search%' ORDER BY name")
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid")
                return table + ":" + rows.map(\.description).joined(separator: "\n")
            }.joined(separator: "\n") + "\nfiles:" + attachmentFiles().joined(separator: ",")
        }
    }

    /// Runs SQL on the journal behind Recourse's back, as another tool would.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: location.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    func attachmentFiles() -> [String] {
        (FileManager.default.enumerator(atPath: location.attachmentsFolder)?.allObjects as? [String] ?? []).sorted()
    }

    func writeFile(_ name: String, _ contents: String) -> String {
        let path = folder + "/" + name
        try! contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

func draft(_ organization: String?, at date: Date = TemporaryJournal.t0, _ fill: (inout ContactDraft) -> Void = { _ in }) -> ContactDraft {
    var draft = ContactDraft(organization: organization, occurredAt: date, zone: "Asia/Shanghai")
    fill(&draft)
    return draft
}
