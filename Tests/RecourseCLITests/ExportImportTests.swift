import Foundation
import Testing

/// `export`, `import` and `conflicts` through the built binary, on journals in temporary folders.
@Suite("End to end: export and import as jsonl, merged by uuid")
struct ExportImportTests {
    /// Journal A: three contacts, a promise, an attachment.
    func journalA() throws -> RecourseProcess {
        let a = RecourseProcess()
        try "月租 ¥199，被扣 ¥58\n".write(toFile: a.folder + "/账单.txt", atomically: true, encoding: .utf8)
        try a.run(["log", "中国移动", "--agent", "工号 1023", "--summary", "套餐被擅自变更", "--promise", "回电", "--due", "24小时内",
                   "--attach", "账单.txt", "--at", "2026-11-20 10:00", "--no-input"])
        try a.run(["log", "中国移动", "--summary", "再次催办", "--at", "2026-11-21 10:00", "--no-input"])
        try a.run(["log", "Northway Bank", "--summary", "card blocked", "--at", "2026-11-22 10:00", "--no-input"])
        return a
    }

    /// An empty journal B, and a folder outside both journals for the export.
    func journalB() -> (RecourseProcess, String) {
        let b = RecourseProcess()
        let out = b.folder + "-out"
        try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        return (b, out)
    }

    /// The lines after the header (its time and device differ between journals).
    func body(_ text: String) -> [Substring] { Array(text.split(separator: "\n").dropFirst()) }

