/// Breaks long lines to the terminal's width.
///
/// Latin text breaks at spaces; Chinese text, which has none, may break between any two wide
/// characters. A word longer than the line (a URL) is cut by character rather than overflow.
enum TextWrap {
    /// `text` as lines of at most `width` columns; lines after the first start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        guard width > DisplayWidth.of(indent) + 8, DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var word = ""
        var wordWidth = 0

        func flushLine() {
            lines.append(String(line.reversed().drop(while: { $0 == " " }).reversed()))
            line = indent
            lineWidth = DisplayWidth.of(indent)
        }
        func place(_ piece: String, _ pieceWidth: Int) {
            if lineWidth + pieceWidth > width, lineWidth > DisplayWidth.of(lines.isEmpty ? "" : indent) {
                flushLine()
                if piece == " " { return }
            }
            if pieceWidth > width - lineWidth {
                // Longer than a whole line: cut it by character.
                for character in piece {
                    let w = DisplayWidth.of(String(character))
                    if lineWidth + w > width { flushLine() }
                    line.append(character)
                    lineWidth += w
                }
                return
            }
            line += piece
            lineWidth += pieceWidth
        }
        func flushWord() {
            if !word.isEmpty { place(word, wordWidth) }
            word = ""
            wordWidth = 0
        }

        for character in text {
            let w = DisplayWidth.of(String(character))
            if character == " " {
                flushWord()
                place(" ", 1)
            } else if w == 2 {
                // Each wide character is a place where the line may break.
                flushWord()
                place(String(character), 2)
            } else {
                word.append(character)
                wordWidth += w
            }
        }
        flushWord()
        if !line.isEmpty, line != indent { lines.append(line) }
        return lines
    }
}
