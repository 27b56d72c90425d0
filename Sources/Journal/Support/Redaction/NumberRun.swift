/// A run of digit groups as written in free text: "+86 138 1234 5678", "(010) 6512-3456",
/// "6222.0202.0011.2233", "11010119900307123X".
///
/// Groups are joined by one space, dash or dot, or sit in parentheses; a separator that is not
/// followed by a digit belongs to the sentence ("card 6222021234567890." ends with a full stop).
/// Digits glued to a Latin word, a path or an e-mail ("CS20261124", "/data/2026112", "e2e-5738")
/// are part of that word. Chinese characters are not Latin letters, so "卡号6222…" is a run.
struct NumberRun {
    struct Group {
        var digits: [UInt8]
        /// Offsets of the group's first and one-past-last characters in the scanned text.
        var start: Int
        var end: Int
        /// The character before the group inside the run: " ", "-", "." or "(" (nil for the first).
        var separator: Character?
        var parenthesized: Bool
    }

    var start: Int
    var end: Int
    var plus: Bool
    var groups: [Group]
    /// A resident ID's final check character "X".
    var finalX: Bool
    /// Glued to a word, a path or an address: never a number on its own.
    var glued: Bool

    /// All runs in `characters`, in order.
    static func scan(_ characters: [Character]) -> [NumberRun] {
        var runs: [NumberRun] = []
        var index = 0
        while index < characters.count {
            if mayStart(characters[index]), let run = parse(characters, at: index) {
                runs.append(run)
                index = run.end
            } else {
                index += 1
            }
        }
        return runs
    }

    /// Whether a run could start at `character`: a digit, a plus sign or an opening parenthesis
    /// (by its first scalar; `parse` decides). Most characters of a text cannot, and testing them
    /// here is far cheaper than parsing at each.
    static func mayStart(_ character: Character) -> Bool {
        switch character.unicodeScalars.first!.value {
        case 0x30...0x39, 0xFF10...0xFF19, 0x2B, 0xFF0B, 0x28, 0xFF08: true
        default: false
        }
    }

    /// Whether `text` has a digit anywhere: without one it holds no run.
    static func hasDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }
    }

    /// "０" to "９" count as digits too: phones are often typed with a full-width keyboard.
    static func digit(_ character: Character) -> UInt8? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return UInt8(scalar.value - 0x30)
        case 0xFF10...0xFF19: return UInt8(scalar.value - 0xFF10)
        default: return nil
        }
    }

    private static func parse(_ c: [Character], at start: Int) -> NumberRun? {
        func at(_ i: Int) -> Character? { i >= 0 && i < c.count ? c[i] : nil }
        func isDigit(_ i: Int) -> Bool { at(i).flatMap(digit) != nil }
        func digits(from i: Int) -> Int { var j = i; while isDigit(j) { j += 1 }; return j }
        /// "(010)" or "(0)" starting at `i`: returns the index after ")".
        func parenthesized(_ i: Int) -> Int? {
            guard at(i) == "(" || at(i) == "（" else { return nil }
            let end = digits(from: i + 1)
            guard end > i + 1, end - i - 1 <= 5, at(end) == ")" || at(end) == "）" else { return nil }
            return end + 1
        }
        let plus = at(start) == "+" || at(start) == "＋"
        var i = plus ? start + 1 : start
        guard isDigit(i) || parenthesized(i) != nil else { return nil }
        if !plus, !isDigit(start), parenthesized(start) == nil { return nil }
        var groups: [Group] = []
        var separator: Character?
        while true {
            if let after = parenthesized(i) {
                groups.append(Group(digits: (i + 1..<after - 1).compactMap { digit(c[$0]) }, start: i, end: after, separator: separator, parenthesized: true))
                i = after
                if isDigit(i) { separator = nil; continue }   // "(0)20 7946 0958"
            } else if isDigit(i) {
                let end = digits(from: i)
                groups.append(Group(digits: (i..<end).compactMap { digit(c[$0]) }, start: i, end: end, separator: separator, parenthesized: false))
                i = end
            } else {
                break
            }
            guard let next = at(i), " -.".contains(next) || next == "\u{00A0}", isDigit(i + 1) || parenthesized(i + 1) != nil else { break }
            separator = next == "\u{00A0}" ? " " : next
            i += 1
        }
        let total = groups.reduce(0) { $0 + $1.digits.count }
        var finalX = false
        if total == 17, let last = at(i), last == "X" || last == "x", !isWordy(at(i + 1)) {
            finalX = true
            i += 1
        }
        // A number inside a word, a path or an address is not a number of its own.
        let before = at(start - 1), after = at(i)
        let glued = isWordy(before) || "/\\@_".contains(before ?? " ")
            || ((before == "-" || before == "." || before == "/") && isWordy(at(start - 2)))
            || isWordy(after) || "/\\@_".contains(after ?? " ")
            || ((after == "-" || after == ".") && isWordy(at(i + 1)))
        return NumberRun(start: start, end: i, plus: plus, groups: groups, finalX: finalX, glued: glued)
    }

    /// Latin letters and digits make words; Chinese characters do not glue to numbers.
    private static func isWordy(_ character: Character?) -> Bool {
        guard let character else { return false }
        return (character.isASCII && (character.isLetter || character.isNumber)) || digit(character) != nil
    }
}
