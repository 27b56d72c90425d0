import Testing
@testable import Lexicon

/// Issue #22: money is read exactly as people write it in either convention, or refused with an
/// example; never silently scaled ("€950,00" once became 95000.00 EUR).
@Suite("Money: reading both conventions, printing the user's")
struct MoneyTests {
    /// (typed, default currency, minor units, currency); nil minor = refused.
    static let table: [(String, String?, Int64?, String)] = [
        // Comma decimals (continental Europe)
        ("€950,00", nil, 95_000, "EUR"),
        ("950,00 €", nil, 95_000, "EUR"),
        ("1.234,56 €", nil, 123_456, "EUR"),
        ("€1.234,56", nil, 123_456, "EUR"),
        ("1 234,56 EUR", nil, 123_456, "EUR"),
        ("12,5 EUR", nil, 1_250, "EUR"),
        ("1.234.567,89 EUR", nil, 123_456_789, "EUR"),
        ("EUR 60", nil, 6_000, "EUR"),
        // Point decimals (UK, US, China)
        ("£1,246.50", nil, 124_650, "GBP"),
        ("£84.99", nil, 8_499, "GBP"),
        ("84.99 GBP", nil, 8_499, "GBP"),
        ("$12.50", nil, 1_250, "USD"),
        ("US$1,000,000.00", nil, 100_000_000, "USD"),
        ("1,234 GBP", nil, 123_400, "GBP"),
        ("£0.5", nil, 50, "GBP"),
        ("500", "CNY", 50_000, "CNY"),
        ("¥500", nil, 50_000, "CNY"),
        ("￥500", nil, 50_000, "CNY"),
        ("500元", nil, 50_000, "CNY"),
        ("500 元", nil, 50_000, "CNY"),
        ("人民币500元", nil, 50_000, "CNY"),
        ("RMB 1,200.00", nil, 120_000, "CNY"),
        ("500.00 CNY", nil, 50_000, "CNY"),
        ("1.2万元", nil, 1_200_000, "CNY"),
        ("3万元", nil, 3_000_000, "CNY"),
        ("1.2345万元", nil, 1_234_500, "CNY"),
        ("５００元", nil, 50_000, "CNY"),
        // Refused: ambiguous, malformed, or no currency
        ("1.234 EUR", nil, nil, "EUR"),
        ("1,234 EUR", nil, nil, "EUR"),
        ("5.123 CNY", nil, nil, "CNY"),
        ("12.34,56 EUR", nil, nil, "EUR"),
        ("1,2,3 GBP", nil, nil, "GBP"),
        ("-5 CNY", nil, nil, "CNY"),
        ("1e9", "CNY", nil, "CNY"),
        ("lots", "CNY", nil, "CNY"),
        ("500", nil, nil, ""),
        ("£5 EUR", nil, nil, ""),
        ("1.2345678万元", nil, nil, "CNY"),
        ("9999999999999 CNY", nil, nil, "CNY"),
    ]

    @Test("each row is read exactly or refused", arguments: table.indices)
    func reads(_ index: Int) throws {
        let (text, fallback, minor, currency) = Self.table[index]
        if let minor {
            let money = try Money.read(text, defaultCurrency: fallback)
            #expect(money == Money(minor: minor, currency: currency), "\(text)")
        } else {
            #expect(throws: Money.ReadError.self, "\(text)") { try Money.read(text, defaultCurrency: fallback) }
        }
    }

    @Test("the table holds at least 30 rows in both conventions")
    func tableSize() {
        #expect(Self.table.count >= 30)
        #expect(Self.table.filter { $0.0.contains(",") && $0.2 != nil }.count >= 8)
    }

    @Test("an ambiguous amount is refused with both readings and an example")
    func ambiguityNamesBothReadings() {
        Language.current = .en
        do {
            _ = try Money.read("1.234 EUR", defaultCurrency: nil)
            Issue.record("accepted")
        } catch let error as Money.ReadError {
            #expect(error.message.contains("1234") && error.message.contains("1.234") && error.message.contains("1234 EUR"), "\(error.message)")
        } catch { Issue.record("\(error)") }
    }

    @Test("printed in the user's convention")
    func printing() {
        #expect(Money(minor: 124_650, currency: "GBP").text(in: .en) == "£1,246.50")
        #expect(Money(minor: 50_000, currency: "CNY").text(in: .zh) == "人民币 500.00 元")
        #expect(Money(minor: 50_000, currency: "CNY").text(in: .en) == "CNY 500.00")
        #expect(Money(minor: 95_000, currency: "EUR").text(in: .en) == "€950.00")
        #expect(Money(minor: 123_456_789, currency: "CHF").text(in: .en) == "1,234,567.89 CHF")
        #expect(Money(minor: 5, currency: "USD").text(in: .en) == "$0.05")
    }
}
