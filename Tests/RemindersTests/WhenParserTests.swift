import Foundation
import Testing
@testable import Reminders

/// A reference moment: Wednesday 2026-11-25 10:30 in Shanghai.
private let shanghai = TimeZone(identifier: "Asia/Shanghai")!
private let referenceNow = local("2026-11-25 10:30", shanghai)

/// "2026-11-27 18:00" (or with ":ss") read as wall-clock time in `zone`, or an ISO instant ending in Z.
func local(_ text: String, _ zone: TimeZone) -> Date {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    if text.hasSuffix("Z") {
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    } else {
        formatter.timeZone = zone
        formatter.dateFormat = text.count > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm"
    }
    return formatter.date(from: text)!
}

private func resolve(_ text: String, now: Date = referenceNow, zone: TimeZone = shanghai,
                     calendar: any BusinessCalendar = WeekendCalendar()) throws -> ResolvedWhen {
    try WhenParser.parse(text, context: WhenContext(now: now, zone: zone, calendar: calendar))
}

@Suite("When-expressions")
struct WhenParserTests {
    /// (expression, expected wall-clock time in Shanghai) with now = Wed 2026-11-25 10:30.
    static let english: [(String, String)] = [
        ("now", "2026-11-25 10:30"), ("today", "2026-11-25 18:00"), ("tomorrow", "2026-11-26 18:00"),
        ("yesterday", "2026-11-24 18:00"), ("tomorrow 17:00", "2026-11-26 17:00"), ("tomorrow 5pm", "2026-11-26 17:00"),
        ("5pm tomorrow", "2026-11-26 17:00"), ("tomorrow at 9am", "2026-11-26 09:00"), ("Tomorrow 12am", "2026-11-26 00:00"),
        ("friday", "2026-11-27 18:00"), ("fri", "2026-11-27 18:00"), ("Friday 5pm", "2026-11-27 17:00"),
        ("wednesday", "2026-11-25 18:00"), ("monday", "2026-11-30 18:00"), ("next monday", "2026-11-30 18:00"),
        ("next friday", "2026-12-04 18:00"), ("this friday", "2026-11-27 18:00"), ("last friday", "2026-11-20 18:00"),
        ("eod", "2026-11-25 18:00"), ("end of day", "2026-11-25 18:00"), ("eow", "2026-11-27 18:00"),
        ("end of the week", "2026-11-27 18:00"), ("end of next week", "2026-12-04 18:00"), ("eom", "2026-11-30 18:00"),
        ("end of next month", "2026-12-31 18:00"), ("eoy", "2026-12-31 18:00"), ("in 3 days", "2026-11-28 18:00"),
        ("3d", "2026-11-28 18:00"), ("3 days", "2026-11-28 18:00"), ("+5d", "2026-11-30 18:00"), ("48h", "2026-11-27 10:30"),
        ("in 2 hours", "2026-11-25 12:30"), ("30 min", "2026-11-25 11:00"), ("2w", "2026-12-09 18:00"),
        ("1 month", "2026-12-25 18:00"), ("3 workdays", "2026-11-30 18:00"), ("3 business days", "2026-11-30 18:00"),
        ("within 5 working days", "2026-12-02 18:00"), ("in 2 work days", "2026-11-27 18:00"), ("2 days ago", "2026-11-23 18:00"),
        ("3 hours ago", "2026-11-25 07:30"), ("17:00", "2026-11-25 17:00"), ("5:30pm", "2026-11-25 17:30"),
        ("noon", "2026-11-25 12:00"), ("2026-11-27", "2026-11-27 18:00"), ("2026-11-27 14:05", "2026-11-27 14:05"),
        ("2026-11-27T14:05:30", "2026-11-27 14:05:30"), ("2026-11-27T06:05:00Z", "2026-11-27 14:05"),
        ("2026-11-27T14:05+08:00", "2026-11-27 14:05"), ("2026-11-27T01:05:00-05:00", "2026-11-27 14:05"),
        ("2026/12/01", "2026-12-01 18:00"), ("27 nov", "2026-11-27 18:00"), ("Nov 27", "2026-11-27 18:00"),
        ("december 1", "2026-12-01 18:00"), ("1 Jan 2027", "2027-01-01 18:00"), ("by friday", "2026-11-27 18:00"),
        ("before tomorrow 5pm", "2026-11-26 17:00"), ("no later than 2026-12-01", "2026-12-01 18:00"),
        ("  TOMORROW   5PM ", "2026-11-26 17:00"),
    ]

