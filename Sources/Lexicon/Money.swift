import Foundation

/// An amount of money as the journal keeps it: integer minor units (fen, pence, cents) and an ISO
/// 4217 code, so no rounding ever happens.
///
/// Reading follows how people write money, not one locale: "€950,00" (comma decimals),
/// "1.234,56 €", "£1,246.50", "¥500", "500元", "1.2万元". What could be read two ways is refused
/// with an example ("1.234 EUR: is that 1234 or 1.234?"), never guessed: a dispute about 950 euros
/// must not become one about 95000. Printing follows the user's language ("£1,246.50",
/// "人民币 500.00 元"). Both live here, below every module, so a command, a letter and a table
/// cannot disagree.
public struct Money: Sendable, Equatable {
    public let minor: Int64
    public let currency: String

    public init(minor: Int64, currency: String) {
        self.minor = minor
        self.currency = currency
    }

    /// Why a text is not an amount; its message is in the user's language.
    public struct ReadError: Error, LocalizedError, Equatable {
        public let message: String
        public var errorDescription: String? { message }
    }

    /// The largest whole amount accepted (a trillion): beyond it a typo is far likelier than a claim.
    static let wholeLimit: Int64 = 1_000_000_000_000

    // MARK: - Reading

    /// Reads `text`; `defaultCurrency` is used when the text names none (the user's region's).
    ///
    /// - Throws: `ReadError` naming the text, with an example of what would be read.
    public static func read(_ text: String, defaultCurrency: String?) throws -> Money {
        var rest = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        var currency: String?
        var multiplier: Int64 = 1
        // Words and symbols around the number, longest first so "US$" is not read as "$".
        let prefixes: [(String, String)] = [("人民币", "CNY"), ("RMB", "CNY"), ("CN¥", "CNY"), ("US$", "USD"), ("¥", "CNY"),
                                            ("£", "GBP"), ("€", "EUR"), ("$", "USD")]
        let suffixes: [(String, String, Int64)] = [("万元", "CNY", 10_000), ("万", "", 10_000), ("元", "CNY", 1), ("€", "EUR", 1),
                                                   ("£", "GBP", 1)]
        for (word, code) in prefixes where rest.uppercased().hasPrefix(word) {
            currency = code
            rest = String(rest.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        for (word, code, times) in suffixes where rest.hasSuffix(word) {
            if !code.isEmpty {
                if let currency, currency != code { throw bad(text) }
                currency = code
            }
            multiplier = times
            rest = String(rest.dropLast(word.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        // An ISO code before or after the number: "EUR 950", "950.00 EUR".
        let words = rest.split(whereSeparator: \.isWhitespace)
        if words.count >= 2, let code = isoCode(words.last!) {
            if let currency, currency != code { throw bad(text) }
            currency = code
            rest = words.dropLast().joined(separator: " ")
        } else if words.count >= 2, let code = isoCode(words.first!) {
            if let currency, currency != code { throw bad(text) }
            currency = code
            rest = words.dropFirst().joined(separator: " ")
        }
        guard let code = currency ?? defaultCurrency else { throw bad(text) }
        let (whole, fraction) = try number(rest, currency: code, original: text, allowLongFraction: multiplier > 1)
        // minor = (whole + fraction) × multiplier × 100, computed exactly in integers.
        let fractionDigits = fraction.count
        var scale: Int64 = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        let fractionValue = Int64(fraction) ?? 0
        let numerator = fractionValue * multiplier * 100
        guard numerator % scale == 0 else { throw bad(text) }
        guard whole <= wholeLimit / multiplier else { throw bad(text) }
        let minor = whole * multiplier * 100 + numerator / scale
        return Money(minor: minor, currency: code)
    }

    /// The whole part and the fraction's digits of `text`, deciding which mark is the decimal one.
    private static func number(_ text: String, currency: String, original: String, allowLongFraction: Bool) throws -> (Int64, String) {
        let groupingSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'", "’"]
        let characters = Array(text)
        guard !characters.isEmpty, characters.allSatisfy({ $0.isASCII && $0.isNumber || $0 == "." || $0 == "," || groupingSpaces.contains($0) }),
              characters.first!.isNumber || characters.first == "." || characters.first == ","
        else { throw bad(original) }
        let marks = characters.enumerated().filter { !$0.element.isNumber }
        let dots = marks.filter { $0.element == "." }.count, commas = marks.filter { $0.element == "," }.count
        var decimalMark: Character?
        if dots > 0 && commas > 0 {
            decimalMark = marks.last!.element
            if decimalMark == "." ? dots > 1 : commas > 1 { throw bad(original) }
        } else if dots + commas == 1 {
            let mark: Character = dots == 1 ? "." : ","
            let after = characters.count - 1 - marks.first { $0.element == mark }!.offset
            if after == 3 && !allowLongFraction {
                // "1,234" is 1234 in pounds, dollars and yuan, written with the comma that groups
                // them; "1.234" (or in euros either way) could be a thousands mark or decimals.
                if mark == "," && currency != "EUR" {
                    decimalMark = nil
                } else {
                    let digits = String(characters.filter(\.isNumber))
                    throw ReadError(message: Message.errAmountAmbiguous.text(original, digits, text.replacingOccurrences(of: ",", with: "."),
                                                                           "\(digits) \(currency)"))
                }
            } else {
                decimalMark = mark
            }
        } else if dots + commas > 1 {
            decimalMark = nil  // several marks of one kind group thousands: "1.234.567", "1,234,567"
        }
        let parts = characters.split(separator: decimalMark ?? "\u{0}", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw bad(original) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber), fraction.count <= (allowLongFraction ? 6 : 2) else { throw bad(original) }
        let integer = Array(parts[0])
        // Grouping marks must group by threes: "1.234,56" yes, "12.34,56" no.
        let groups = integer.split(omittingEmptySubsequences: false, whereSeparator: { !$0.isNumber }).map { String($0) }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { throw bad(original) }
            let separators = Set(integer.filter { !$0.isNumber })
            guard separators.count == 1 else { throw bad(original) }
        }
        let digits = groups.joined()
        guard !(digits.isEmpty && fraction.isEmpty) else { throw bad(original) }
        guard digits.count <= 13, let whole = Int64(digits.isEmpty ? "0" : digits), whole <= wholeLimit else { throw bad(original) }
        return (whole, fraction)
    }

    private static func isoCode(_ word: Substring) -> String? {
        guard word.count == 3, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return word.uppercased()
    }

    private static func bad(_ text: String) -> ReadError { ReadError(message: Message.badAmount.text(text)) }

    // MARK: - Printing

    /// The amount as a reader of `language` writes it: "£1,246.50", "€950.00", "人民币 500.00 元",
    /// "CNY 500.00".
    public func text(in language: Language = Language.current) -> String {
        let number = Self.grouped(minor)
        switch (language, currency) {
        case (.zh, "CNY"): return "人民币 \(number) 元"
        case (_, "CNY"): return "CNY \(number)"  // "¥" alone also reads as yen
        case (_, "GBP"): return "£\(number)"
        case (_, "USD"): return "$\(number)"
        case (_, "EUR"): return "€\(number)"
        default: return "\(number) \(currency)"
        }
    }

    /// "1,246.50": thousands grouped with commas, two decimals, as both languages write money.
    static func grouped(_ minor: Int64) -> String {
        let sign = minor < 0 ? "-" : ""
        let value = minor.magnitude
        let whole = String(value / 100)
        var out = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        let cents = value % 100
        return sign + out + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
