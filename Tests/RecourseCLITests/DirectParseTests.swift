import Foundation
import Testing

/// The everyday commands are parsed with themselves as the root (`DirectParse`), skipping
/// ArgumentParser's second parse for completion scripts; what the user sees must not change.
@Suite("Commands parsed directly print the same help, errors and version")
struct DirectParseTests {
    @Test("'X --help' equals 'help X'", arguments: ["log", "overdue", "agenda", "cases", "show", "search"])
    func sameHelp(command: String) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let direct = try r.run([command, "--help"], extraEnvironment: ["COLUMNS": "100"])
        let viaRoot = try r.run(["help", command], extraEnvironment: ["COLUMNS": "100"])
        #expect(direct.status == 0)
        #expect(direct.stdout == viaRoot.stdout)
        #expect(direct.stdout.contains("USAGE: recourse \(command) "))
    }

    @Test("usage errors name the command and exit 64", arguments: [["log", "--bogus"], ["cases", "extra"], ["show"], ["overdue", "--nope"]])
    func usageErrors(arguments: [String]) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("recourse: "))
    }

    @Test("--version prints the version alone")
    func version() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