    static let chinese: [(String, String)] = [
        ("现在", "2026-11-25 10:30"), ("今天", "2026-11-25 18:00"), ("明天", "2026-11-26 18:00"), ("后天", "2026-11-27 18:00"),
        ("大后天", "2026-11-28 18:00"), ("昨天", "2026-11-24 18:00"), ("明天下午5点", "2026-11-26 17:00"),
        ("明天 下午 5 点", "2026-11-26 17:00"), ("下午3点半", "2026-11-25 15:30"), ("上午10点", "2026-11-25 10:00"),
        ("晚上8点", "2026-11-25 20:00"), ("中午12点", "2026-11-25 12:00"), ("中午1点", "2026-11-25 13:00"),
        ("凌晨2点", "2026-11-25 02:00"), ("下午3点一刻", "2026-11-25 15:15"), ("下午3点15分", "2026-11-25 15:15"),
        ("17点", "2026-11-25 17:00"), ("明天17:00", "2026-11-26 17:00"), ("周五", "2026-11-27 18:00"),
        ("星期五", "2026-11-27 18:00"), ("礼拜五", "2026-11-27 18:00"), ("周日", "2026-11-29 18:00"),
        ("星期天", "2026-11-29 18:00"), ("下周一", "2026-11-30 18:00"), ("下周五", "2026-12-04 18:00"),
        ("下星期三", "2026-12-02 18:00"), ("本周五", "2026-11-27 18:00"), ("这周五", "2026-11-27 18:00"),
        ("上周五", "2026-11-20 18:00"), ("下下周一", "2026-12-07 18:00"), ("周五下午3点", "2026-11-27 15:00"),
        ("下周一上午10点", "2026-11-30 10:00"), ("3天后", "2026-11-28 18:00"), ("三天后", "2026-11-28 18:00"),
        ("3天内", "2026-11-28 18:00"), ("3日内", "2026-11-28 18:00"), ("24小时内", "2026-11-26 10:30"),
        ("二十四小时内", "2026-11-26 10:30"), ("两小时内", "2026-11-25 12:30"), ("半小时内", "2026-11-25 11:00"),
        ("1个半小时", "2026-11-25 12:00"), ("三个工作日内", "2026-11-30 18:00"), ("3个工作日", "2026-11-30 18:00"),
        ("五个工作日之内", "2026-12-02 18:00"), ("一周内", "2026-12-02 18:00"), ("两周后", "2026-12-09 18:00"),
        ("一个月内", "2026-12-25 18:00"), ("月底", "2026-11-30 18:00"), ("本月底", "2026-11-30 18:00"),
        ("下月底", "2026-12-31 18:00"), ("年底", "2026-12-31 18:00"), ("下班前", "2026-11-25 18:00"),
        ("今天下班前", "2026-11-25 18:00"), ("本周内", "2026-11-27 18:00"), ("下周内", "2026-12-04 18:00"),
        ("12月1日", "2026-12-01 18:00"), ("12月1号", "2026-12-01 18:00"), ("2026年12月1日", "2026-12-01 18:00"),
        ("二〇二六年十二月一日", "2026-12-01 18:00"), ("30号", "2026-11-30 18:00"), ("下个月5号", "2026-12-05 18:00"),
        ("明天上午", "2026-11-26 12:00"), ("明天下午", "2026-11-26 18:00"), ("周五前", "2026-11-27 18:00"),
        ("周五之前", "2026-11-27 18:00"), ("３天后", "2026-11-28 18:00"), ("2天前", "2026-11-23 18:00"),
        ("十五分钟内", "2026-11-25 10:45"), ("明天上午十点半", "2026-11-26 10:30"),
    ]

    @Test("English expressions", arguments: english)
    func englishExpression(_ text: String, _ expected: String) throws {
        #expect(try resolve(text).date == local(expected, shanghai), "\(text)")
    }

    @Test("Chinese expressions", arguments: chinese)
    func chineseExpression(_ text: String, _ expected: String) throws {
        #expect(try resolve(text).date == local(expected, shanghai), "\(text)")
    }

