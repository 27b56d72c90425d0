import Foundation
import Lexicon
import Testing

/// The main screens of the real binary, read by a Chinese-speaking user (`LANG=zh_CN.UTF-8`) and
/// by everyone else (`LANG=C`): the first must hold no English beyond ids, flags, product names and
/// what the user typed; the second must be English; both must exit alike.
@Suite("Language: every screen in Chinese under LANG=zh_CN.UTF-8, in English under LANG=C")
struct LanguageScreensTests {
    /// One screen: the arguments, and the exit status it must give in every language.
    struct Screen: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let status: Int32
        /// Ids this screen shows that look like English words (a body id such as `company`).
        var allowing: Set<String> = []
        var testDescription: String { name }
    }

    /// Words the user typed in this story (an English company name among Chinese ones).
    static let userWords: Set<String> = ["Northway", "Bank", "call", "back", "pigeon"]

    static let screens: [Screen] = [
        Screen(name: "log confirmation (new organization, case and promise)", arguments: [
            "log", "中国移动", "--agent", "工号 8812", "--ref", "TS-0031", "--summary", "套餐被擅自变更", "--promise", "24小时内回电",
            "--due", "24小时内", "--at", "2026-11-24 16:00", "--no-input"], status: 0, allowing: ["KIND", "CODE"]),
        Screen(name: "promise extend", arguments: ["promise", "extend", "1", "--due", "2026-11-26"], status: 0),
        Screen(name: "overdue", arguments: ["overdue"], status: 0),
        Screen(name: "agenda", arguments: ["agenda"], status: 0),
        Screen(name: "cases", arguments: ["cases"], status: 0),
        Screen(name: "show with history", arguments: ["show", "1", "--history"], status: 0),
        Screen(name: "search", arguments: ["search", "转账"], status: 0),
        Screen(name: "org list", arguments: ["org", "list"], status: 0),
        Screen(name: "bodies", arguments: ["bodies"], status: 0, allowing: ["company", "DE", "CISAS"]),
        // Each profile in full: its conditions, notes and sources are prose the profile gives in both
        // languages, and each field is named by its label alone (#22: no `［remedy］` keys).
        Screen(name: "bodies cn.pboc", arguments: ["bodies", "cn.pboc"], status: 0, allowing: profileWords),
        Screen(name: "bodies cn.nfra", arguments: ["bodies", "cn.nfra"], status: 0, allowing: profileWords),
        Screen(name: "bodies cn.samr", arguments: ["bodies", "cn.samr"], status: 0, allowing: profileWords),
        Screen(name: "bodies company", arguments: ["bodies", "company"], status: 0, allowing: profileWords),
        Screen(name: "bodies uk.fos", arguments: ["bodies", "uk.fos"], status: 0, allowing: profileWords),
        Screen(name: "bodies us.cfpb", arguments: ["bodies", "us.cfpb"], status: 0, allowing: profileWords),
        Screen(name: "bodies us.rege", arguments: ["bodies", "us.rege"], status: 0, allowing: profileWords),
        Screen(name: "bodies eu.adr", arguments: ["bodies", "eu.adr"], status: 0, allowing: profileWords),
        Screen(name: "bodies eu.psd2", arguments: ["bodies", "eu.psd2"], status: 0, allowing: profileWords),
        Screen(name: "verify", arguments: ["verify"], status: 0),
        Screen(name: "verify a head that is not in the history", arguments: ["verify", "--deep", "--head", String(repeating: "0a", count: 32)], status: 1),
        Screen(name: "backup", arguments: ["backup", "b.sqlite"], status: 0),
        Screen(name: "restore a backup", arguments: ["restore", "b.sqlite"], status: 0),
        Screen(name: "doctor", arguments: ["doctor", "--deep"], status: 0),
        Screen(name: "doctor: a stray file, no usable backup", arguments: ["doctor"], status: 1),
        Screen(name: "config list", arguments: ["config", "list"], status: 0),
        Screen(name: "escalate to the company", arguments: ["escalate", "1", "--to", "company", "--at", "2026-11-24 10:00",
                                                            "--ref", "TS-5521"], status: 0, allowing: ["company"]),
        Screen(name: "export to a file", arguments: ["export", "--output", "OUTSIDE/e.jsonl", "--with-files", "OUTSIDE/files"], status: 0),
        Screen(name: "import an export this journal already holds", arguments: ["import", "e.jsonl"], status: 0),
        Screen(name: "import with a conflict", arguments: ["import", "e.jsonl"], status: 0),
        Screen(name: "conflicts", arguments: ["conflicts"], status: 0),
        Screen(name: "conflicts resolve", arguments: ["conflicts", "resolve", "1", "--keep", "imported"], status: 0),
        Screen(name: "error: no such case", arguments: ["show", "9"], status: 66),
        Screen(name: "error: import of a file cut short", arguments: ["import", "e.jsonl"], status: 65),
        Screen(name: "error: unreadable due time", arguments: ["log", "数字人民币钱包", "--promise", "退款", "--due", "下下下周", "--no-input"], status: 65),
        Screen(name: "error: promise already extended", arguments: ["promise", "broken", "1"], status: 65),
        Screen(name: "error: missing argument", arguments: ["show"], status: 64),
        Screen(name: "error: unknown option", arguments: ["agenda", "--dayz", "3"], status: 64),
        Screen(name: "error: bad option value", arguments: ["log", "数字人民币钱包", "--via", "pigeon"], status: 64),
        Screen(name: "error: several open cases", arguments: ["log", "数字人民币钱包", "--summary", "再次催办", "--no-input"], status: 65),
        Screen(name: "error: a regulator before the firm", arguments: ["draft", "regulator", "1", "--to", "cn.pboc"], status: 65, allowing: ["company"]),
        Screen(name: "error: not a chain head", arguments: ["verify", "--head", "abc"], status: 64),
        Screen(name: "error: a backup that is not a file", arguments: ["restore", "nowhere.sqlite"], status: 65),
        Screen(name: "error: unknown body", arguments: ["escalate", "1", "--to", "cn.nowhere"], status: 66, allowing: ["company"]),
        Screen(name: "export md (the timeline)", arguments: ["export", "--format", "md"], status: 0),
        Screen(name: "export csv into a folder", arguments: ["export", "--format", "csv", "--output", "OUTSIDE/sheets"], status: 0),
        Screen(name: "import --template csv", arguments: ["import", "--template", "csv"], status: 0, allowing: ["CS20261116"]),
        Screen(name: "import a spreadsheet", arguments: ["import", "sheet.csv"], status: 0),
        Screen(name: "error: csv export without a folder", arguments: ["export", "--format", "csv"], status: 64),
        Screen(name: "error: a bad spreadsheet row", arguments: ["import", "bad.csv"], status: 65),
        Screen(name: "sync into a shared folder", arguments: ["sync", "OUTSIDE", "--name", "笔记本"], status: 0),
        // An unnamed device shows the host name (user data, like the story's words).
        Screen(name: "sync --status", arguments: ["sync", "--status", "OUTSIDE"], status: 0,
               allowing: Set(ProcessInfo.processInfo.hostName.split { !$0.isLetter }.map(String.init))),
        Screen(name: "error: sync folder holds the journal", arguments: ["sync", "."], status: 65),
    ]

    /// Field keys of the built-in profiles, citation codes and country codes: ids, not words.
    /// Ids and rule names the profiles show as they are (the `company` body, FCA's DISP, Germany's DE).
    static let profileWords: Set<String> = ["organization", "company", "DISP", "DE"]

    /// A journal with a wallet case (an extended promise, an attachment-free history), a second open
    /// case with the same wallet, and an English-named bank.
    private func seeded(language: String) throws -> RecourseProcess {
        var r = RecourseProcess()
        r.environment["LANG"] = language
        try r.run(["org", "add", "数字人民币钱包", "--kind", "wallet", "--jurisdiction", "CN", "--official", "phone:95566",
                   "--at", "2026-11-01 09:00"])
        try r.run(["log", "数字人民币钱包", "--number", "95566", "--agent", "工号 1023", "--ref", "CS-88", "--summary", "转账失败，资金未到账",
                   "--advice", "重启应用", "--promise", "三个工作日内退回", "--due", "三个工作日内", "--duration", "14m",
                   "--at", "2026-11-16 10:00", "--no-input"])
        try r.run(["log", "数字人民币钱包", "--new-case", "钱包无法登录", "--summary", "登录失败", "--at", "2026-11-18 10:00",
                   "--no-input"])
        try r.run(["log", "Northway Bank", "--promise", "call back", "--due", "2026-11-24 12:00",
                   "--at", "2026-11-20 11:00", "--no-input"])
        return r
    }

    /// Runs `screen` on a fresh story in `language` and checks its exit status; returns what it printed.
    private func show(_ screen: Screen, language: String) throws -> String {
        let r = try seeded(language: language)
        defer { r.cleanUp() }
        // The "already extended" error needs the extension first.
        if screen.name == "error: promise already extended" {
            try r.run(["promise", "extend", "1", "--due", "2026-11-26"])
        }
        if screen.name == "restore a backup" { try r.run(["backup", "b.sqlite"]) }
        if screen.name == "import a spreadsheet" { _ = r.write("sheet.csv", "Organization,Occurred at,Summary\nNorthway Bank,2026-11-21 09:00,call back\n") }
        if screen.name == "error: a bad spreadsheet row" { _ = r.write("bad.csv", "Organization,Occurred at,Channel\nNorthway Bank,2026-11-21 09:00,pigeon\n") }
        if screen.arguments.first == "import" || screen.arguments.first == "conflicts" {
            var lines = try r.run(["export"]).stdout.split(separator: "\n").map(String.init)
            if screen.name.contains("cut short") { lines[3] = String(lines[3].prefix(30)) }
            if screen.name == "import with a conflict" || screen.arguments.first == "conflicts" {
                // Another journal's version of the first contact: a different agent, at a revision never seen here.
                let index = try #require(lines.firstIndex { $0.contains("\"type\":\"contact\"") })
                lines[index] = lines[index].replacingOccurrences(of: "工号 1023", with: "工号 1024")
                    .replacingOccurrences(of: #""revision":"[0-9a-f]{8}"#, with: "\"revision\":\"00000000", options: .regularExpression)
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: r.folder + "/e.jsonl", atomically: true, encoding: .utf8)
            if screen.arguments.first == "conflicts" { try r.run(["import", "e.jsonl"]) }
        }
        if screen.name == "doctor: a stray file, no usable backup" {
            try FileManager.default.createDirectory(atPath: r.folder + "/attachments", withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try "half a copy".write(toFile: r.folder + "/attachments/.incoming-0000", atomically: false, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: r.folder + "/backups", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: r.folder + "/backups/journal-20261101T000000Z.sqlite", contents: Data())
        }
        // An export may not be written into the journal's folder, and `sync` refuses a folder inside
        // it: OUTSIDE is a folder beside it (created).
        let outside = r.outside
        let result = try r.run(screen.arguments.map { $0.replacingOccurrences(of: "OUTSIDE", with: outside) })
        #expect(result.status == screen.status, "\(result.stderr)")
        return result.stdout + result.stderr
    }

    @Test("under LANG=zh_CN.UTF-8 a screen holds no English beyond ids, flags and the user's words", arguments: screens)
    func chinese(_ screen: Screen) throws {
        let output = try show(screen, language: "zh_CN.UTF-8")
        let text = Self.withoutCutWords(output)
        #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese at all: \(text)")
        let english = UntranslatedWords.find(in: text, allowing: Self.userWords.union(screen.allowing))
        #expect(english.isEmpty, "English words \(english) in:\n\(text)")
    }

    @Test("under LANG=C the same screens are English, with the same exit codes", arguments: screens)
    func english(_ screen: Screen) throws {
        let output = try show(screen, language: "C")
        // Chinese in an English screen can only be what the user typed, Chinese input it suggests
        // (三个工作日内 is a valid due time). Body profiles give their prose in both languages.
        let chinese = Self.chineseRuns(in: Self.withoutUserText(output))
        #expect(chinese.isEmpty, "Chinese in the English screen: \(chinese)\n\(output)")
    }

    @Test("the lang setting and --lang override the locale; a bad value is refused with 64 or 65")
    func choosing() throws {
        var r = try seeded(language: "C")
        defer { r.cleanUp() }
        #expect(try r.run(["cases"]).stdout.hasPrefix("CASE"))
        #expect(try r.run(["config", "set", "lang", "zh"]).stdout == "lang = zh\n")
        #expect(try r.run(["cases"]).stdout.hasPrefix("案件"))
        #expect(try r.run(["cases", "--lang", "en"]).stdout.hasPrefix("CASE"))
        #expect(try r.run(["config", "set", "lang", "en"]).status == 0)
        r.environment["LC_ALL"] = "zh_CN.UTF-8"
        #expect(try r.run(["cases"]).stdout.hasPrefix("CASE"), "the setting beats the locale")
        #expect(try r.run(["cases", "--lang", "fr"]).status == 64)
        let refused = try r.run(["config", "set", "lang", "fr"])
        #expect(refused.status == 65 && refused.stderr.contains("lang"))
    }

    /// A table cuts long cells with "…"; a cut English word from a body profile's notes is data, not a label.
    private static func withoutCutWords(_ text: String) -> String {
        text.replacingOccurrences(of: #"[A-Za-z-]+…"#, with: "…", options: .regularExpression)
    }

    /// The story's Chinese user text and the bodies' Chinese names, removed before looking for Chinese.
    private static func withoutUserText(_ text: String) -> String {
        var result = text
        for typed in ["数字人民币钱包", "工号 1023", "转账失败，资金未到账", "重启应用", "三个工作日内退回", "三个工作日内", "钱包无法登录", "登录失败",
                      "中国移动", "工号 8812", "套餐被擅自变更", "24小时内回电", "24小时内", "转账", "下下下周", "退款", "再次催办",
                      "明天下午5点", "下周一", "笔记本"] {
            result = result.replacingOccurrences(of: typed, with: "")
        }
        return result
    }

    /// Runs of Chinese characters in `text`.
    private static func chineseRuns(in text: String) -> [String] {
        var runs: [String] = []
        var run = ""
        for character in text + " " {
            if character.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) { run.append(character); continue }
            if !run.isEmpty { runs.append(run); run = "" }
        }
        return runs
    }
}
