/// Puts a when-expression into the one shape the grammar reads.
///
/// Full-width characters become ASCII (NFKC), letters are lower-cased, Chinese numerals become
/// digits ("三个工作日" → "3个工作日", "二十四小时" → "24小时"), and white space is collapsed
/// and removed next to Chinese characters ("明天 下午 5点" → "明天下午5点").
enum WhenNormalizer {
    static func normalize(_ input: String) -> String {
        let folded = input.precomposedStringWithCompatibilityMapping.lowercased()
        return removingSpacesNearCJK(collapsingSpaces(convertingChineseNumerals(folded)))
    }

    private static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func convertingChineseNumerals(_ text: String) -> String {
        var output = ""
        var run: [Character] = []
        func flush() {
            if !run.isEmpty { output += String(value(of: run)) }
            run.removeAll()
        }
        for character in text {
            if digitValues[character] != nil || character == "十" || character == "百" {
                run.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return output
    }

    /// 十 = 10, 十五 = 15, 二十 = 20, 二十四 = 24, 一百零八 = 108, and digit strings like 二〇二六.
    private static func value(of run: [Character]) -> Int {
        if !run.contains("十") && !run.contains("百") && run.count > 1 {
            return run.reduce(0) { $0 * 10 + (digitValues[$1] ?? 0) }
        }
        var total = 0
        var current = 0
        for character in run {
            switch character {
            case "百": total += max(current, 1) * 100; current = 0
            case "十": total += max(current, 1) * 10; current = 0
            default: current = digitValues[character] ?? 0
            }
        }
        return total + current
    }

    private static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func removingSpacesNearCJK(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        for (index, character) in characters.enumerated() {
            if character == " ",
               index > 0, index + 1 < characters.count,
               isCJK(characters[index - 1]) || isCJK(characters[index + 1]) {
                continue
            }
            output.append(character)
        }
        return output
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x3000...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }
}
