import Foundation
import Testing
@testable import Reminders

/// Issue #23: time as agents say it, in every year and every region. Every expected answer is
/// hand-computed from the State Council notices (China), gov.uk's bank holidays (GB) and the
/// German holiday laws, not from the code under test.
private let library = try! CalendarLibrary.load(userFolder: nil)
private let zones = ["CN": "Asia/Shanghai", "GB": "Europe/London", "US": "America/New_York", "DE": "Europe/Berlin"]

/// The deadline `text` names when said at `said` (local time) to an organization in `region`.
private func due(_ text: String, said: String, region: String) throws -> ResolvedWhen {
    let zone = TimeZone(identifier: zones[String(region.prefix(2))] ?? "UTC")!
    let context = WhenContext(now: local(said, zone), zone: zone, calendar: library.calendar(region)!, purpose: .deadline,
                              dateOrder: NumericDateOrder.of(region: region))
    return try WhenParser.parse(text, context: context)
}

private func stamp(_ resolved: ResolvedWhen, region: String) -> String {
    WhenWords.stamp(resolved.date, in: TimeZone(identifier: zones[String(region.prefix(2))] ?? "UTC")!)
}

/// (words, said at, region, expected deadline)
typealias Row = (String, String, String, String)

@Suite("Time as agents say it (#23): trading days, ranges, holidays, regions, every year")
struct AgentPhraseTests {
    /// 交易日 and T+N skip every weekend, even a 调休 working Saturday, and every holiday.
    static let tradingDays: [Row] = [
        ("3个交易日内", "2026-09-30 10:00", "CN", "2026-10-12 18:00"), // 国庆 1–7; Sat 10 Oct works but the exchange is shut
        ("3个交易日内", "2026-02-13 10:00", "CN", "2026-02-26 18:00"), // Sat 14 Feb works; 春节 15–23
        ("三个交易日", "2025-09-30 10:00", "CN", "2025-10-13 18:00"),   // 国庆·中秋 1–8; Sat 11 Oct works
        ("T+1", "2026-09-30 10:00", "CN", "2026-10-08 18:00"),
        ("3 trading days", "2026-10-09 10:00", "CN", "2026-10-14 18:00"),
        ("T+2", "2026-11-25 10:00", "GB-ENG", "2026-11-27 18:00"),
        ("节后3个交易日", "2026-09-30 10:00", "CN", "2026-10-12 18:00"),
    ]

    /// Working days in every year from 2020: the 调休 Saturday counts, the holiday does not.
    static let chinaYears: [Row] = [
        ("三个工作日内", "2025-09-30 10:00", "CN", "2025-10-11 18:00"), // the row: Sat 11 Oct is a 调休 working day
        ("3个工作日内", "2026-02-13 10:00", "CN", "2026-02-25 18:00"),   // Sat 14 Feb (调休), then 24, 25 Feb
        ("1个工作日", "2020-01-23 10:00", "CN", "2020-02-03 18:00"),     // 春节 extended to 2 Feb 2020
        ("1个工作日", "2021-09-17 10:00", "CN", "2021-09-18 18:00"),     // Sat 18 Sep 2021 (调休)
        ("2个工作日", "2022-09-30 10:00", "CN", "2022-10-09 18:00"),     // Sat 8, Sun 9 Oct 2022 (调休)
        ("2个工作日", "2023-09-28 10:00", "CN", "2023-10-08 18:00"),     // 9/29–10/6 off; Sat 7, Sun 8 work
        ("3个工作日", "2024-02-08 10:00", "CN", "2024-02-19 18:00"),     // Fri 9, Sun 18 (调休), Mon 19
        ("3个工作日内", "2024-09-30 10:00", "CN", "2024-10-10 18:00"),
        ("3个工作日", "2025-01-24 10:00", "CN", "2025-02-05 18:00"),     // Sun 26 Jan (调休), Mon 27, 春节 28 Jan–4 Feb, Wed 5 Feb
    ]

