import Foundation
import Testing
@testable import recourse

@Suite("Terminal output")
struct OutputTests {
    @Test("wide characters count two columns, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("数字人民币钱包") == 14)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("Bank 银行") == 9)
        #expect(DisplayWidth.truncate("转账失败，资金未到账", to: 9) == "转账失败…")
    }

    @Test("table columns line up when cells mix Chinese and English")
    func alignment() {
        var table = TextTable([.init(title: "NAME"), .init(title: "N", rightAligned: true), .init(title: "NOTE")])
        table.add(["数字人民币钱包", "12", "x"])
        table.add(["Bank", "3", "y"])
        let lines = table.render().split(separator: "\n").map(String.init)
        // Where the last column starts: the line's width less its last cell's.
        let noteColumns = zip(lines, ["NOTE", "x", "y"]).map { DisplayWidth.of($0) - DisplayWidth.of($1) }
        #expect(Set(noteColumns).count == 1, "\(lines)")
    }

    @Test("colour only on a terminal, and never with NO_COLOR")
    func colour() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--promise", "p", "--due", "2026-11-20", "--no-input", "--at", "2026-11-19 10:00"])
        let command = "\"\(RecourseProcess.binary)\" overdue --as-of 2026-11-25"
        let onTerminal = try r.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script", extraEnvironment: ["TERM": "xterm"])
        #expect(onTerminal.stdout.contains("\u{1B}["))
        let noColor = try r.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script", extraEnvironment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(!(try r.run(["overdue", "--as-of", "2026-11-25"])).stdout.contains("\u{1B}["), "a pipe is not a terminal")
    }
}

@Suite("Stored text cannot drive the terminal")
struct StoredTextDisplayTests {
    @Test("a carriage return in a summary is shown as \\x0D by show and search; CRLF is a line break")
    func carriageReturn() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--summary", "refund late\rFAKE LINE", "--advice", "call back\r\nnext week", "--no-input", "--at", "2026-11-19 10:00"])
        let show = try r.run(["show", "1"])
        #expect(show.status == 0)
        #expect(!show.stdout.contains("\r"), "no raw carriage return reaches the terminal")
        #expect(show.stdout.contains("refund late\\x0DFAKE LINE"))
        #expect(show.stdout.contains("call back\n"), "CRLF is an ordinary line break")
        let search = try r.run(["search", "refund"])
        #expect(!search.stdout.contains("\r"))
        #expect(search.stdout.contains("\\x0D"))
    }
}
