import Foundation
import Testing
@testable import Journal

/// Issue #22: import's UTF-8 check and line splitting live in the library, not the command line.
@Suite("InterchangeFile: an export file's lines, checked as UTF-8")
struct InterchangeFileTests {
    @Test("LF and CRLF line ends are dropped; a final line end adds no line; an empty line inside is kept")
    func lines() throws {
        #expect(try InterchangeFile.lines(in: Data("a\r\nb\n\nc\n".utf8), source: "x") == ["a", "b", "", "c"])
        #expect(try InterchangeFile.lines(in: Data("只一行".utf8), source: "x") == ["只一行"])
        #expect(try InterchangeFile.lines(in: Data(), source: "x") == [])
    }

    @Test("bytes that are not UTF-8 are refused naming the first line holding them (65), never replaced")
    func notUTF8() throws {
        let bytes = Data("ok\nalso ok\n".utf8) + Data([0x66, 0xFF, 0x0A]) + Data("later\n".utf8) + Data([0xC3])
        #expect(throws: InterchangeError.notUTF8(source: "export.jsonl", line: 3)) { try InterchangeFile.lines(in: bytes, source: "export.jsonl") }
        #expect(InterchangeError.notUTF8(source: "e", line: 3).category == .data)
    }

    @Test("a file that cannot be read is an I/O error naming it")
    func unreadable() throws {
        let path = NSTemporaryDirectory() + "recourse-missing-\(UUID().uuidString).jsonl"
        #expect(throws: InterchangeError.unreadable(path: path)) { try InterchangeFile.lines(of: path) }
        #expect(InterchangeError.unreadable(path: path).category == .io)
    }
}
