import Lexicon

/// The command line's side of `Money`: a text it cannot read is a usage error (exit 64).
enum MoneyText {
    static func parse(_ text: String, defaultCurrency: String?) throws -> (minor: Int64, currency: String) {
        do {
            let money = try Money.read(text, defaultCurrency: defaultCurrency)
            return (money.minor, money.currency)
        } catch let error as Money.ReadError {
            throw CLIError.usage(error.message)
        }
    }

    /// The amount in the user's language: "£1,246.50", "人民币 500.00 元".
    static func format(minor: Int64, currency: String) -> String {
        Money(minor: minor, currency: currency).text()
    }
}
