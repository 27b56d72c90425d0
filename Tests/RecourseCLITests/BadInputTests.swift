import Foundation
import Testing

/// One bad command: what it must exit with, a phrase its single error line must contain.
struct BadInput: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    let status: Int32
    let phrase: String
    var testDescription: String { name }
}

@Suite("Bad input: one clear line, a documented code, an unchanged journal")
struct BadInputTests {
    static let cases: [BadInput] = [
        BadInput(name: "unknown channel", arguments: ["log", "Bank", "--via", "fax"], status: 64, phrase: "unknown channel 'fax'; use one of phone"),
        BadInput(name: "unknown direction", arguments: ["log", "Bank", "--direction", "sideways"], status: 64, phrase: "unknown direction 'sideways'"),
        BadInput(name: "unreadable date", arguments: ["log", "Bank", "--at", "next blursday"], status: 65, phrase: "cannot read the time 'next blursday'; try e.g."),
        BadInput(name: "invalid date", arguments: ["log", "Bank", "--promise", "refund", "--due", "2026-02-30"], status: 65, phrase: "'2026-02-30' is not a real date"),
        BadInput(name: "future contact", arguments: ["log", "Bank", "--at", "2026-12-25"], status: 65, phrase: "is in the future"),
        BadInput(name: "due without promise", arguments: ["log", "Bank", "--due", "tomorrow"], status: 64, phrase: "--due 'tomorrow' has no --promise"),
        BadInput(name: "promise without due", arguments: ["log", "Bank", "--promise", "refund"], status: 64, phrase: "promise 'refund' has no due time"),
        BadInput(name: "case and new case", arguments: ["log", "Bank", "--case", "1", "--new-case", "x"], status: 64, phrase: "--case and --new-case cannot be used together"),
        BadInput(name: "unknown case on log", arguments: ["log", "--case", "99"], status: 66, phrase: "no case #99"),
        BadInput(name: "unknown case on show", arguments: ["show", "42"], status: 66, phrase: "no case #42"),
        BadInput(name: "unknown promise", arguments: ["promise", "kept", "42"], status: 66, phrase: "no promise #42"),
        BadInput(name: "unknown contact", arguments: ["correct", "42", "--agent", "x"], status: 66, phrase: "no contact #42"),
        BadInput(name: "promise already kept", arguments: ["promise", "kept", "1"], status: 65, phrase: "promise #1 is already kept"),
        BadInput(name: "nothing to correct", arguments: ["correct", "1"], status: 65, phrase: "nothing to correct"),
        BadInput(name: "empty organization", arguments: ["log", ""], status: 65, phrase: "organization name is empty"),
        BadInput(name: "blank organization", arguments: ["log", "   "], status: 65, phrase: "organization name is empty"),
        BadInput(name: "no organization", arguments: ["log"], status: 64, phrase: "name the organization"),
        BadInput(name: "missing attachment", arguments: ["log", "Bank", "--attach", "/nonexistent/evidence.png"], status: 66, phrase: "attachment '/nonexistent/evidence.png' does not exist"),
        BadInput(name: "directory attachment", arguments: ["log", "Bank", "--attach", "/tmp"], status: 74, phrase: "attachment '/tmp' is not a regular file"),
        BadInput(name: "control character", arguments: ["log", "Bank", "--summary", "bell\u{07}"], status: 65, phrase: "summary contains control character U+0007"),
        BadInput(name: "escape in agent", arguments: ["log", "Bank", "--agent", "\u{1B}[31mred"], status: 65, phrase: "agent contains control character U+001B"),
        BadInput(name: "line break in reference", arguments: ["log", "Bank", "--ref", "A\nB"], status: 65, phrase: "reference number contains a line break"),
        BadInput(name: "100 KB summary", arguments: ["log", "Bank", "--summary", String(repeating: "退", count: 40_000)], status: 65, phrase: "summary is 120000 bytes, over the limit of 65536"),
        BadInput(name: "bad duration", arguments: ["log", "Bank", "--duration", "5 parsecs"], status: 64, phrase: "cannot read the duration '5 parsecs'"),
        BadInput(name: "bad official channel", arguments: ["org", "add", "Bank", "--official", "95566"], status: 65, phrase: "official channel '95566' is not KIND:ADDRESS"),
        BadInput(name: "bad organization kind", arguments: ["org", "add", "Bank", "--kind", "casino"], status: 64, phrase: "unknown organization kind 'casino'"),
        BadInput(name: "unknown subcommand", arguments: ["frobnicate"], status: 64, phrase: "unknown command 'frobnicate'"),
        BadInput(name: "mistyped subcommand, valid options after it", arguments: ["agnda", "--db", "x"], status: 64,
                 phrase: "unknown command 'agnda'; did you mean 'agenda'?"),
        BadInput(name: "mistyped nested subcommand", arguments: ["promise", "extnd", "1"], status: 64,
                 phrase: "unknown command 'extnd'; did you mean 'extend'?"),
        BadInput(name: "non-numeric case", arguments: ["show", "one"], status: 64, phrase: "'one'"),
        BadInput(name: "bad --as-of", arguments: ["cases", "--as-of", "whenever"], status: 65, phrase: "cannot read the time 'whenever'"),
        BadInput(name: "extend without due", arguments: ["promise", "extend", "1"], status: 64, phrase: "give the new due time with --due WHEN"),
    ]

    /// A journal with one case, one contact and one kept promise, to be left exactly as it is.
    private func seeded() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["log", "Bank", "--agent", "Ann", "--promise", "refund", "--due", "tomorrow", "--no-input"])
        try r.run(["promise", "kept", "1"])
        return r
    }

    @Test("each is refused with its code and one line", arguments: cases)
    func refused(_ input: BadInput) throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let before = try r.fingerprint()
        let result = try r.run(input.arguments + ["--no-input"].filter { _ in input.arguments.first == "log" })
        #expect(result.status == input.status)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("recourse: "))
        #expect(result.stderr.contains(input.phrase), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try r.fingerprint() == before)
    }

    @Test("--json errors are one JSON line on stderr")
    func jsonError() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let result = try r.run(["show", "9", "--json"])
        #expect(result.status == 66)
        let line = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: [String: Any]])
        #expect(line["error"]?["exit_code"] as? Int == 66)
        #expect((line["error"]?["message"] as? String)?.contains("no case #9") == true)
    }

    @Test("bad journal paths: a directory, a text file, another database, a newer schema, a read-only journal")
    func badJournals() throws {
        let r = try seeded()
        defer { r.cleanUp() }
        let directory = try r.run(["cases", "--db", r.folder])
        #expect(directory.status == 74)
        #expect(directory.stderr.contains("is a directory"))

        let text = r.write("notes.txt", String(repeating: "not a database ", count: 100))
        let notSQLite = try r.run(["log", "Bank", "--no-input", "--db", text])
        #expect(notSQLite.status == 65)
        #expect(notSQLite.stderr.contains("is not a SQLite database"))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == String(repeating: "not a database ", count: 100))

        let readOnly = r.folder + "/archive.sqlite"
        try FileManager.default.copyItem(atPath: r.journal, toPath: readOnly)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly)
        let before = try r.fingerprint(of: readOnly)
        let write = try r.run(["log", "Bank", "--no-input", "--db", readOnly])
        #expect(write.status == 74)
        #expect(write.stderr.contains("is read-only"))
        #expect(try r.run(["cases", "--db", readOnly]).status == 0, "reading a read-only journal still works")
        #expect(try r.fingerprint(of: readOnly) == before)
    }
}
