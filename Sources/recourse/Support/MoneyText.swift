import Lexicon

/// Reads an amount as people write it: `500`, `500.00 CNY`, `¥500`, `£84.99`, `$12.50`, `84.99 GBP`,
/// `500元`. Amounts are kept in minor units (fen, pence, cents) so no rounding ever happens.
enum MoneyText {
    static func parse(_ text: String, defaultCurrency: String?) throws -> (minor: Int64, currency: String) {
        var rest = text.trimmingCharacters(in: .whitespaces)
        var currency: String?
        for (symbol, code) in [("¥", "CNY"), ("￥", "CNY"), ("RMB", "CNY"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD"), ("$", "USD")]
        where rest.hasPrefix(symbol) {
            currency = code
            rest.removeFirst(symbol.count)
            break
        }
        if rest.hasSuffix("元") { currency = "CNY"; rest.removeLast() }
        let parts = rest.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count == 2, parts[1].count == 3, parts[1].allSatisfy(\.isLetter) {
            currency = parts[1].uppercased()
            rest = String(parts[0])
        }
        rest = rest.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        let pieces = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard let code = currency ?? defaultCurrency,
              (1...2).contains(pieces.count), let whole = Int64(pieces[0]), whole >= 0, whole < 1_000_000_000_000,
              pieces.count == 1 || (1...2).contains(pieces[1].count) && pieces[1].allSatisfy(\.isNumber) else {
            throw CLIError.usage(Message.badAmount.text(text))
        }
        let fraction = pieces.count == 2 ? Int64(pieces[1].padding(toLength: 2, withPad: "0", startingAt: 0))! : 0
        return (whole * 100 + fraction, code)
    }

    /// "¥500.00", "£84.99", "12.50 EUR".
    static func format(minor: Int64, currency: String) -> String {
        let amount = "\(minor / 100).\(String(format: "%02d", minor % 100))"
        switch currency {
        case "CNY": return "¥" + amount
        case "GBP": return "£" + amount
        case "USD": return "$" + amount
        default: return amount + " " + currency
        }
    }
}
