import Foundation
import Testing
@testable import Reminders

private func day(_ text: String) -> CalendarDay { CalendarDay(iso: Substring(text))! }

@Suite("Business-day calendars")
struct BusinessCalendarTests {
    let library = try! CalendarLibrary.load(userFolder: nil)
    var china: RegionCalendar { library.calendar("CN")! }
    var england: RegionCalendar { library.calendar("GB")! }
    var us: RegionCalendar { library.calendar("US")! }

    @Test("China 2026: holidays, and the adjusted working Saturdays and Sundays (调休)")
    func china2026() {
        for holiday in ["2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-06", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"] {
            #expect(!china.isWorkingDay(day(holiday)), "\(holiday)")
        }
        for workday in ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10", "2026-02-24", "2026-10-08"] {
            #expect(china.isWorkingDay(day(workday)), "\(workday)")
        }
        #expect(!china.isWorkingDay(day("2026-03-07")), "an ordinary Saturday")
        #expect(china.holidayName(day("2026-02-17")) == "春节")
        #expect(china.knownYears == 2020...2026)
    }

    /// (calendar, start day, working days, expected day, runs past known years)
    static let counts: [(String, String, Int, String, Bool)] = [
        ("CN", "2026-02-12", 3, "2026-02-24", false), // Fri 13, Sat 14 (调休), then 春节 until Tue 24
        ("CN", "2026-02-13", 3, "2026-02-25", false),
        ("CN", "2026-02-27", 1, "2026-02-28", false), // the adjusted working Saturday
        ("CN", "2026-04-30", 2, "2026-05-07", false), // 劳动节 1–5 May
        ("CN", "2026-05-08", 1, "2026-05-09", false),
        ("CN", "2026-09-30", 3, "2026-10-10", false), // 国庆 1–7 Oct, Sat 10 Oct works
        ("CN", "2026-12-29", 3, "2027-01-01", true),  // 2027 not yet published
        ("GB-ENG", "2026-12-23", 5, "2027-01-04", false), // 25 Dec, Boxing Day moved to Mon 28, 1 Jan
        ("GB-ENG", "2026-04-02", 1, "2026-04-07", false), // Good Friday and Easter Monday
        ("US", "2026-11-25", 2, "2026-11-30", false), // Thanksgiving
        ("US", "2026-07-02", 1, "2026-07-06", false), // 4 July is a Saturday: observed Friday 3 July
        ("WEEKDAYS", "2026-12-24", 1, "2026-12-25", false),
    ]

    @Test("counting working days", arguments: counts)
    func counting(_ id: String, _ start: String, _ count: Int, _ expected: String, _ beyond: Bool) {
        let result = library.calendar(id)!.addingWorkingDays(count, to: day(start))
        #expect(result.day == day(expected))
        #expect(result.beyondKnownYears == beyond)
    }

    @Test("England and Wales bank holidays by rule, with substitute days")
    func englandAndWales() {
        let y2026 = Set(RuleHolidays.englandAndWales(2026).keys)
        #expect(y2026 == Set(["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"].map(day)))
        let y2027 = Set(RuleHolidays.englandAndWales(2027).keys)
        #expect(y2027 == Set(["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"].map(day)))
        #expect(RuleHolidays.englandAndWales(2022)[day("2022-01-03")] != nil, "1 Jan 2022 was a Saturday")
    }

    @Test("US federal holidays by rule, observed on the nearest weekday")
    func unitedStates() {
        let y2026 = Set(RuleHolidays.unitedStates(2026).keys)
        #expect(y2026 == Set(["2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                               "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25"].map(day)))
        #expect(RuleHolidays.unitedStates(2021)[day("2021-12-31")] != nil, "New Year 2022 fell on a Saturday")
    }

    @Test("Easter Sunday", arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25")])
    func easter(_ year: Int, _ expected: String) { #expect(RuleHolidays.easterSunday(year) == day(expected)) }

    @Test("a user file extends China into 2027 and the warning goes away")
    func userFileExtends() throws {
        let folder = NSTemporaryDirectory() + "cal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "calendar CN\nyears 2027\nholiday 2027-01-01 元旦\n".write(toFile: folder + "/cn-2027.cal", atomically: true, encoding: .utf8)
        let extended = try CalendarLibrary.load(userFolder: folder).calendar("CN")!
        #expect(extended.knownYears == 2020...2027)
        let result = extended.addingWorkingDays(3, to: day("2026-12-29"))
        #expect(result.day == day("2027-01-04"))
        #expect(!result.beyondKnownYears)
        #expect(extended.isWorkingDay(day("2026-02-14")), "built-in days are kept")
    }

    static let badFiles: [(String, String)] = [
        ("holiday 2026-01-01\n", "first directive must be 'calendar ID'"),
        ("calendar CN\nholiday 2026-02-30 x\n", ":2: 'holiday' takes a date or a range"),
        ("calendar CN\nyears 20x6\n", ":2: 'years' takes a year or a range"),
        ("calendar CN\nweekend caturday\n", ":2: 'weekend' takes day names"),
        ("calendar CN\nfeast 2026-01-01\n", ":2: unknown directive 'feast'"),
        ("calendar CN\nholiday 2026-01-01..2026-03-01 long\n", "longer than 31 days"),
        ("calendar CN\nyears 2027\nholiday 2026-01-01 x\n", "outside the file's years"),
        ("# only a comment\n", "no 'calendar ID' line"),
    ]

    @Test("malformed calendar files name the file and line", arguments: badFiles)
    func badFile(_ text: String, _ phrase: String) {
        #expect {
            _ = try CalendarFile.parse(text, path: "my.cal")
        } throws: { error in
            let message = (error as? CalendarFileError)?.errorDescription ?? ""
            return message.hasPrefix("calendar file my.cal") && message.contains(phrase)
        }
    }

    @Test("a huge calendar file is refused")
    func hugeFile() {
        #expect(throws: CalendarFileError.self) { try CalendarFile.parse(String(repeating: "# x\n", count: 400_000), path: "big.cal") }
    }
}