    @Test("import --json reports what was added, by record type, and the file it read")
    func importJSON() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        #expect(try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out]).status == 0)
        let report = try #require(try b.run(["import", out, "--json"]).json as? [String: Any])
        #expect(report["source"] as? String == out + "/a.jsonl")
        let inserted = try #require(report["inserted"] as? [String: Int])
        #expect(inserted.values.reduce(0, +) == 9 && inserted["contact"] == 3, "\(inserted)")
        #expect(report["events_appended"] as? Int == 9 && report["files_stored"] as? Int == 1, "\(report)")
        #expect((report["conflicts"] as? [Any])?.isEmpty == true)
        let again = try #require(try b.run(["import", out, "--json"]).json as? [String: Any])
        #expect((again["inserted"] as? [String: Int])?.isEmpty == true && again["unchanged"] as? Int == 9, "\(again)")
    }

    @Test("bytes that are not UTF-8 are refused with their line, never repaired, and nothing is imported")
    func notUTF8() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        #expect(try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out]).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/a.jsonl"))
        let summary = Data("套餐被擅自变更".utf8)
        let at = try #require(bytes.range(of: summary))
        bytes.replaceSubrange(at.lowerBound..<at.lowerBound + 3, with: [0xFF, 0xFE, 0xFD])
        try bytes.write(to: URL(fileURLWithPath: out + "/a.jsonl"))
        let line = String(decoding: bytes[..<at.lowerBound], as: UTF8.self).filter { $0 == "\n" }.count + 1
        try b.run(["log", "中国移动", "--summary", "already here", "--at", "2026-11-19 10:00", "--no-input"])
        let before = try b.fingerprint()
        let refused = try b.run(["import", out, "--lang", "zh"])
        #expect(refused.status == 65)
        #expect(refused.stderr == "recourse：\(out)/a.jsonl：第 \(line) 行不是有效的 UTF-8；导出文件总是 UTF-8，此文件已损坏或不是导出文件（未导入任何内容）\n")
        #expect(try b.fingerprint() == before)
    }

    @Test("a device or a pipe is refused by what it is, in the user's language, and nothing is imported")
    func notAFile() throws {
        let (b, _) = journalB()
        defer { b.cleanUp() }
        try b.run(["log", "中国移动", "--summary", "already here", "--at", "2026-11-19 10:00", "--no-input"])
        let before = try b.fingerprint()
        let zh = try b.run(["import", "/dev/zero", "--lang", "zh"])
        #expect(zh.status == 65)
        #expect(zh.stderr == "recourse：“/dev/zero”不是文件（而是设备、管道或套接字）；导入只读取导出文件或存放它的文件夹\n")
        let en = try b.run(["import", "/dev/null", "--lang", "en"])
        #expect(en.status == 65 && en.stderr.hasPrefix("recourse: '/dev/null' is not a file"), "\(en.stderr)")
        #expect(try b.fingerprint() == before)
    }

    @Test("round trip: export with files, import into an empty journal, export again gives the same lines; verify passes")
    func roundTrip() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        let exported = try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("Exported 9 record(s) and 9 history event(s)"))
        #expect(exported.stderr.contains("Copied 1 evidence file(s)"))
        let imported = try b.run(["import", out])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported \(out)/a.jsonl: 9 new record(s), 0 updated, 0 unchanged, 9 history event(s)"))
        #expect(imported.stdout.contains("1 evidence file(s)"))
        let original = try String(contentsOfFile: out + "/a.jsonl", encoding: .utf8)
        #expect(body(try b.run(["export"]).stdout) == body(original))
        #expect(try b.run(["verify", "--deep"]).status == 0)
        #expect(try b.run(["show", "1"]).stdout.contains("账单.txt"))
    }

    @Test("importing twice changes nothing, not even the history")
    func twice() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out + "/files"])
        #expect(try b.run(["import", out + "/a.jsonl", "--files", out + "/files"]).status == 0)
        let before = try b.fingerprint()
        let again = try b.run(["import", out + "/a.jsonl", "--files", out + "/files"])
        #expect(again.status == 0)
        #expect(again.stdout == "Nothing new in \(out)/a.jsonl: the journal already holds all of it\n")
        #expect(try b.fingerprint() == before)
    }

    @Test("a cut or altered line is refused with its number, exit 65, the journal exactly as it was (zh and en)")
    func badLine() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out])
        try b.run(["log", "数字人民币钱包", "--summary", "已有的记录", "--no-input"])
        var lines = try String(contentsOfFile: out + "/a.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        lines[4] = String(lines[4].prefix(50))
        try (lines.joined(separator: "\n") + "\n").write(toFile: out + "/cut.jsonl", atomically: true, encoding: .utf8)
        let before = try b.fingerprint()
        let refused = try b.run(["import", out + "/cut.jsonl", "--files", out])
        #expect(refused.status == 65)
        #expect(refused.stderr == "recourse: line 5: not valid JSON (cut short or edited?)\n")
        let chinese = try b.run(["import", out + "/cut.jsonl", "--files", out, "--lang", "zh"])
        #expect(chinese.status == 65)
        #expect(chinese.stderr.contains("第 5 行：不是有效的 JSON"))
        // A valid line with a value the journal refuses.
        lines = try String(contentsOfFile: out + "/a.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        let promise = try #require(lines.firstIndex { $0.contains("\"type\":\"promise\"") })
        lines[promise] = lines[promise].replacingOccurrences(of: "\"status\":\"pending\"", with: "\"status\":\"forgotten\"")
        try (lines.joined(separator: "\n") + "\n").write(toFile: out + "/altered.jsonl", atomically: true, encoding: .utf8)
        let altered = try b.run(["import", out + "/altered.jsonl", "--files", out])
        #expect(altered.status == 65)
        #expect(altered.stderr.hasPrefix("recourse: line \(promise + 1): the journal refuses this record: CHECK constraint failed"))
        #expect(altered.stderrLines.count == 1)
        #expect(try b.fingerprint() == before)
        #expect(try b.run(["verify"]).status == 0)
    }

    @Test("a newer format is refused clearly; an older Recourse's own file is not an export")
    func newer() throws {
        let (b, out) = journalB()
        defer { b.cleanUp() }
        try #"{"type":"recourse-export","version":3,"device":"cd9142ea-57de-4bed-b5f2-7972df9c96b6"}"#
            .write(toFile: out + "/new.jsonl", atomically: true, encoding: .utf8)
        let refused = try b.run(["import", out + "/new.jsonl"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("made by a newer Recourse (format 3); this one reads up to format 2"))
        let zh = try b.run(["import", out + "/new.jsonl", "--lang", "zh"])
        #expect(zh.stderr.contains("较新版本的 Recourse 生成（格式 3）"))
    }

    @Test("a record changed in both journals is kept as it is here and listed as a conflict")
    func conflict() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        try a.run(["export", "--output", out + "/1.jsonl", "--with-files", out])
        try b.run(["import", out + "/1.jsonl"])
        try a.run(["correct", "1", "--agent", "工号 2000", "--reason", "听错了"])
        try b.run(["correct", "1", "--agent", "工号 3000", "--reason", "看错了"])
        try a.run(["export", "--output", out + "/2.jsonl"])
        let imported = try b.run(["import", out + "/2.jsonl", "--files", out])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 record(s) differ from this journal's version"))
        #expect(imported.stdout.contains("#1  contact #1  fields agent"))
        #expect(try b.run(["show", "1"]).stdout.contains("工号 3000"))
        let listed = try b.run(["conflicts", "--verbose"])
        #expect(listed.stdout.contains("工号 2000") && listed.stdout.contains("工号 3000"))
        let json = try b.run(["conflicts", "--json"])
        let rows = try #require(json.json as? [[String: Any]])
        #expect(rows.first?["shown"] as? String == "local")
        #expect(try b.run(["verify"]).status == 0)
        let before = try b.fingerprint()
        #expect(try b.run(["import", out + "/2.jsonl", "--files", out]).stdout.hasPrefix("Nothing new"))
        #expect(try b.fingerprint() == before)
        let resolved = try b.run(["conflicts", "resolve", "1", "--keep", "imported"])
        #expect(resolved.stdout == "Conflict #1 resolved: contact #1 shows the imported version\n", "\(resolved.stderr)")
        #expect(try b.run(["show", "1"]).stdout.contains("工号 2000"))
        #expect(try b.run(["conflicts"]).stdout.hasPrefix("No conflicts"))
        #expect(try b.run(["conflicts", "list", "--all"]).stdout.contains("(resolved "))
        #expect(try b.run(["conflicts", "resolve", "1", "--keep", "local"]).status == 66)
        #expect(try b.run(["verify"]).status == 0)
    }

    @Test("evidence missing from the files folder: refused (66), nothing imported")
    func evidenceMissing() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        try a.run(["export", "--output", out + "/a.jsonl"])
        try b.run(["log", "数字人民币钱包", "--summary", "已有的记录", "--no-input"])
        let before = try b.fingerprint()
        let refused = try b.run(["import", out + "/a.jsonl"])
        #expect(refused.status == 66)
        #expect(refused.stderr.contains("the evidence file of '账单.txt'"))
        #expect(try b.fingerprint() == before)
    }

    @Test("options: one case, csv needs a folder, stdout by default, no --as-of on import, no export into the journal's folder")
    func options() throws {
        let a = try journalA(), (b, out) = journalB()
        defer { a.cleanUp(); b.cleanUp() }
        let one = try a.run(["export", "--case", "2"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("Northway Bank") && !one.stdout.contains("中国移动"))
        #expect(try a.run(["export", "--case", "9"]).status == 66)
        let csv = try a.run(["export", "--format", "csv"])
        #expect(csv.status == 64 && csv.stderr.contains("give --output FOLDER"), "csv writes two files (ExportSheetTests)")
        #expect(try a.run(["export", "--output", "a.jsonl"]).status == 64)
        #expect(try b.run(["import", out + "/none.jsonl"]).status == 66)
        try a.run(["export", "--output", out + "/a.jsonl", "--with-files", out])
        #expect(try b.run(["import", out, "--as-of", "2026-11-01"]).status == 64)
        #expect(try a.run(["export", "--output", out + "/a.jsonl"]).status == 74, "exists without --force")
        #expect(try a.run(["export", "--output", out + "/a.jsonl", "--force"]).status == 0)
        // The journal's own evidence file gone: said as such, and the export not written.
        let stored = try #require(FileManager.default.enumerator(atPath: a.folder + "/attachments")?.allObjects as? [String])
            .first { $0.count > 3 }
        try FileManager.default.removeItem(atPath: a.folder + "/attachments/" + stored!)
        let missing = try a.run(["export", "--output", out + "/b.jsonl", "--with-files", out + "/b-files"])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("the journal's evidence file") && missing.stderr.contains("recourse doctor"))
        #expect(!FileManager.default.fileExists(atPath: out + "/b.jsonl"))
    }
}
