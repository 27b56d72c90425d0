/// The standard's tables for versions 1–6 (ISO/IEC 18004, table 9): blocks and codewords per block.
enum Layout {
    struct Blocks {
        let count: Int
        let dataPerBlock: Int
        let correctionPerBlock: Int
    }

    static func blocks(version: Int, _ correction: QRCode.Correction) -> Blocks {
        switch correction {
        case .low:
            return [Blocks(count: 1, dataPerBlock: 19, correctionPerBlock: 7), Blocks(count: 1, dataPerBlock: 34, correctionPerBlock: 10),
                    Blocks(count: 1, dataPerBlock: 55, correctionPerBlock: 15), Blocks(count: 1, dataPerBlock: 80, correctionPerBlock: 20),
                    Blocks(count: 1, dataPerBlock: 108, correctionPerBlock: 26), Blocks(count: 2, dataPerBlock: 68, correctionPerBlock: 18)][version - 1]
        case .medium:
            return [Blocks(count: 1, dataPerBlock: 16, correctionPerBlock: 10), Blocks(count: 1, dataPerBlock: 28, correctionPerBlock: 16),
                    Blocks(count: 1, dataPerBlock: 44, correctionPerBlock: 26), Blocks(count: 2, dataPerBlock: 32, correctionPerBlock: 18),
                    Blocks(count: 2, dataPerBlock: 43, correctionPerBlock: 24), Blocks(count: 4, dataPerBlock: 27, correctionPerBlock: 16)][version - 1]
        }
    }

    /// Bytes a version holds in byte mode: data codewords less the 4-bit mode and 8-bit count.
    static func capacity(version: Int, _ correction: QRCode.Correction) -> Int {
        let layout = blocks(version: version, correction)
        return layout.count * layout.dataPerBlock - 2
    }

    /// The centre of the alignment pattern (versions 2–6 have one, at (c, c)).
    static func alignment(version: Int) -> Int? {
        version == 1 ? nil : [18, 22, 26, 30, 34][version - 2]
    }

    /// The two bits for the format information: L is 01, M is 00.
    static func formatBits(_ correction: QRCode.Correction) -> UInt32 {
        correction == .low ? 1 : 0
    }
}