@Suite("When-expressions with regional calendars")
struct RegionalWhenTests {
    let library = try! CalendarLibrary.load(userFolder: nil)
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func resolve(_ text: String, at now: String, calendar: String, zone: TimeZone? = nil) throws -> ResolvedWhen {
        let zone = zone ?? shanghai
        return try WhenParser.parse(text, context: WhenContext(now: local(now, zone), zone: zone, calendar: library.calendar(calendar)!))
    }

    static let cases: [(String, String, String, String)] = [
        ("三个工作日内", "2026-02-12 10:00", "CN", "2026-02-24 18:00"),
        ("3个工作日", "2026-02-13 16:00", "CN", "2026-02-25 18:00"),
        ("1个工作日内", "2026-02-27 09:00", "CN", "2026-02-28 18:00"),
        ("5 working days", "2026-09-28 11:00", "CN", "2026-10-10 18:00"),
        ("两个工作日内", "2026-04-30 15:00", "CN", "2026-05-07 18:00"),
        ("3 workdays", "2026-01-02 12:00", "CN", "2026-01-06 18:00"), // Sun 4 Jan is a working day
    ]

    @Test("business days across 春节 and the adjusted working days", arguments: cases)
    func chinese(_ text: String, _ now: String, _ calendar: String, _ expected: String) throws {
        #expect(try resolve(text, at: now, calendar: calendar).date == local(expected, shanghai))
    }

    @Test("UK business days across Christmas, in London time")
    func london() throws {
        let london = TimeZone(identifier: "Europe/London")!
        #expect(try resolve("5 business days", at: "2026-12-23 10:00", calendar: "GB", zone: london).date == local("2027-01-04 18:00", london))
    }

    @Test("a count past the known years says so")
    func warning() throws {
        let resolved = try resolve("三个工作日内", at: "2026-12-29 10:00", calendar: "CN")
        #expect(resolved.warnings.contains { $0.contains("calendar CN knows 2020–2026; days in 2027") })
        #expect(try resolve("三个工作日内", at: "2026-12-01 10:00", calendar: "CN").warnings.isEmpty)
    }
}
