/// The codeword sequence: byte-mode bit stream, padding, Reed–Solomon error correction per block,
/// and the standard's interleaving of the blocks.
enum Codewords {
    static func make(_ bytes: [UInt8], version: Int, correction: QRCode.Correction) -> [UInt8] {
        let layout = Layout.blocks(version: version, correction)
        let dataCount = layout.count * layout.dataPerBlock
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)                 // byte mode
        bits.append(UInt32(bytes.count), count: 8)    // character count (8 bits below version 10)
        for byte in bytes { bits.append(UInt32(byte), count: 8) }
        bits.append(0, count: min(4, dataCount * 8 - bits.count)) // terminator
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < dataCount {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        let blocks = (0..<layout.count).map { Array(data[($0 * layout.dataPerBlock)..<(($0 + 1) * layout.dataPerBlock)]) }
        let corrections = blocks.map { ReedSolomon.remainder($0, degree: layout.correctionPerBlock) }
        var result: [UInt8] = []
        for index in 0..<layout.dataPerBlock { for block in blocks { result.append(block[index]) } }
        for index in 0..<layout.correctionPerBlock { for block in corrections { result.append(block[index]) } }
        return result
    }
}

struct BitBuffer {
    private(set) var bits: [Bool] = []
    var count: Int { bits.count }

    mutating func append(_ value: UInt32, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> UInt32(shift)) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            (0..<8).reduce(UInt8(0)) { $0 << 1 | (start + $1 < bits.count && bits[start + $1] ? 1 : 0) }
        }
    }
}

/// Reed–Solomon over GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1 (0x11D).
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product: UInt16 = 0
        for bit in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= UInt16((y >> UInt8(bit)) & 1) * UInt16(x)
        }
        return UInt8(product & 0xFF)
    }

    /// The generator polynomial's coefficients (highest first, leading 1 omitted): ∏ (x − αⁱ), i < degree.
    static func generator(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], degree: Int) -> [UInt8] {
        let divisor = generator(degree: degree)
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in 0..<degree { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }
}