    /// Ranges take the later bound; framing words (不超过, 最迟, by) change nothing.
    static let ranges: [Row] = [
        ("3到5个工作日", "2026-11-25 10:00", "CN", "2026-12-02 18:00"),
        ("三至五个工作日内", "2026-11-25 10:00", "CN", "2026-12-02 18:00"),
        ("3-5个工作日", "2026-11-25 10:00", "CN", "2026-12-02 18:00"),
        ("1–3 business days", "2026-11-25 10:00", "GB-ENG", "2026-11-30 18:00"),
        ("7-10 working days", "2026-11-25 10:00", "GB-ENG", "2026-12-09 18:00"),
        ("within 1 to 3 business days", "2026-11-25 10:00", "US", "2026-12-01 18:00"), // Thu 26 Thanksgiving
        ("不超过15个工作日", "2026-11-25 10:00", "CN", "2026-12-16 18:00"),
        ("3 to 5 days", "2026-11-25 10:00", "CN", "2026-11-30 18:00"),
        ("5–7个交易日", "2026-09-28 10:00", "CN", "2026-10-14 18:00"), // 29, 30 Sep; 8, 9, 12, 13, 14 Oct
        ("最迟下周二", "2026-11-25 10:00", "CN", "2026-12-01 18:00"),
        ("周五17:00前", "2026-11-25 10:00", "CN", "2026-11-27 17:00"),
        ("星期六10点前", "2026-11-25 10:00", "CN", "2026-11-28 10:00"),
    ]

    /// Counted from the first working day after the holiday, which is the first.
    static let afterHolidays: [Row] = [
        ("节后第一个工作日", "2026-09-30 10:00", "CN", "2026-10-08 18:00"),
        ("节后第一个工作日", "2026-10-03 12:00", "CN", "2026-10-08 18:00"), // said during the holiday
        ("国庆后七个工作日", "2026-09-30 10:00", "CN", "2026-10-15 18:00"), // 8, 9, Sat 10 (调休), 12–15
        ("国庆后七个工作日", "2025-09-29 10:00", "CN", "2025-10-16 18:00"), // 9, 10, Sat 11 (调休), 13–16
        ("春节后三个工作日内", "2026-02-10 10:00", "CN", "2026-02-26 18:00"),
        ("国庆节后", "2024-09-20 10:00", "CN", "2024-10-08 18:00"),
        ("after the bank holiday", "2026-08-28 10:00", "GB-ENG", "2026-09-01 18:00"), // Mon 31 Aug
        ("3 business days after the bank holiday", "2026-08-28 10:00", "GB-ENG", "2026-09-03 18:00"),
        ("after the bank holiday", "2026-07-31 10:00", "GB-SCT", "2026-08-04 18:00"), // Scotland: Mon 3 Aug
        ("first working day after christmas", "2026-12-21 10:00", "DE", "2026-12-28 18:00"),
    ]

    /// English phrases, said on Wednesday 25 November 2026 in London.
    static let english: [Row] = [
        ("by the 15th", "2026-11-25 10:00", "GB-ENG", "2026-12-15 18:00"),
        ("by the 30th", "2026-11-25 10:00", "GB-ENG", "2026-11-30 18:00"),
        ("first thing Monday", "2026-11-25 10:00", "GB-ENG", "2026-11-30 09:00"),
        ("first thing tomorrow", "2026-11-25 10:00", "GB-ENG", "2026-11-26 09:00"),
        ("the week after next", "2026-11-25 10:00", "GB-ENG", "2026-12-11 18:00"),
        ("in a fortnight", "2026-11-25 10:00", "GB-ENG", "2026-12-09 18:00"),
        ("by midday tomorrow", "2026-11-25 10:00", "GB-ENG", "2026-11-26 12:00"),
        ("by COB Friday", "2026-11-25 10:00", "GB-ENG", "2026-11-27 18:00"),
        ("end of next week", "2026-11-25 10:00", "GB-ENG", "2026-12-04 18:00"),
        ("by the end of next week", "2026-11-25 10:00", "GB-ENG", "2026-12-04 18:00"),
        ("下下周", "2026-11-25 10:00", "CN", "2026-12-11 18:00"),
    ]

    /// A numeric date in the region's order; only one reading possible decides by itself.
    static let numericDates: [Row] = [
        ("01/12/2026", "2026-11-25 10:00", "GB-ENG", "2026-12-01 18:00"),
        ("01/12/2027", "2026-11-25 10:00", "US", "2027-01-12 18:00"),
        ("01.12.2026", "2026-11-25 10:00", "DE", "2026-12-01 18:00"),
        ("25/12/2026", "2026-11-25 10:00", "CN", "2026-12-25 18:00"),
        ("12/25/2026", "2026-11-25 10:00", "GB-SCT", "2026-12-25 18:00"),
        ("01/12/2026 5pm", "2026-11-25 10:00", "GB-NIR", "2026-12-01 17:00"),
    ]