    @Test("a day without a time is marked and uses the configured end of day")
    func dateOnly() throws {
        let resolved = try WhenParser.parse("friday", context: WhenContext(now: referenceNow, zone: shanghai, dateOnlyTime: TimeOfDay(hour: 17, minute: 30)!))
        #expect(resolved.date == local("2026-11-27 17:30", shanghai))
        #expect(!resolved.hasTime)
        #expect(try resolve("friday 5pm").hasTime)
    }

    @Test("month ends and leap days")
    func monthEnds() throws {
        let jan31 = local("2026-01-31 09:00", shanghai)
        #expect(try resolve("1 month", now: jan31).date == local("2026-02-28 18:00", shanghai))
        #expect(try resolve("eom", now: local("2028-02-10 09:00", shanghai)).date == local("2028-02-29 18:00", shanghai))
        #expect(try resolve("tomorrow", now: local("2028-02-28 09:00", shanghai)).date == local("2028-02-29 18:00", shanghai))
        #expect(try resolve("2028-02-29").date == local("2028-02-29 18:00", shanghai))
        #expect(try resolve("1 month", now: local("2028-01-31 09:00", shanghai)).date == local("2028-02-29 18:00", shanghai))
        #expect(try resolve("in 1 day", now: local("2026-12-31 09:00", shanghai)).date == local("2027-01-01 18:00", shanghai))
        #expect(throws: WhenError.invalidDate("2027-02-29")) { try resolve("2027-02-29") }
    }

    @Test("DST in Europe/London: wall-clock days, exact hours")
    func londonDST() throws {
        let london = TimeZone(identifier: "Europe/London")!
        let saturday = local("2026-03-28 12:00", london) // clocks go forward at 01:00 GMT on Sunday 29 March
        #expect(try resolve("tomorrow 12:00", now: saturday, zone: london).date == local("2026-03-29T11:00:00Z", london))
        #expect(try resolve("24h", now: saturday, zone: london).date == local("2026-03-29T12:00:00Z", london))
        #expect(try resolve("tomorrow", now: saturday, zone: london).date == local("2026-03-29T17:00:00Z", london))
        let autumn = local("2026-10-24 12:00", london) // clocks go back on Sunday 25 October
        #expect(try resolve("in 1 day", now: autumn, zone: london).date == local("2026-10-25T18:00:00Z", london))
    }

    @Test("DST in America/New_York, including a time that does not exist")
    func newYorkDST() throws {
        let newYork = TimeZone(identifier: "America/New_York")!
        let saturday = local("2026-03-07 09:00", newYork) // clocks go forward at 02:00 on Sunday 8 March
        #expect(try resolve("tomorrow 9am", now: saturday, zone: newYork).date == local("2026-03-08T13:00:00Z", newYork))
        #expect(try resolve("48h", now: saturday, zone: newYork).date == local("2026-03-09T14:00:00Z", newYork))
        #expect(try resolve("tomorrow 2:30am", now: saturday, zone: newYork).date == local("2026-03-08T07:30:00Z", newYork))
    }

    static let unreadable = ["blursday", "next", "3", "in three", "3 parsecs", "明年某天", "tomorrow tomorrow", "5pm 5pm",
                             "3 workdays ago", "周八"]

    @Test("what it cannot read is an error quoting the text, never a guess", arguments: unreadable)
    func unreadableExpression(_ text: String) {
        #expect(throws: WhenError.unreadable(text)) { try resolve(text) }
    }

    /// Found by Scripts/fuzz: 20 digits overflowed Int and trapped; 36666 working days took seconds to walk.
    static let impossible = ["2026-02-30", "2026-13-01", "25:00", "13pm", "tomorrow 24:00", "2月30日", "2026-11-27T14:05+25:00",
                             "99999999999999999999d", "99999999999999999999 days ago", "in 99999999999999999999 hours",
                             "三6666个工作日内", "5001 workdays"]

    @Test("impossible dates and times are errors", arguments: impossible)
    func impossibleExpression(_ text: String) {
        #expect(throws: WhenError.invalidDate(text)) { try resolve(text) }
    }

    @Test("empty input is an error")
    func empty() { #expect(throws: WhenError.empty) { try resolve("   ") } }
}
