import Foundation
import Testing

@Suite("Help: every command shows an example")
struct HelpExamplesTests {
    /// Every command in the tree ArgumentParser describes, with its discussion text.
    private static func commands() throws -> [(path: String, discussion: String)] {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let dump = try r.run(["--experimental-dump-help"])
        let root = try #require((dump.json as? [String: Any])?["command"] as? [String: Any])
        var found: [(String, String)] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let name = command["commandName"] as? String ?? "?"
            let here = path + [name]
            // `help` is ArgumentParser's own command.
            if name != "help" { found.append((here.joined(separator: " "), command["discussion"] as? String ?? "")) }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, here) }
        }
        walk(root, [])
        return found
    }

    @Test("each command's help has an example that runs the program")
    func examples() throws {
        let commands = try Self.commands()
        #expect(commands.count > 40)
        for command in commands {
            #expect(command.discussion.contains("Example") && command.discussion.contains("recourse "), "\(command.path) has no example")
        }
    }

    @Test("log --help keeps each option of its example beside its value at 80 columns")
    func logExampleDoesNotWrap() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let help = try r.run(["log", "--help"], extraEnvironment: ["COLUMNS": "80"]).stdout
        let example = help.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("Example") }.prefix { !$0.isEmpty }
        #expect(example.contains { $0.contains("--due 三个工作日内") })
        #expect(example.allSatisfy { !$0.hasSuffix("--due") && !$0.hasSuffix("--promise") && !$0.hasSuffix("--agent") })
        #expect(example.allSatisfy { $0.count < 72 })
    }
}