    /// Scotland, Northern Ireland and Germany (with one Land's own holidays) against England.
    static let regions: [Row] = [
        ("15 business days", "2026-12-04 10:00", "DE", "2026-12-28 18:00"),       // i19's bank: 24 Dec works, 25/26 do not
        ("1 working day", "2025-12-31 10:00", "GB-ENG", "2026-01-02 18:00"),
        ("1 working day", "2025-12-31 10:00", "GB-SCT", "2026-01-05 18:00"),       // 2 January
        ("1 working day", "2026-12-31 10:00", "GB-SCT", "2027-01-05 18:00"),       // 2 Jan 2027 is a Saturday: Mon 4 Jan
        ("1 working day", "2026-04-02 10:00", "GB-SCT", "2026-04-06 18:00"),       // no Easter Monday in Scotland
        ("1 working day", "2026-04-02 10:00", "GB-ENG", "2026-04-07 18:00"),
        ("1 working day", "2026-11-27 10:00", "GB-SCT", "2026-12-01 18:00"),       // St Andrew's Day, Mon 30 Nov
        ("1 working day", "2026-03-16 10:00", "GB-NIR", "2026-03-18 18:00"),       // St Patrick's Day
        ("1 working day", "2026-07-10 10:00", "GB-NIR", "2026-07-14 18:00"),       // the Twelfth is a Sunday: Mon 13 Jul
        ("1 working day", "2025-07-11 10:00", "GB-NIR", "2025-07-15 18:00"),       // Saturday: Mon 14 Jul
        ("5 working days", "2027-12-22 10:00", "GB-ENG", "2027-12-31 18:00"),      // Christmas on a Saturday: 27, 28 Dec
        ("1 business day", "2026-06-03 10:00", "DE-BY", "2026-06-05 18:00"),       // Fronleichnam, Thu 4 Jun
        ("1 business day", "2026-06-03 10:00", "DE", "2026-06-04 18:00"),
        ("1 business day", "2026-11-17 10:00", "DE-SN", "2026-11-19 18:00"),       // Buß- und Bettag, Wed 18 Nov
        ("1 business day", "2027-03-05 10:00", "DE-BE", "2027-03-09 18:00"),       // Frauentag, Mon 8 Mar
        ("1 business day", "2025-10-30 10:00", "DE-NI", "2025-11-03 18:00"),       // Reformationstag, Fri 31 Oct
    ]

    static var allRows: [Row] { tradingDays + chinaYears + ranges + afterHolidays + english + numericDates + regions }

    @Test("trading days", arguments: tradingDays) func trading(_ row: Row) throws { try check(row) }
    @Test("China's working days 2020–2026", arguments: chinaYears) func china(_ row: Row) throws { try check(row) }
    @Test("ranges and framing", arguments: ranges) func range(_ row: Row) throws { try check(row) }
    @Test("counted from a holiday", arguments: afterHolidays) func afterHoliday(_ row: Row) throws { try check(row) }
    @Test("English phrases", arguments: english) func englishPhrase(_ row: Row) throws { try check(row) }
    @Test("numeric dates by region", arguments: numericDates) func numericDate(_ row: Row) throws { try check(row) }
    @Test("GB-SCT, GB-NIR, DE and its Länder", arguments: regions) func region(_ row: Row) throws { try check(row) }

    private func check(_ row: Row) throws {
        let (text, said, region, expected) = row
        let resolved = try due(text, said: said, region: region)
        #expect(stamp(resolved, region: region) == expected, "\(text) said \(said) in \(region)")
        #expect(resolved.warnings.isEmpty, "\(text): \(resolved.warnings)")
    }

    @Test("vague words stay refused, with a suggestion", arguments: ["尽快", "ASAP", "shortly", "as soon as possible", "尽快处理", "soon"])
    func vague(_ text: String) throws {
        #expect(throws: WhenError.vague(text)) { try due(text, said: "2026-11-25 10:00", region: "CN") }
        let message = WhenError.vague(text).errorDescription!
        #expect(message.contains("3 business days") || message.contains("三个工作日内"))
    }

