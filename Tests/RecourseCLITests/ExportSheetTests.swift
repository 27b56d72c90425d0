import Foundation
import Testing

@Suite("export --format csv|md and import FILE.csv, through the built binary")
struct ExportSheetTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let venvPython = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".venv/bin/python3").path

    /// A journal with Chinese text, a summary of two lines with a comma and quotes, a cell that
    /// would be a formula, an ID number in free text, and an extended promise.
    private func seeded(language: String = "C.UTF-8") throws -> RecourseProcess {
        var r = RecourseProcess()
        r.environment["LANG"] = language
        try r.run(["log", "数字人民币钱包", "--number", "95566", "--agent", "工号 1023", "--ref", "CS-88",
                   "--summary", "转账失败，资金未到账\n客服说\"系统升级\"", "--advice", "重启应用", "--promise", "三个工作日内退回",
                   "--due", "三个工作日内", "--at", "2026-11-16 10:00", "--no-input"])
        try r.run(["log", "数字人民币钱包", "--via", "wechat", "--summary", "=HYPERLINK(\"http://evil\")", "--extends", "1", "--due", "2026-11-27",
                   "--at", "2026-11-18 09:30", "--no-input"])
        try r.run(["log", "Northway Bank", "--via", "email", "--direction", "inbound", "--summary", "asked for ID 110101199003071065",
                   "--at", "2026-11-20 11:00", "--no-input"])
        return r
    }

    /// The rows of a CSV file as Python's `csv` module reads it (the BOM stripped by `utf-8-sig`).
    private func pythonRows(_ path: String, in r: RecourseProcess) throws -> [[String]] {
        try #require(FileManager.default.isExecutableFile(atPath: Self.venvPython), "no .venv/: run Scripts/test, the README's test command")
        let script = r.write("read.py", """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
            """)
        let python = try r.run([script, path], executable: Self.venvPython)
        #expect(python.status == 0, "python csv: \(python.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [[String]])
    }

    @Test("contacts.csv and promises.csv open in Python's csv module with Chinese, commas, quotes and line breaks intact")
    func pythonReadsIt() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let folder = r.outside + "/sheets"
        let export = try r.run(["export", "--format", "csv", "--output", folder, "--no-redact"])
        #expect(export.status == 0, "\(export.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/contacts.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM, so Excel reads Chinese")
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n"))
        let contacts = try pythonRows(folder + "/contacts.csv", in: r)
        #expect(contacts.first == ["Contact", "Case", "Case title", "Case status", "Organization", "Occurred at (Asia/Shanghai)", "Zone", "Channel", "Direction",
                                   "Number used", "Agent", "Reference", "Summary", "Advice", "Outcome", "Attachments"])
        #expect(contacts.count == 4)
        #expect(contacts[1][4] == "数字人民币钱包" && contacts[1][5] == "2026-11-16 10:00:00" && contacts[1][6] == "Asia/Shanghai")
        #expect(contacts[1][12] == "转账失败，资金未到账\n客服说\"系统升级\"")
        #expect(contacts[2][12] == "'=HYPERLINK(\"http://evil\")", "a formula is disarmed with a leading '")
        #expect(contacts[3][8] == "inbound" && contacts[3][12] == "asked for ID 110101199003071065")
        let promises = try pythonRows(folder + "/promises.csv", in: r)
        #expect(promises.count == 3)
        #expect(promises[1][3] == "三个工作日内退回" && promises[1][5] == "三个工作日内" && promises[1][6] == "superseded")
        #expect(promises[2][9] == "1", "the extension names the promise it replaced")
    }

    @Test("under zh the headings and values are Chinese; without --no-redact an ID number is masked, in csv and in md")
    func chineseAndMasked() throws {
        let r = try seeded(language: "zh_CN.UTF-8")
        defer { r.cleanUp() }
        let folder = r.outside + "/表格"
        #expect(try r.run(["export", "--format", "csv", "--output", folder]).status == 0)
        let sheet = try pythonRows(folder + "/contacts.csv", in: r)
        #expect(sheet.first == ["遮蔽号码的导出，仅供阅读：号码已隐藏；请勿导入（迁移日志请用 --format jsonl）"], "a masked export says so first")
        let contacts = Array(sheet.dropFirst())
        #expect(contacts[0].prefix(6) == ["联系编号", "案件编号", "案件标题", "案件状态", "机构", "发生时间（Asia/Shanghai）"])
        #expect(contacts[1][7] == "电话" && contacts[1][8] == "去电" && contacts[1][3] == "进行中")
        #expect(contacts[3][12] == "asked for ID ****1065")
        #expect(contacts[1][11] == "CS-88", "references stay readable")
        let markdown = try r.run(["export", "--format", "md"]).stdout
        #expect(markdown.contains("asked for ID ••••1065") && !markdown.contains("110101199003071065"), "md masks as drafts do")
        #expect(markdown.contains("参考编号：CS-88"))
        #expect(try r.run(["export", "--format", "md", "--no-redact"]).stdout.contains("110101199003071065"))
    }

    static let outputCases: [([String], Int32)] = [
        (["export", "--format", "csv"], 64),
        (["export", "--format", "csv", "--output", "OUT/contacts.csv"], 64),
        (["export", "--format", "csv", "--output", "OUT/file"], 64),
        (["export", "--format", "csv", "--output", "OUT/existing"], 74),
        (["export", "--format", "csv", "--output", "OUT/new", "--with-files", "OUT/files"], 64),
        (["export", "--format", "md", "--with-files", "OUT/files"], 64),
        (["export", "--no-redact"], 64),
    ]

    @Test("csv needs --output FOLDER; a file there is replaced only with --force", arguments: outputCases)
    func outputRules(arguments: [String], status: Int32) throws {
        let r = try seeded()
        defer { r.cleanUp() }
        try "x".write(toFile: r.outside + "/file", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: r.outside + "/existing", withIntermediateDirectories: true)
        try "old".write(toFile: r.outside + "/existing/promises.csv", atomically: true, encoding: .utf8)
        let result = try r.run(arguments.map { $0.replacingOccurrences(of: "OUT", with: r.outside) })
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(!FileManager.default.fileExists(atPath: r.outside + "/existing/contacts.csv"), "neither file is written unless both can be")
        #expect(try String(contentsOfFile: r.outside + "/existing/promises.csv", encoding: .utf8) == "old")
        let forced = try r.run(["export", "--format", "csv", "--output", r.outside + "/existing", "--force"])
        #expect(forced.status == 0)
    }

    @Test("export csv → import into an empty journal → the same contacts.csv; importing again adds nothing")
    func roundTrip() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let first = r.outside + "/first", second = r.outside + "/second"
        #expect(try r.run(["export", "--format", "csv", "--output", first, "--no-redact"]).status == 0)
        var empty = RecourseProcess()
        defer { empty.cleanUp() }
        empty.environment["LANG"] = "zh_CN.UTF-8"  // English headings import under zh too
        let imported = try empty.run(["import", first + "/contacts.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("已导入 3 条联系记录"))
        #expect(try empty.run(["export", "--format", "csv", "--output", second, "--no-redact", "--lang", "en"]).status == 0)
        #expect(try String(contentsOfFile: second + "/contacts.csv", encoding: .utf8) == String(contentsOfFile: first + "/contacts.csv", encoding: .utf8))
        #expect(try empty.run(["verify"]).status == 0)

        let before = try empty.fingerprint()
        let again = try empty.run(["import", first + "/contacts.csv", "--lang", "en"])
        #expect(again.status == 0 && again.stdout.contains("Imported 0 contacts; 3 already in the journal (skipped)"))
        #expect(try empty.fingerprint() == before)
        let own = try r.run(["import", first + "/contacts.csv"])
        #expect(own.stdout.contains("Imported 0 contacts"), "an export imported into its own journal adds nothing")
    }

    @Test("the template imports as it is, in either language")
    func template() throws {
        for language in ["C.UTF-8", "zh_CN.UTF-8"] {
            var r = RecourseProcess()
            defer { r.cleanUp() }
            r.environment["LANG"] = language
            let template = try r.run(["import", "--template", "csv"])
            #expect(template.status == 0)
            // (Foundation drops the BOM when it reads the output back; the bytes are checked in `pythonReadsIt`.)
            #expect(template.stdout.hasPrefix((language == "C.UTF-8" ? "Organization,Case title,Occurred at" : "机构,案件标题,发生时间")))
            let path = r.write("template.csv", template.stdout)
            let imported = try r.run(["import", path, "--json"])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(((imported.json as? [String: Any])?["imported"] as? [Any])?.count == 1)
            #expect(try r.run(["show", "1"]).stdout.contains(language == "C.UTF-8" ? "Agent 7" : "工号 1023"))
        }
    }

    static let badRowCases: [(String, String, String)] = [
        ("C.UTF-8", "Organization,Occurred at,Channel\nBank,2026-11-16 10:00,phone\nBank,2026-11-17 10:00,pigeon\n",
         "line 3: 'pigeon' is not a channel"),
        ("zh_CN.UTF-8", "机构,发生时间,承诺\n银行,2026-11-16 10:00,退款\n", "第 2 行：承诺需要在“期限”一列填写期限"),
        ("zh_CN.UTF-8", "机构,发生时间\n银行,下周二\n", "第 2 行：发生时间中的“下周二”不是时间"),
        ("zh_CN.UTF-8", "机构,发生时间\n银行,2030-01-01 10:00\n", "第 2 行："),
        ("C.UTF-8", "Organization,When\nBank,2026-11-16\n", "line 1: unknown column 'When'"),
    ]

    @Test("a bad row: 'line N: …' in the user's language, exit 65, journal unchanged", arguments: badRowCases)
    func badRows(language: String, csv: String, message: String) throws {
        var r = try seeded()
        defer { r.cleanUp() }
        r.environment["LANG"] = language
        let path = r.write("bad.csv", csv)
        let before = try r.fingerprint()
        let result = try r.run(["import", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderrLines.count == 1)
        #expect(try r.fingerprint() == before)
    }

    @Test("UTF-16 and GBK files are refused with the advice to save as CSV UTF-8")
    func encodings() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let utf16 = r.folder + "/u16.csv"
        try "机构,发生时间\n银行,2026-11-16\n".data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!.write(to: URL(fileURLWithPath: utf16))
        let gbk = r.folder + "/gbk.csv"
        try Data([0xBB, 0xFA, 0xB9, 0xB9, 0x0A, 0xD2, 0xF8, 0xD0, 0xD0, 0x0A]).write(to: URL(fileURLWithPath: gbk))
        for (path, kind) in [(utf16, "UTF-16"), (gbk, "GBK")] {
            let result = try r.run(["import", path])
            #expect(result.status == 65 && result.stderr.contains(kind) && result.stderr.contains("CSV UTF-8"), "\(result.stderr)")
        }
    }

    static let goldens: [(String, [String])] = [
        ("timeline.zh.md", ["--lang", "zh"]), ("timeline.en.md", ["--lang", "en"]), ("timeline-1.en.unredacted.md", ["--case", "1", "--no-redact", "--lang", "en"]),
    ]

    @Test("the Markdown timeline renders exactly as the checked-in files", arguments: goldens)
    func markdownGolden(file: String, arguments: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        try r.run(["escalate", "2", "--to", "company", "--at", "2026-11-21 10:00", "--ref", "CMP-5521-F"])
        let result = try r.run(["export", "--format", "md", "--as-of", "2026-11-25 09:00"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let url = Self.golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["RECOURSE_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }
}
