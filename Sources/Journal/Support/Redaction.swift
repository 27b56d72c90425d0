/// Masks account, card, ID and phone numbers in text that may end up in logs or scripts.
///
/// A number is a run of digit groups joined by single spaces or dashes. It is masked, keeping its
/// last four digits, when one group has 7 or more digits (ID and account numbers) or when it has 9
/// or more digits in groups of at least 3 (cards "6222 0212 3456 7890", phones "138 0000 0000").
/// Dates and times ("2026-11-27 17:00") have 2-digit groups and stay readable. Digits glued to a
/// letter, `/`, `.` or `_` belong to a word, a path or a reference ("CS20261124-88", a UUID in a
/// folder name) and stay too. Error messages quote what the user typed, and what the user typed
/// may be an account number.
public enum Redaction {
    public static func maskNumbers(_ text: String, mask: String = "****") -> String {
        var output = ""
        var groups: [String] = []
        var separators: [Character] = []
        var current = ""
        var before: Character?        // the character just before the current number
        var beforeBefore: Character?  // and the one before that
        /// Before a number, `.` joins it to a name ("v1.2345678"); after it, `.` may end a sentence.
        func isWordy(_ character: Character?, allowingDot: Bool) -> Bool {
            guard let character else { return false }
            return character.isLetter || character.isNumber || "/_".contains(character) || (allowingDot && character == ".")
        }
        func flush(next: Character?) {
            if !current.isEmpty { groups.append(current); current = "" }
            let total = groups.reduce(0) { $0 + $1.count }
            // A dash glues digits to a neighbouring word ("e2e-57383029-E295", "TS-20261122-0031").
            let gluedBefore = isWordy(before, allowingDot: true) || (before == "-" && isWordy(beforeBefore, allowingDot: true))
            let gluedAfter = isWordy(next, allowingDot: false)
                && (separators.count < groups.count || separators.last == "-")
            let standalone = !gluedBefore && !gluedAfter
            let sensitive = standalone && (groups.contains { $0.count >= 7 } || (total >= 9 && groups.count >= 2 && groups.allSatisfy { $0.count >= 3 }))
            if sensitive {
                output += mask + groups.joined().suffix(4)
            } else {
                for (index, group) in groups.enumerated() {
                    output += group
                    if index < separators.count && index < groups.count - 1 { output.append(separators[index]) }
                }
            }
            // A separator after the last group belongs to the text, not the number.
            if separators.count == groups.count, let last = separators.last { output.append(last) }
            groups = []
            separators = []
        }
        for character in text {
            if character.isASCII && character.isNumber {
                if current.isEmpty && groups.isEmpty {
                    before = output.last
                    beforeBefore = output.dropLast().last
                }
                current.append(character)
            } else if (character == " " || character == "-"), !current.isEmpty {
                groups.append(current)
                current = ""
                separators.append(character)
            } else {
                flush(next: character)
                output.append(character)
            }
        }
        flush(next: nil)
        return output
    }
}

extension Redaction {
    /// A sensitive value with all but its last four characters hidden: "6222 0212 3456 7890" →
    /// "****7890", "13800000000" → "****0000". Short values are hidden entirely.
    public static func maskValue(_ value: String, mask: String = "****") -> String {
        let visible = value.filter { !$0.isWhitespace && $0 != "-" }
        return visible.count <= 4 ? mask : mask + visible.suffix(4)
    }
}
