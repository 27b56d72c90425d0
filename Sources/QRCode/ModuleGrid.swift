/// The square of modules: function patterns (finders, timing, alignment, format information),
/// the data in the standard's zigzag, and the eight masks with their penalty scores.
struct ModuleGrid {
    let version: Int
    let size: Int
    private(set) var dark: [[Bool]]
    private(set) var isFunction: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        isFunction = dark
    }

    private mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
        dark[y][x] = value
        isFunction[y][x] = true
    }

    mutating func placeFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, distance != 2 && distance != 4)
                }
            }
        }
        if let centre = Layout.alignment(version: version) {
            for dy in -2...2 { for dx in -2...2 { set(centre + dx, centre + dy, max(abs(dx), abs(dy)) != 1) } }
        }
        placeFormat(0) // reserves the format areas; the real bits come with the mask
    }

    /// The 15 format bits (correction level and mask, BCH-protected, XOR 0x5412) in both copies,
    /// and the dark module beside the lower-left finder.
    mutating func placeFormat(_ bits: UInt32) {
        func bit(_ index: Int) -> Bool { (bits >> UInt32(index)) & 1 == 1 }
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)
    }

    static func formatBits(_ correction: QRCode.Correction, mask: Int) -> UInt32 {
        let data = Layout.formatBits(correction) << 3 | UInt32(mask)
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | (remainder & 0x3FF)) ^ 0x5412
    }

    /// Codeword bits, most significant first, up and down two-module columns from the right,
    /// skipping the vertical timing column; left-over modules stay light (the remainder bits).
    mutating func placeData(_ codewords: [UInt8]) {
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for offset in 0..<2 {
                    let x = right - offset
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    if !isFunction[y][x], index < codewords.count * 8 {
                        dark[y][x] = (codewords[index >> 3] >> UInt8(7 - (index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    static func maskFlips(_ mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// The grid with `mask` applied to the data and its format bits written.
    func masked(_ mask: Int, _ correction: QRCode.Correction) -> (dark: [[Bool]], penalty: Int) {
        var grid = self
        for y in 0..<size {
            for x in 0..<size where !isFunction[y][x] && Self.maskFlips(mask, x: x, y: y) { grid.dark[y][x].toggle() }
        }
        grid.placeFormat(Self.formatBits(correction, mask: mask))
        return (grid.dark, Penalty.score(grid.dark))
    }
}

/// The standard's four penalty rules, used only to pick the mask that scans most easily.
enum Penalty {
    static func score(_ dark: [[Bool]]) -> Int {
        let size = dark.count
        let columns = (0..<size).map { x in (0..<size).map { dark[$0][x] } }
        var total = 0
        for line in dark + columns {
            // Rule 1: runs of five or more of one colour.
            var run = 1
            for index in 1..<size {
                if line[index] == line[index - 1] { run += 1 } else { run = 1 }
                if run == 5 { total += 3 } else if run > 5 { total += 1 }
            }
            // Rule 3: a finder-like 1:1:3:1:1 with four light modules on one side.
            let finder = [true, false, true, true, true, false, true]
            for start in 0...(size - 7) where Array(line[start..<(start + 7)]) == finder {
                let before = start >= 4 && line[(start - 4)..<start].allSatisfy { !$0 }
                let after = start + 11 <= size && line[(start + 7)..<(start + 11)].allSatisfy { !$0 }
                if before || after { total += 40 }
            }
        }
        // Rule 2: 2×2 blocks of one colour.
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) where dark[y][x] == dark[y][x + 1] && dark[y][x] == dark[y + 1][x] && dark[y][x] == dark[y + 1][x + 1] {
                total += 3
            }
        }
        // Rule 4: the share of dark modules away from half.
        let count = dark.reduce(0) { $0 + $1.filter { $0 }.count }, all = size * size
        total += ((abs(count * 20 - all * 10) + all - 1) / all - 1) * 10
        return total
    }
}
