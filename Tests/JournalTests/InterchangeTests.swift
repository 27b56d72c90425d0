import Foundation
import GRDB
import Testing
@testable import Journal

/// Export and import through the real library, on real journal files.
@Suite("Interchange: export, import and merge by uuid")
struct InterchangeTests {
    let t0 = TemporaryJournal.t0

    /// A journal with a bit of everything: two cases, a promise extended, evidence, case facts.
    func filled(_ journal: TemporaryJournal) throws -> JournalStore {
        let store = try journal.open()
        let evidence = journal.writeFile("账单.txt", "月租 ¥199\n")
        _ = try store.logContact(draft("中国移动") {
            $0.summary = "套餐被擅自变更"; $0.agent = "工号 1023"
            $0.promises = [PromiseDraft(text: "回电", dueAt: t0.addingTimeInterval(86_400), dueWords: "24小时内")]
            $0.attachmentPaths = [evidence]
        }, now: t0)
        _ = try store.extendPromise(1, dueAt: t0.addingTimeInterval(3 * 86_400), dueWords: "三天内", note: "又拖", now: t0.addingTimeInterval(60))
        var details = CaseDetails()
        details.counterparty = .some("某商户")
        _ = try store.editCase(1, details, now: t0.addingTimeInterval(120))
        _ = try store.logContact(draft("Bank of Example", at: t0.addingTimeInterval(180)) { $0.summary = "card blocked" }, now: t0.addingTimeInterval(180))
        return store
    }

    /// The lines without the header (whose time and device differ between journals).
    func body(_ export: InterchangeExport) -> [String] { Array(export.lines.dropFirst()) }

    func importAll(_ export: InterchangeExport, into store: JournalStore, files: String, policy: MergePolicy = .keepLocal,
                   now: Date = TemporaryJournal.t0.addingTimeInterval(3600)) throws -> ImportReport {
        _ = try EvidenceFolder.write(export.evidence, to: files)
        return try store.importLines(export.lines, source: "test", policy: policy, evidence: URL(fileURLWithPath: files), now: now)
    }

