/// How a hotline or a channel's phone number is shown: grouped as people of its country write it,
/// so "08000234567" reads "0800 023 4567" and "4008208866" reads "400-820-8866".
///
/// Only for showing. What is stored, compared and searched stays the digits as typed or as the
/// data file writes them; a reference number is never passed here (it is not a phone number,
/// and spaces inside it would make it harder to read back to an agent).
public enum PhoneDisplay {
    /// `text` grouped by the conventions of `region` (`CN`, `GB` or `UK`, `US`); a number with a
    /// `+` and a country code is grouped by that country whatever the region.
    ///
    /// Returned as given when it is not only digits and the usual separators, when its region's
    /// grouping is not known (a German number, or a region not given), or when its length fits
    /// no rule: a number shown as typed is never wrong, one grouped by a guess can mislead.
    public static func format(_ text: String, region: String?) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let (plus, digits) = digits(of: trimmed) else { return trimmed }
        if plus {
            for (code, country) in [("44", "GB"), ("86", "CN"), ("1", "US")] where digits.hasPrefix(code) {
                var national = String(digits.dropFirst(code.count))
                if national.hasPrefix("0") { national.removeFirst() }  // +44 (0)20 …
                guard let grouped = international(national, country: country) else { return trimmed }
                return "+\(code) \(grouped)"
            }
            return trimmed
        }
        switch region?.uppercased() {
        case "CN": return chinese(digits) ?? trimmed
        case "GB", "UK": return british(digits) ?? trimmed
        case "US": return american(digits) ?? trimmed
        default: return trimmed
        }
    }

    /// The digits, and whether a `+` leads them; nil when anything but digits and separators is there.
    private static func digits(of text: String) -> (Bool, String)? {
        var digits = ""
        var plus = false
        for (index, character) in text.enumerated() {
            if character == "+", index == 0 { plus = true; continue }
            if " -.()/\u{00A0}".contains(character) { continue }
            guard character.isASCII, character.isNumber else { return nil }
            digits.append(character)
        }
        return digits.isEmpty ? nil : (plus, digits)
    }

    private static func grouped(_ digits: String, _ sizes: [Int], _ separators: [String]) -> String {
        var rest = Substring(digits)
        var result = ""
        for (index, size) in sizes.enumerated() {
            if index > 0 { result += separators[min(index - 1, separators.count - 1)] }
            result += rest.prefix(size)
            rest = rest.dropFirst(size)
        }
        return result
    }

    // MARK: - Countries

    /// 95566, 12363 and 956196 as dialled; 400-820-0588; 138 0013 8000; 010-6655 1234, 0755-8888 6666.
    private static func chinese(_ digits: String) -> String? {
        switch digits.count {
        case ...6: return digits
        case 10 where digits.hasPrefix("400") || digits.hasPrefix("800"): return grouped(digits, [3, 3, 4], ["-"])
        case 11 where digits.hasPrefix("1"): return grouped(digits, [3, 4, 4], [" "])
        case 10...12 where digits.hasPrefix("0"):
            let area = digits.hasPrefix("010") || digits.hasPrefix("02") ? 3 : 4
            let local = digits.count - area
            guard local == 7 || local == 8 else { return nil }
            return grouped(digits, [area, local - 4, 4], ["-", " "])
        case 7...8: return grouped(digits, [digits.count - 4, 4], [" "])
        default: return nil
        }
    }

    /// 0800 023 4567, 0300 123 2040, 020 7946 0000, 0121 496 0000, 01632 960000, 07700 900123; 159 as dialled.
    private static func british(_ digits: String) -> String? {
        guard digits.hasPrefix("0") else { return digits.count <= 5 ? digits : nil }
        switch digits.count {
        case 11:
            if digits.hasPrefix("02") { return grouped(digits, [3, 4, 4], [" "]) }
            // 0113, 0121…: the cities whose area code has a 1 after the 01 take four digits.
            let area = Array(digits.prefix(4))
            if digits.hasPrefix("01"), area[2] == "1" || area[3] == "1" { return grouped(digits, [4, 3, 4], [" "]) }
            if digits.hasPrefix("01") || digits.hasPrefix("07") { return grouped(digits, [5, 6], [" "]) }
            return grouped(digits, [4, 3, 4], [" "])
        case 10: return grouped(digits, digits.hasPrefix("01") ? [5, 5] : [4, 6], [" "])
        default: return nil
        }
    }

    /// (855) 411-2372; 1 (800) 555-0100; 911 as dialled.
    private static func american(_ digits: String) -> String? {
        switch digits.count {
        case ...3: return digits
        case 10: return "(\(digits.prefix(3))) \(digits.dropFirst(3).prefix(3))-\(digits.suffix(4))"
        case 11 where digits.hasPrefix("1"): return "1 " + american(String(digits.dropFirst()))!
        default: return nil
        }
    }

    /// The national number without its trunk `0`, grouped after a country code: "+44 20 7946 0000",
    /// "+86 10 6655 1234", "+86 138 0013 8000", "+1 855-411-2372".
    private static func international(_ national: String, country: String) -> String? {
        switch country {
        case "GB": return british("0" + national).map { String($0.dropFirst()) }
        case "CN":
            if national.count == 11, national.hasPrefix("1") { return grouped(national, [3, 4, 4], [" "]) }
            if national.count == 10, national.hasPrefix("400") || national.hasPrefix("800") { return grouped(national, [3, 3, 4], [" "]) }
            return chinese("0" + national).map { String($0.dropFirst()).split(separator: "-").joined(separator: " ") }
        case "US": return national.count == 10 ? grouped(national, [3, 3, 4], ["-"]) : nil
        default: return nil
        }
    }
}
