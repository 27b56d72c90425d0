import Foundation
import Lexicon
import Testing

/// Every help screen of the real binary, in Chinese under `LANG=zh_CN.UTF-8` and in English under
/// `LANG=C`.
///
/// The commands come from the binary's own command tree (`--experimental-dump-help`, built from
/// `Recourse.configuration.subcommands` recursively, hidden commands included), so a command added
/// later is checked without touching this file: its help rows must be in the catalog.
@Suite("Help: every command's --help in the user's language")
struct HelpLanguageTests {
    /// Every command path below the root, e.g. ["promise", "extend"]; the root is [].
    static let commands: [[String]] = {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        guard let dump = try? r.run(["--experimental-dump-help"]),
              let root = (dump.json as? [String: Any])?["command"] as? [String: Any] else { return [] }
        var found: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            found.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                let name = sub["commandName"] as? String ?? "?"
                // `help` is ArgumentParser's own command; its screen is checked below.
                if name != "help" { walk(sub, path + [name]) }
            }
        }
        walk(root, [])
        return found
    }()

    /// Chinese values a user types that the English help quotes as examples of input.
    static let typedChinese = ["电话", "在线客服", "微信", "三个工作日内", "转账失败"]

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    /// Columns a line takes on a terminal: Chinese characters and full-width punctuation take two.
    static func width(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { $0 + (isChinese($1) ? 2 : 1) }
    }

    /// The prose of a Chinese help screen: without the usage line, value names (`<when>`), an
    /// option's list of values and the names in the subcommand list, which are what the user types.
    static func prose(ofChinese help: String) -> String {
        var inSubcommands = false
        return help.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if line.hasPrefix("用法：") { return nil }
            if !line.hasPrefix(" ") { inSubcommands = line == "子命令：" }
            var text = String(line)
            if inSubcommands, line.hasPrefix("  ") { text = String(line.drop { $0 == " " }.drop { $0 != " " && $0 != "（" }) }
            // `（可选值：jsonl, csv, md；默认：jsonl）`: the values as typed.
            return text.replacingOccurrences(of: #"<[^>]*>|可选值：[^）]*"#, with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }

    @Test("the command tree is found, with the everyday commands and their subcommands")
    func tree() {
        #expect(Self.commands.count > 40)
        #expect(Self.commands.contains(["log"]) && Self.commands.contains(["promise", "extend"]))
    }

    @Test("under LANG=zh_CN.UTF-8 every --help is Chinese: no English beyond flags, ids, values and examples",
          arguments: commands)
    func chinese(_ path: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(path + ["--help"], extraEnvironment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "1000"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.contains(where: Self.isChinese), "no Chinese in \(path)")
        let words = UntranslatedWords.find(in: Self.prose(ofChinese: result.stdout), allowing: LanguageScreensTests.userWords)
        #expect(words.isEmpty, "recourse \(path.joined(separator: " ")) --help: \(words)")
    }

    @Test("the Chinese check sees English: an English help screen read as Chinese fails it")
    func checkerSeesEnglish() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let english = try r.run(["log", "--help", "--lang", "en"], extraEnvironment: ["LANG": "zh_CN.UTF-8"]).stdout
        #expect(UntranslatedWords.find(in: Self.prose(ofChinese: english)).count > 50)
    }

    @Test("under LANG=C every --help is English: Chinese only in examples and typed values", arguments: commands)
    func english(_ path: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let help = try r.run(path + ["--help"], extraEnvironment: ["LANG": "C", "COLUMNS": "1000"]).stdout
        #expect(help.contains("USAGE: ") && help.contains("OPTIONS:"))
        for line in help.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("recourse ") || trimmed.hasPrefix("--") || trimmed.hasPrefix("USAGE: ") { continue }
            var text = String(line)
            if let example = text.range(of: "Example") { text = String(text[..<example.lowerBound]) }
            for value in Self.typedChinese { text = text.replacingOccurrences(of: value, with: "") }
            #expect(!text.unicodeScalars.contains(where: Self.isChinese), "recourse \(path.joined(separator: " ")) --help: \(line)")
        }
    }

    @Test("ArgumentParser's own words are replaced: each row's English is what the library prints")
    func libraryWords() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let screens = [["--help"], ["draft", "complaint", "--help"], ["template", "--help"]]
        let zh = ["LANG": "zh_CN.UTF-8"]
        let english = try screens.map { try r.run($0).stdout }.joined()
        let translated = try screens.map { try r.run($0, extraEnvironment: zh).stdout }.joined()
        for (words, replacement) in [("OVERVIEW: ", "概述："), ("USAGE: ", "用法： "), ("OPTIONS:", "选项："), ("SUBCOMMANDS:", "子命令："),
                              ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本号。"),
                              ("(default: md)", "（默认：md）"), ("list (default)", "list（默认）  "),
                              ("See 'recourse help <subcommand>' for detailed help.", "详细帮助见 'recourse help <子命令>'。")] {
            #expect(english.contains(words), "the library no longer prints \(words)")
            #expect(translated.contains(replacement), "\(words) is not replaced by \(replacement)")
        }
        #expect(try r.run(["log", "--help"], extraEnvironment: zh).stdout.contains("参数："))
    }

    @Test("'recourse help X' prints the same Chinese screen as 'recourse X --help'", arguments: [["log"], ["promise", "extend"], ["config"]])
    func helpCommand(_ path: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let zh = ["LANG": "zh_CN.UTF-8"]
        let viaHelp = try r.run(["help"] + path, extraEnvironment: zh)
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout == (try r.run(path + ["--help"], extraEnvironment: zh).stdout))
        #expect(viaHelp.stdout.hasPrefix("概述："))
    }

    @Test("Chinese help fits 80 columns: lines break between characters, options continue under their help",
          arguments: [["log"], [], ["draft", "complaint"], ["org", "edit"]])
    func wrapping(_ path: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let help = try r.run(path + ["--help"], extraEnvironment: ["LANG": "zh_CN.UTF-8", "COLUMNS": "80"]).stdout
        for line in help.split(separator: "\n") {
            // One closing mark may hang past the edge, as Chinese typesetting does.
            #expect(Self.width(line) <= 82, "\(path): \(line)")
            #expect(!line.drop { $0 == " " }.hasPrefix("，") && !line.drop { $0 == " " }.hasPrefix("。"), "\(path): \(line)")
        }
        let lines = help.split(separator: "\n")
        if let via = lines.firstIndex(where: { $0.hasPrefix("  --db <path>") }) {
            #expect(lines[via + 1].prefix(26).allSatisfy { $0 == " " }, "an option's help continues under its column")
        }
    }
}
