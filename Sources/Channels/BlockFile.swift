import Foundation

/// The shape of the registry's data files: blocks that open with `[id]`, then `field: value` lines.
///
/// Chosen over JSON so that a user adding one hotline writes one line, and so that every mistake can
/// be named with its line number. `#` starts a comment; blank lines are ignored.
struct BlockFile {
    struct Field {
        let name: String
        let value: String
        let line: Int
    }

    struct Block {
        let id: String
        let line: Int
        var fields: [Field]

        func values(_ name: String) -> [Field] { fields.filter { $0.name == name } }
    }

    let path: String
    let blocks: [Block]

    /// Largest data file read: a registry for a whole country is a few dozen KiB.
    static let sizeLimit = 512 * 1024

    /// Scanned as UTF-8 bytes (every mark the format uses is ASCII): walking `Character`s cost
    /// more than the rest of `log`'s red-flag check.
    init(text: String, path: String) throws {
        self.path = path
        var blocks: [Block] = []
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[Self.trimmed(bytes, range)], as: UTF8.self) }
        var start = 0
        var line = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            line += 1
            let range = Self.trimmed(bytes, start..<end)
            guard let first = range.first.map({ bytes[$0] }), first != UInt8(ascii: "#") else { continue }
            if first == UInt8(ascii: "[") {
                guard bytes[range.upperBound - 1] == UInt8(ascii: "]"), range.count > 2 else {
                    throw ChannelDataError(path: path, line: line, message: "a block starts with [id], e.g. [cn.boc]")
                }
                let id = string((range.lowerBound + 1)..<(range.upperBound - 1))
                guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }) else {
                    throw ChannelDataError(path: path, line: line, message: "'\(id)' must be lower-case letters, digits, dots and dashes")
                }
                guard !blocks.contains(where: { $0.id == id }) else {
                    throw ChannelDataError(path: path, line: line, message: "[\(id)] appears twice")
                }
                blocks.append(Block(id: id, line: line, fields: []))
                continue
            }
            guard let colon = bytes[range].firstIndex(of: UInt8(ascii: ":")) else {
                throw ChannelDataError(path: path, line: line, message: "expected 'field: value' or [id]")
            }
            guard !blocks.isEmpty else { throw ChannelDataError(path: path, line: line, message: "a field before the first [id]") }
            let name = string(range.lowerBound..<colon)
            let value = string((colon + 1)..<range.upperBound)
            guard !value.isEmpty else { throw ChannelDataError(path: path, line: line, message: "'\(name)' has no value") }
            blocks[blocks.count - 1].fields.append(Field(name: name, value: value, line: line))
        }
        self.blocks = blocks
    }

    /// `range` of `bytes` without ASCII white space at either end.
    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Without white space at either end; by hand, because Foundation's trimming costs more than
    /// the rest of the parse.
    static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }

    /// Reads a user file, refusing what cannot be a registry file.
    static func read(path: String) throws -> BlockFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChannelDataError(path: path, line: nil, message: "cannot be read; check its permissions")
        }
        guard data.count <= sizeLimit else {
            throw ChannelDataError(path: path, line: nil, message: "is over \(sizeLimit / 1024) KiB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ChannelDataError(path: path, line: nil, message: "is not UTF-8 text")
        }
        return try BlockFile(text: text, path: path)
    }
}

/// A registry or red-flag file that cannot be used, naming the file and the line to fix.
public struct ChannelDataError: Error, Equatable, Sendable, LocalizedError {
    public let path: String
    public let line: Int?
    public let message: String

    public var errorDescription: String? {
        line.map { "\(path):\($0): \(message)" } ?? "\(path) \(message)"
    }
}
