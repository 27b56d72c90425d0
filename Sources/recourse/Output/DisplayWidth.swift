import Foundation

/// How many terminal columns text occupies: East Asian wide and full-width characters (Chinese,
/// Japanese, Korean, full-width forms, most emoji) take two; combining marks, variation selectors
/// and what follows a zero-width joiner take none.
///
/// Works on Unicode scalars with a pure-ASCII fast path: grapheme segmentation per cell made
/// tables of a thousand rows noticeably slow.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var width = 0
        var afterJoiner = false
        var inEscape = false
        for scalar in text.unicodeScalars {
            // ANSI styles (ESC [ … m) take no room.
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape { if scalar == "m" { inEscape = false }; continue }
            let w = afterJoiner ? 0 : of(scalar)
            afterJoiner = scalar.value == 0x200D
            width += w
        }
        return width
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0..<0x20, 0x7F..<0xA0, 0x0300...0x036F, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` cut to at most `width` columns, ending in "…" when cut; never splits a character,
    /// and never cuts inside a number: "转账失败120…" would read as ¥120, so the whole number goes
    /// ("转账失败…").
    static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var kept: [Character] = []
        var used = 0
        var next: Character?
        for character in text {
            let w = of(String(character))
            if used + w > width - 1 { next = character; break }
            kept.append(character)
            used += w
        }
        if let next, next.isNumber || ".,".contains(next) {
            // Back over the number the cut falls in, with its separators ("1,246.5").
            while let last = kept.last, last.isNumber || (".,:-/".contains(last) && kept.dropLast().last?.isNumber == true) {
                kept.removeLast()
            }
        }
        return String(kept).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// `text` padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return rightAligned ? padding + text : text + padding
    }
}