    @Test("export, import into an empty journal, export again: the same records and history, and verify passes")
    func roundTrip() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let exported = try filled(a).exportLines(caseID: nil, now: t0)
        let target = try b.open()
        let report = try importAll(exported, into: target, files: a.folder + "/files")
        #expect(report.insertedCount == exported.recordCount)
        #expect(report.eventsAppended == exported.eventCount)
        #expect(report.filesStored == 1)
        #expect(report.conflicts.isEmpty)
        let again = try target.exportLines(caseID: nil, now: t0)
        #expect(body(again) == body(exported))
        #expect(again.lines[0] != exported.lines[0], "each journal has its own device id")
        let verification = try target.verify(deep: true)
        #expect(verification.isIntact, "\(verification.problems)")
        #expect(try target.timeline(ofCase: 1).entries[0].promises.map(\.status) == [.superseded, .pending])
    }

    @Test("exporting twice gives the same bytes but for the header's time")
    func deterministic() throws {
        let store = try filled(TemporaryJournal())
        #expect(try store.exportLines(caseID: nil, now: t0).lines == store.exportLines(caseID: nil, now: t0).lines)
    }

    @Test("importing twice changes nothing, not even the history")
    func idempotent() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let exported = try filled(a).exportLines(caseID: nil, now: t0)
        let target = try b.open()
        _ = try importAll(exported, into: target, files: a.folder + "/files")
        let before = try b.fingerprint()
        let second = try importAll(exported, into: target, files: a.folder + "/files", now: t0.addingTimeInterval(7200))
        #expect(!second.changed)
        #expect(second.unchanged == exported.recordCount)
        #expect(try b.fingerprint() == before)
        // Importing a journal's own export into itself changes nothing either.
        let own = try filled(TemporaryJournal())
        let ownBefore = try own.exportLines(caseID: nil, now: t0)
        #expect(try !own.importLines(ownBefore.lines, source: "self", policy: .keepLocal, evidence: nil, now: t0).changed)
    }

    @Test("one case exports with its organization and its history only, and imports on its own")
    func oneCase() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let store = try filled(a)
        let exported = try store.exportLines(caseID: 2, now: t0)
        #expect(exported.lines.contains { $0.contains("\"name\":\"Bank of Example\"") })
        #expect(!exported.lines.contains { $0.contains("中国移动") })
        #expect(exported.evidence.isEmpty)
        let target = try b.open()
        _ = try importAll(exported, into: target, files: a.folder + "/files")
        #expect(try target.verify().isIntact)
        #expect(throws: JournalError.caseNotFound(9)) { try store.exportLines(caseID: 9, now: t0) }
    }

    /// Journal B imported A's export, then each corrected contact #1's agent differently (A first).
    func diverged() throws -> (TemporaryJournal, TemporaryJournal, JournalStore, JournalStore) {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let source = try filled(a)
        let target = try b.open()
        _ = try importAll(try source.exportLines(caseID: nil, now: t0), into: target, files: a.folder + "/files")
        try correctAgent(source, "工号 2000", at: t0.addingTimeInterval(4000))
        try correctAgent(target, "工号 3000", at: t0.addingTimeInterval(5000))
        return (a, b, source, target)
    }

    @Test("a record changed here is never overwritten by import: both versions kept, a conflict listed, once")
    func conflictKept() throws {
        let (a, b, source, target) = try diverged()
        _ = a // its folder lives until the test ends
        let changed = try source.exportLines(caseID: nil, now: t0)
        let report = try target.importLines(changed.lines, source: "a.jsonl", policy: .keepLocal, evidence: nil, now: t0.addingTimeInterval(6000))
        #expect(report.conflicts.count == 1)
        let conflict = try #require(report.conflicts.first)
        #expect(conflict.recordType == "contact")
        #expect(conflict.differingFields == ["agent"])
        #expect(conflict.shown == .local)
        #expect(conflict.incomingLine.contains("工号 2000"))
        #expect(conflict.localLine.contains("工号 3000"))
        #expect(try agent(target) == "工号 3000")
        #expect(try target.conflicts().map(\.id) == [conflict.id])
        #expect(try target.history(ofCase: 1).contains { $0.kind == "interchange.conflict" })
        #expect(try target.verify().isIntact)
        let before = try b.fingerprint()
        #expect(try !target.importLines(changed.lines, source: "a.jsonl", policy: .keepLocal, evidence: nil, now: t0.addingTimeInterval(7000)).changed)
        #expect(try b.fingerprint() == before)
    }

    @Test("resolving a conflict for the imported version writes it as a new change; the replaced one stays in the history")
    func resolve() throws {
        let (a, b, source, target) = try diverged()
        _ = b // its folder lives until the test ends
        let report = try target.importLines(try source.exportLines(caseID: nil, now: t0).lines, source: "a", policy: .keepLocal,
                                            evidence: nil, now: t0.addingTimeInterval(6000))
        let id = try #require(report.conflicts.first?.id)
        let resolved = try target.resolveConflict(id, keep: .incoming, now: t0.addingTimeInterval(7000))
        #expect(resolved.shown == .incoming && resolved.resolvedAt != nil)
        #expect(try agent(target) == "工号 2000")
        #expect(try target.conflicts().isEmpty)
        #expect(try target.conflicts(includeResolved: true).count == 1)
        let event = try #require(try target.history(ofCase: 1).last)
        #expect(event.kind == "interchange.conflict_resolved")
        #expect(event.payload.contains("工号 3000"))
        #expect(try target.verify().isIntact)
        #expect(throws: InterchangeError.conflictNotFound(id)) { try target.resolveConflict(id, keep: .local, now: t0.addingTimeInterval(8000)) }
        // The choice travels like any edit: the source fast-forwards to it.
        let back = try source.importLines(try target.exportLines(caseID: nil, now: t0).lines, source: "b", policy: .converge,
                                          evidence: URL(fileURLWithPath: a.folder + "/files"), now: t0.addingTimeInterval(9000))
        #expect(back.conflicts.isEmpty)
        #expect(try agent(source) == "工号 2000")
    }

    @Test("diverged journals converge both ways on the same records, each keeping the conflict")
    func converge() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let first = try filled(a)
        let second = try b.open()
        _ = try importAll(try first.exportLines(caseID: nil, now: t0), into: second, files: a.folder + "/files", policy: .converge)
        try correctAgent(first, "工号 2000", at: t0.addingTimeInterval(4000))
        try correctAgent(second, "工号 3000", at: t0.addingTimeInterval(5000))
        _ = try second.logContact(draft("中国移动", at: t0.addingTimeInterval(5100)) { $0.summary = "B 又打了一次"; $0.caseChoice = .existing(1) },
                                  now: t0.addingTimeInterval(5100))
        let fromA = try first.exportChanges(afterEventID: 0, originOnly: true, now: t0)
        let fromB = try second.exportChanges(afterEventID: 0, originOnly: true, now: t0)
        let intoB = try second.importLines(fromA.lines, source: "a", policy: .converge, evidence: nil, now: t0.addingTimeInterval(6000))
        let intoA = try first.importLines(fromB.lines, source: "b", policy: .converge, evidence: URL(fileURLWithPath: a.folder + "/files"),
                                          now: t0.addingTimeInterval(6000))
        #expect(intoA.conflicts.count == 1 && intoB.conflicts.count == 1)
        // The later correction (B's) is shown on both.
        #expect(try agent(first) == "工号 3000")
        #expect(try agent(second) == "工号 3000")
        let recordsA = try first.exportLines(caseID: nil, now: t0).lines.filter { !$0.contains("\"type\":\"event\"") }.dropFirst()
        let recordsB = try second.exportLines(caseID: nil, now: t0).lines.filter { !$0.contains("\"type\":\"event\"") }.dropFirst()
        #expect(Array(recordsA) == Array(recordsB))
        #expect(try first.verify().isIntact)
        #expect(try second.verify().isIntact)
    }

    @Test("a change made after the version held here is applied by sync (fast-forward), with no conflict")
    func fastForward() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let first = try filled(a)
        let second = try b.open()
        _ = try importAll(try first.exportLines(caseID: nil, now: t0), into: second, files: a.folder + "/files", policy: .converge)
        let cursor = try first.lastEventID()
        try correctAgent(first, "工号 2000", at: t0.addingTimeInterval(4000))
        try correctAgent(first, "工号 2001", at: t0.addingTimeInterval(4100))
        let changes = try first.exportChanges(afterEventID: cursor, originOnly: true, now: t0)
        #expect(changes.eventCount == 2)
        let report = try second.importLines(changes.lines, source: "a", policy: .converge, evidence: nil, now: t0.addingTimeInterval(5000))
        #expect(report.updated == ["contact": 1])
        #expect(report.conflicts.isEmpty)
        #expect(try agent(second) == "工号 2001")
        #expect(try second.verify().isIntact)
        // What came from A is not sent back by B.
        let echo = try second.exportChanges(afterEventID: 0, originOnly: true, now: t0)
        #expect(echo.eventCount == 0)
        #expect(echo.recordCount == 0)
    }

    @Test("a bad line is refused with its number and the journal is left exactly as it was", arguments: [
        ("cut", "case", InterchangeError.Problem.notJSON),
        ("status", "promise", .rejected("CHECK constraint failed")),
        ("number", "contact", .wrongType(field: "occurred_at", expected: "integer")),
        ("field", "organization", .unknownField("colour")),
        ("reference", "contact", .unknownReference(field: "case", uuid: "00000000-0000-4000-8000-000000000000")),
        ("uuid", "event", .badUUID(field: "uuid", value: "not-a-uuid")),
    ])
    func badLine(damage: String, type: String, problem: InterchangeError.Problem) throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let exported = try filled(a).exportLines(caseID: nil, now: t0)
        _ = try EvidenceFolder.write(exported.evidence, to: a.folder + "/files")
        var lines = exported.lines
        let index = try #require(lines.firstIndex { $0.contains("\"type\":\"\(type)\"") })
        func replace(_ pattern: String, _ with: String) throws {
            let range = try #require(lines[index].range(of: pattern, options: .regularExpression))
            lines[index].replaceSubrange(range, with: with)
        }
        switch damage {
        case "cut": lines[index] = String(lines[index].prefix(40))
        case "status": try replace(#""status":"[a-z]+""#, #""status":"lost""#)
        case "number": try replace(#""occurred_at":[0-9]+"#, #""occurred_at":"yesterday""#)
        case "field": try replace("^\\{", #"{"colour":"red","#)
        case "uuid": try replace(#""uuid":"[0-9a-f-]{36}""#, #""uuid":"not-a-uuid""#)
        default: try replace(#""case":"[0-9a-f-]{36}""#, "\"case\":\"00000000-0000-4000-8000-000000000000\"")
        }
        let target = try b.open()
        let before = try b.fingerprint()
        let error = try #require(throws: InterchangeError.self) {
            try target.importLines(lines, source: "x", policy: .keepLocal, evidence: URL(fileURLWithPath: a.folder + "/files"), now: t0)
        }
        guard case let .badLine(found, foundProblem) = error else { Issue.record("\(error)"); return }
        #expect(found == index + 1)
        if case let .rejected(expected) = problem, case let .rejected(reason) = foundProblem {
            #expect(reason.contains(expected))
        } else {
            #expect(foundProblem == problem)
        }
        #expect(try b.fingerprint() == before)
    }

    @Test("a file cut at a line end, or with a line dropped, is found by the header's counts")
    func truncated() throws {
        let exported = try filled(TemporaryJournal()).exportLines(caseID: nil, now: t0)
        let target = try TemporaryJournal().open()
        let lines = Array(exported.lines.dropLast())
        #expect(throws: InterchangeError.badLine(line: lines.count + 1, problem: .countMismatch(
            records: exported.recordCount, events: exported.eventCount, foundRecords: exported.recordCount, foundEvents: exported.eventCount - 1))) {
            try target.importLines(lines, source: "x", policy: .keepLocal, evidence: nil, now: t0)
        }
    }

    @Test("a newer format is refused clearly; a file that is not an export too")
    func versions() throws {
        let target = try TemporaryJournal().open()
        let newer = #"{"type":"recourse-export","version":3,"device":"cd9142ea-57de-4bed-b5f2-7972df9c96b6"}"#
        #expect(throws: InterchangeError.newerFormat(found: 3, known: 2)) {
            try target.importLines([newer], source: "x", policy: .keepLocal, evidence: nil, now: t0)
        }
        #expect(throws: InterchangeError.badLine(line: 1, problem: .notAHeader)) {
            try target.importLines([#"{"type":"contact"}"#], source: "x", policy: .keepLocal, evidence: nil, now: t0)
        }
        #expect(throws: InterchangeError.noLines(source: "x")) {
            try target.importLines(["", "  "], source: "x", policy: .keepLocal, evidence: nil, now: t0)
        }
    }

    @Test("evidence missing or with other bytes is refused, the journal and its vault untouched")
    func evidence() throws {
        let a = TemporaryJournal(), b = TemporaryJournal()
        let exported = try filled(a).exportLines(caseID: nil, now: t0)
        let target = try b.open()
        let before = try b.fingerprint()
        let sha = try #require(exported.evidence.first?.sha256)
        #expect(throws: InterchangeError.evidenceMissing(sha256: sha, name: "账单.txt")) {
            try target.importLines(exported.lines, source: "x", policy: .keepLocal, evidence: URL(fileURLWithPath: a.folder), now: t0)
        }
        let wrong = a.folder + "/wrong"
        try FileManager.default.createDirectory(atPath: wrong, withIntermediateDirectories: true)
        try "月租 ¥999\n".write(toFile: wrong + "/" + sha, atomically: true, encoding: .utf8)
        #expect(throws: InterchangeError.evidenceMismatch(sha256: sha, name: "账单.txt")) {
            try target.importLines(exported.lines, source: "x", policy: .keepLocal, evidence: URL(fileURLWithPath: wrong), now: t0)
        }
        let after = try b.fingerprint()
        #expect(after == before, "\(before.suffix(300)) -> \(after.suffix(300))")
        #expect(b.attachmentFiles().filter { !$0.hasPrefix(".") && $0.count > 2 }.isEmpty)
    }

    @Test("the evidence folder is write-once: a file of that name with other bytes is never replaced")
    func evidenceFolder() throws {
        let a = TemporaryJournal()
        let exported = try filled(a).exportLines(caseID: nil, now: t0)
        let folder = a.folder + "/files"
        #expect(try EvidenceFolder.write(exported.evidence, to: folder) == .init(copied: 1, present: 0))
        #expect(try EvidenceFolder.write(exported.evidence, to: folder) == .init(copied: 0, present: 1))
        let path = EvidenceFolder.path(of: exported.evidence[0].sha256, in: folder)
        try "other".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InterchangeError.evidenceTargetDiffers(path: path)) { try EvidenceFolder.write(exported.evidence, to: folder) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "other")
    }

    func agent(_ store: JournalStore) throws -> String? {
        try store.read { db in try Contact.stored(db, id: 1)?.agent }
    }

    func correctAgent(_ store: JournalStore, _ agent: String, at: Date) throws {
        var correction = ContactCorrection()
        correction.agent = .some(agent)
        correction.reason = "test"
        _ = try store.correctContact(1, correction, now: at)
    }
}
