import Foundation

/// An export file's text as `import` reads it: bytes checked as UTF-8, then split into lines.
///
/// Text is kept exactly as it was written: bytes that are not UTF-8 are refused, naming the
/// first line that holds one, never replaced with U+FFFD on their way into the journal.
public enum InterchangeFile {
    /// The file's lines, without their line ends (LF or CRLF); a final line end adds no line.
    public static func lines(of path: String) throws -> [String] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InterchangeError.unreadable(path: path)
        }
        return try lines(in: data, source: path)
    }

    /// `data`'s lines; `source` names the file in the error.
    public static func lines(in data: Data, source: String) throws -> [String] {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw InterchangeError.notUTF8(source: source, line: lineOfFirstInvalidByte(in: Array(data)))
        }
        // "\r\n" is one Character in Swift: splitting on "\n" alone would leave CRLF lines joined.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func lineOfFirstInvalidByte(in bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