    @Test("a numeric date the region does not decide is refused naming both readings")
    func ambiguousDate() throws {
        #expect(throws: WhenError.ambiguousNumericDate("01/12/2026", dayFirst: "2026-12-01", monthFirst: "2026-01-12")) {
            try due("01/12/2026", said: "2026-11-25 10:00", region: "CN")
        }
        #expect(NumericDateOrder.of(region: "UK") == .dayFirst)
        #expect(NumericDateOrder.of(region: "DE-BY") == .dayFirst)
        #expect(NumericDateOrder.of(region: "WEEKDAYS") == .undecided)
    }

    @Test("a holiday the calendar does not know yet is refused, not guessed")
    func holidayUnknown() throws {
        #expect(throws: WhenError.holidayUnknown("国庆后七个工作日", calendar: "CN", holiday: "国庆", from: "2026-11-25")) {
            try due("国庆后七个工作日", said: "2026-11-25 10:00", region: "CN")
        }
        #expect(throws: WhenError.self) { try due("after the bank holiday", said: "2026-11-25 10:00", region: "WEEKDAYS") }
    }

    @Test("a count past the known years keeps saying so")
    func beyondKnownYears() throws {
        let resolved = try due("3个工作日内", said: "2026-12-30 10:00", region: "CN")
        #expect(stamp(resolved, region: "CN") == "2027-01-04 18:00")
        #expect(resolved.warnings.count == 1)
        #expect(resolved.warnings.first?.contains("2027") == true)
        let trading = try due("3个交易日内", said: "2026-12-30 10:00", region: "CN")
        #expect(trading.warnings.count == 1)
    }

    @Test("China's calendar knows every year from 2020 to 2026")
    func chinaKnownYears() {
        #expect(library.calendar("CN")!.knownYears == 2020...2026)
    }

    @Test("region from time zone for every zone with a calendar", arguments: [
        ("Europe/Berlin", "DE"), ("Europe/London", "GB-ENG"), ("Europe/Belfast", "GB-NIR"), ("America/New_York", "US"),
        ("America/Indiana/Indianapolis", "US"), ("America/Kentucky/Louisville", "US"), ("Pacific/Honolulu", "US"),
        ("America/Boise", "US"), ("Asia/Shanghai", "CN"), ("Asia/Tokyo", "WEEKDAYS"),
    ])
    func regionFromZone(_ zone: String, _ expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(CalendarLibrary.region(forZone: timeZone) == expected)
        #expect(library.calendar(expected) != nil)
    }

    @Test("every Land has a calendar, and 24 and 31 December are working days in Germany")
    func germanLaender() {
        for state in RuleHolidays.germanStateCodes { #expect(library.calendar("DE-" + state) != nil, "DE-\(state)") }
        let germany = library.calendar("DE")!
        #expect(germany.isWorkingDay(CalendarDay(year: 2026, month: 12, day: 24)!))
        #expect(germany.isWorkingDay(CalendarDay(year: 2026, month: 12, day: 31)!))
        #expect(!germany.isWorkingDay(CalendarDay(year: 2026, month: 12, day: 25)!))
    }

    @Test("a jurisdiction naming only a country is narrowed to the user's region inside it")
    func narrowing() {
        #expect(library.calendar(jurisdiction: "GB", region: "GB-SCT")?.id == "GB-SCT")
        #expect(library.calendar(jurisdiction: "UK", region: "GB-NIR")?.id == "GB-NIR")
        #expect(library.calendar(jurisdiction: "DE", region: "DE-BY")?.id == "DE-BY")
        #expect(library.calendar(jurisdiction: "GB-ENG", region: "GB-SCT")?.id == "GB-ENG", "an explicit part is kept")
        #expect(library.calendar(jurisdiction: "US", region: "GB-SCT")?.id == "US")
        #expect(library.calendar(jurisdiction: nil, region: "DE-BY")?.id == "DE-BY")
        #expect(library.calendar(jurisdiction: "FR", region: "CN")?.id == "CN")
    }

    @Test("there are rows for every phrase of the issue")
    func rowCount() { #expect(Self.allRows.count >= 70) }
}
