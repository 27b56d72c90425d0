/// A QR code (ISO/IEC 18004) for a short text such as `serve --lan`'s pairing address: byte mode,
/// versions 1–6, error correction L or M, the mask chosen by the standard's penalty score.
/// Small on purpose: the pairing URL is under 60 bytes, so larger versions are never needed.
public struct QRCode: Sendable, Equatable {
    public enum Correction: Sendable {
        /// About 7 % of the code may be damaged: the smallest code for a URL on a screen.
        case low
        /// About 15 %.
        case medium
    }

    public enum EncodeError: Error, Equatable {
        /// More bytes than version 6 holds at this correction level.
        case tooLong(bytes: Int, limit: Int)
    }

    public let version: Int
    /// `modules[y][x]`: true is dark. A square of `17 + 4 × version` modules, quiet zone not included.
    public let modules: [[Bool]]
    public var size: Int { modules.count }

    /// Encodes `bytes` in the smallest version (1–6) that holds them.
    public static func encode(_ bytes: [UInt8], correction: Correction = .low) throws -> QRCode {
        guard let version = (1...6).first(where: { bytes.count <= Layout.capacity(version: $0, correction) }) else {
            throw EncodeError.tooLong(bytes: bytes.count, limit: Layout.capacity(version: 6, correction))
        }
        let codewords = Codewords.make(bytes, version: version, correction: correction)
        var grid = ModuleGrid(version: version)
        grid.placeFunctionPatterns()
        grid.placeData(codewords)
        let best = (0..<8).map { grid.masked($0, correction) }.min { $0.penalty < $1.penalty }!
        return QRCode(version: version, modules: best.dark)
    }

    public static func encode(_ text: String, correction: Correction = .low) throws -> QRCode {
        try encode(Array(text.utf8), correction: correction)
    }
}
