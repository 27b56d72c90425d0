import Foundation
import Testing
@testable import QRCode

/// The QR encoder checked by a real decoder (ZBar's `zbarimg`, which Scripts/test installs) on
/// every version and both correction levels it makes, and against the standard's own numbers.
@Suite("QR code: byte mode, versions 1-6, decoded by zbarimg")
struct QRCodeTests {
    static let zbar = "/usr/bin/zbarimg"

    /// Decodes the code's picture with zbarimg; nil when it finds no code.
    static func decode(_ code: QRCode) throws -> String? {
        let path = NSTemporaryDirectory() + "qr-\(UUID().uuidString).pbm"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try code.pbm().write(toFile: path, atomically: true, encoding: .ascii)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbar)
        process.arguments = ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test("texts filling each version at L and M decode back exactly", .enabled(if: FileManager.default.isExecutableFile(atPath: zbar), "needs zbar-tools: run Scripts/test"))
    func decodesEveryVersion() throws {
        for correction in [QRCode.Correction.low, .medium] {
            for version in 1...6 {
                let capacity = Layout.capacity(version: version, correction)
                // A URL-like text of exactly the version's capacity, so the next version is not used.
                let base = "http://192.168.1.23:8080/pair?code=ABCDEFGH&x="
                let text = String((base + String(repeating: "z9", count: 100)).prefix(capacity))
                let code = try QRCode.encode(text, correction: correction)
                #expect(code.version == version && code.size == 17 + 4 * version)
                #expect(try Self.decode(code) == text, "version \(version) \(correction)")
            }
        }
    }

    @Test("the pairing address of `serve --lan` fits version 3-L and decodes", .enabled(if: FileManager.default.isExecutableFile(atPath: zbar), "needs zbar-tools: run Scripts/test"))
    func pairingAddress() throws {
        let url = "http://192.168.178.100:8080/pair?code=K7WQ2M9X"
        let code = try QRCode.encode(url)
        #expect(code.version == 3)
        #expect(try Self.decode(code) == url)
    }

    @Test("the standard's numbers: format bits, Reed-Solomon, too long refused")
    func standardNumbers() throws {
        // ISO/IEC 18004 annex C: level M (00), mask 101 → 100000011001110.
        #expect(ModuleGrid.formatBits(.medium, mask: 5) == 0b100000011001110)
        // Level L, mask 0 → 111011111000100 (the format string every L/mask-0 code carries).
        #expect(ModuleGrid.formatBits(.low, mask: 0) == 0b111011111000100)
        // The worked example of the standard ("01234567", version 1-M): its 10 correction codewords.
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomon.remainder(data, degree: 10) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
        #expect(throws: QRCode.EncodeError.tooLong(bytes: 135, limit: 134)) { try QRCode.encode([UInt8](repeating: 65, count: 135)) }
    }

    @Test("the terminal drawing is the code: read back from its half blocks, module for module")
    func terminalDrawing() throws {
        let code = try QRCode.encode("http://127.0.0.1:8080/pair?code=ABCDEFGH")
        let lines = code.terminalText().split(separator: "\n").map {
            Array($0.replacingOccurrences(of: "\u{1B}[30;47m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: ""))
        }
        let span = code.size + 8
        #expect(lines.count == (span + 1) / 2 && lines.allSatisfy { $0.count == span })
        var read = Array(repeating: Array(repeating: false, count: span), count: span + 1)
        for (row, line) in lines.enumerated() {
            for (x, character) in line.enumerated() {
                read[2 * row][x] = character == "█" || character == "▀"
                read[2 * row + 1][x] = character == "█" || character == "▄"
            }
        }
        #expect(read[4..<(4 + code.size)].map { Array($0[4..<(4 + code.size)]) } == code.modules)
        #expect(read.enumerated().allSatisfy { y, row in row.enumerated().allSatisfy { x, dark in
            !dark || (4..<(4 + code.size)).contains(x) && (4..<(4 + code.size)).contains(y) } }, "the quiet zone is light")
    }
}
