import Foundation
import Lexicon

/// Refuses command-line arguments and environment paths that are not valid UTF-8.
///
/// Swift repairs invalid UTF-8 in `CommandLine.arguments` (each bad byte becomes U+FFFD), so
/// `log $'Ba\xffnk'` and `log $'Ba\xfenk'` would land on the same organization and
/// `--db $'dir\xff/j.sqlite'` would name another folder. The raw bytes are checked here, before
/// ArgumentParser sees anything; nothing is ever replaced.
enum ExactInput {
    /// The environment variables that name paths Recourse reads or writes.
    static let pathVariables = ["RECOURSE_DB", "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"]

    static func check() throws {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = bytes(of: raw)
            guard !isValid(bytes) else { continue }
            throw CLIError(status: .badData, message: Message.invalidUTF8Argument.text(
                index, option(before: index, bytes).map { Message.argumentOption.text($0) } ?? "", shown(bytes)))
        }
        for name in pathVariables {
            guard let raw = getenv(name) else { continue }
            let bytes = bytes(of: raw)
            if !isValid(bytes) {
                throw CLIError(status: .badData, message: Message.invalidUTF8Environment.text(name, shown(bytes)))
            }
        }
    }

    private static func bytes(of raw: UnsafePointer<CChar>) -> [UInt8] {
        Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
    }

    static func isValid(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    /// Where argument `index` stands: "the value of --db" for `--db=VALUE`, "after --db" when it
    /// follows an option (flags and options cannot be told apart before parsing).
    private static func option(before index: Int, _ bytes: [UInt8]) -> String? {
        if bytes.starts(with: Array("--".utf8)), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
            return "the value of " + String(decoding: bytes[..<equals], as: UTF8.self)
        }
        guard index > 1, let previous = CommandLine.unsafeArgv[index - 1] else { return nil }
        let name = self.bytes(of: previous)
        guard name.first == UInt8(ascii: "-"), isValid(name) else { return nil }
        return "after " + String(decoding: name, as: UTF8.self)
    }

    /// The bytes as text, each invalid byte and control character written `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var text = ""
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar.properties.generalCategory == .control {
                    text += encoded.map { String(format: "\\x%02X", $0) }.joined()
                } else {
                    text.unicodeScalars.append(scalar)
                }
                offset += encoded.count
            case let .error(length):
                text += bytes[offset..<offset + length].map { String(format: "\\x%02X", $0) }.joined()
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return text
    }
}
