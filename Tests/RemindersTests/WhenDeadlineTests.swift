import Foundation
import Testing
@testable import Reminders

/// The contact of issue #15: Wednesday 2026-11-25 10:00 in Shanghai.
private let shanghai = TimeZone(identifier: "Asia/Shanghai")!
private let contact = local("2026-11-25 10:00", shanghai)

private func deadline(_ text: String, said at: Date = contact, calendar: any BusinessCalendar = WeekendCalendar()) throws -> ResolvedWhen {
    try WhenParser.parse(text, context: WhenContext(now: at, zone: shanghai, calendar: calendar, purpose: .deadline))
}

/// Deadline phrases agents say, by kind, each resolved as a due time given at the contact.
@Suite("When-expressions as deadlines, by kind")
struct WhenDeadlineTests {
    /// 下班, 收工, 营业结束, close of business: the end of that business day (the `end-of-day` setting).
    static let dayEnds: [(String, String)] = [
        ("明天下班前", "2026-11-26 18:00"), ("周五下班前", "2026-11-27 18:00"), ("下班前", "2026-11-25 18:00"),
        ("今天下班之前", "2026-11-25 18:00"), ("明天收工前", "2026-11-26 18:00"), ("周五营业结束前", "2026-11-27 18:00"),
        ("下周一下班前", "2026-11-30 18:00"), ("明天的下班时间前", "2026-11-26 18:00"), ("by end of day tomorrow", "2026-11-26 18:00"),
        ("close of business friday", "2026-11-27 18:00"), ("eod tomorrow", "2026-11-26 18:00"), ("tomorrow cob", "2026-11-26 18:00"),
        ("by close of business on Monday", "2026-11-30 18:00"), ("end of business day tomorrow", "2026-11-26 18:00"),
        ("eod", "2026-11-25 18:00"), ("close of business", "2026-11-25 18:00"),
    ]

    /// 今晚 / tonight are evening times; 12 at night is midnight, the start of the next day.
    static let evenings: [(String, String)] = [
        ("今晚12点前", "2026-11-26 00:00"), ("今晚8点", "2026-11-25 20:00"), ("今晚", "2026-11-25 21:00"),
        ("明晚9点", "2026-11-26 21:00"), ("晚上十二点", "2026-11-26 00:00"), ("今晚十一点半", "2026-11-25 23:30"),
        ("夜里1点", "2026-11-26 01:00"), ("tonight 8pm", "2026-11-25 20:00"), ("tonight at 8", "2026-11-25 20:00"),
        ("tonight", "2026-11-25 21:00"), ("by midnight tonight", "2026-11-26 00:00"), ("this afternoon at 3", "2026-11-25 15:00"),
        ("this evening 7:30", "2026-11-25 19:30"), ("tomorrow morning at 10", "2026-11-26 10:00"),
        ("tomorrow afternoon", "2026-11-26 18:00"), ("friday evening", "2026-11-27 21:00"), ("tonight at 12", "2026-11-26 00:00"),
    ]

    /// 半, 一刻, 一个钟, and English counts in words: half an hour, two weeks, a month.
    static let halvesAndWords: [(String, String)] = [
        ("一个钟之内", "2026-11-25 11:00"), ("一刻钟后", "2026-11-25 10:15"), ("半个月内", "2026-12-10 18:00"),
        ("半小时内", "2026-11-25 10:30"), ("半天内", "2026-11-25 22:00"), ("半年内", "2027-05-25 18:00"),
        ("一个半小时", "2026-11-25 11:30"), ("两个钟头", "2026-11-25 12:00"), ("三刻钟后", "2026-11-25 10:45"),
        ("一年半", "2028-05-25 18:00"), ("半个钟", "2026-11-25 10:30"), ("一个月内", "2026-12-25 18:00"),
        ("within half an hour", "2026-11-25 10:30"), ("an hour and a half", "2026-11-25 11:30"),
        ("within two weeks", "2026-12-09 18:00"), ("within a month", "2026-12-25 18:00"), ("in twenty-four hours", "2026-11-26 10:00"),
        ("one and a half hours", "2026-11-25 11:30"), ("half a day", "2026-11-25 22:00"), ("within a year", "2027-11-25 18:00"),
        ("three days from now", "2026-11-28 18:00"),
    ]

    /// 交易日 without a region counts Monday to Friday (AgentPhraseTests has the exchange calendar).
    static let tradingDays: [(String, String)] = [
        ("3个交易日内", "2026-11-30 18:00"), ("五个交易日", "2026-12-02 18:00"), ("3 trading days", "2026-11-30 18:00"),
        ("within 2 business days", "2026-11-27 18:00"),
    ]

    /// English dates: ordinals with or without "of", commas and periods.
    static let englishDates: [(String, String)] = [
        ("Dec. 21", "2026-12-21 18:00"), ("24th December, 9 am", "2026-12-24 09:00"), ("12th of December at 19:00", "2026-12-12 19:00"),
        ("December 12th", "2026-12-12 18:00"), ("the 1st of December", "2026-12-01 18:00"), ("Dec 21, 2026", "2026-12-21 18:00"),
        ("21 Dec. 2026 5pm", "2026-12-21 17:00"), ("on the 3rd of December, 10 a.m.", "2026-12-03 10:00"),
    ]

    /// Days named relative to the contact, in any order with the time.
    static let englishDays: [(String, String)] = [
        ("the day after tomorrow", "2026-11-27 18:00"), ("day after tomorrow 10am", "2026-11-27 10:00"),
        ("Friday of next week", "2026-12-04 18:00"), ("monday of next week", "2026-11-30 18:00"), ("next week friday", "2026-12-04 18:00"),
        ("wednesday of next week", "2026-12-02 18:00"), ("tomorrow before 4pm", "2026-11-26 16:00"), ("4pm tomorrow", "2026-11-26 16:00"),
        ("by tomorrow at 4 p.m.", "2026-11-26 16:00"), ("friday this week", "2026-11-27 18:00"),
    ]

    /// Words already past at the contact mean their next occurrence.
    static let nextOccurrences: [(String, String)] = [
        ("三点", "2026-11-25 15:00"), ("早上8点", "2026-11-26 08:00"), ("1月5日", "2027-01-05 18:00"), ("十一月十日", "2027-11-10 18:00"),
        ("9点", "2026-11-25 21:00"), ("8am", "2026-11-26 08:00"), ("9:30", "2026-11-26 09:30"), ("周三", "2026-11-25 18:00"),
        ("20号", "2026-12-20 18:00"), ("25号", "2026-11-25 18:00"), ("wednesday", "2026-11-25 18:00"), ("11月25日", "2026-11-25 18:00"),
        ("凌晨2点", "2026-11-26 02:00"), ("上午9点", "2026-11-26 09:00"), ("noon", "2026-11-25 12:00"), ("jan 5", "2027-01-05 18:00"),
        ("3rd of November", "2027-11-03 18:00"), ("今天三点", "2026-11-25 15:00"),
    ]

    static var allRows: [(String, String)] {
        dayEnds + evenings + halvesAndWords + tradingDays + englishDates + englishDays + nextOccurrences
    }

    @Test("day ends", arguments: dayEnds) func dayEnd(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("evenings and midnight", arguments: evenings) func evening(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("halves, quarters and counts in words", arguments: halvesAndWords) func halves(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("trading days without a region: Monday to Friday", arguments: tradingDays) func trading(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("English dates", arguments: englishDates) func englishDate(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("English relative days", arguments: englishDays) func englishDay(_ text: String, _ expected: String) throws { try check(text, expected) }
    @Test("past words mean their next occurrence", arguments: nextOccurrences) func next(_ text: String, _ expected: String) throws { try check(text, expected) }

    private func check(_ text: String, _ expected: String) throws {
        let resolved = try deadline(text)
        #expect(resolved.date == local(expected, shanghai), "\(text)")
        #expect(resolved.warnings.isEmpty, "\(text)")
    }

    @Test("there are at least 60 new rows, by kind")
    func rowCount() { #expect(Self.allRows.count >= 60) }

    /// Relative words that name one moment only, already past: an error that says why.
    static let beforeContact = ["今天早上8点", "今天上午9点", "yesterday", "2 days ago", "3天前", "this monday", "本周一", "上周五",
                                "today 9am", "today at 8:00"]

    @Test("a past moment the words cannot move is an error naming both times", arguments: beforeContact)
    func pastIsError(_ text: String) throws {
        #expect(throws: WhenError.self) { try deadline(text) }
        do { _ = try deadline(text) } catch let error as WhenError {
            guard case let .beforeContact(quoted, _, contactStamp) = error else { Issue.record("\(text): \(error)"); return }
            #expect(quoted == text && contactStamp == "2026-11-25 10:00")
            #expect(error.localizedDescription.contains("before the contact at 2026-11-25 10:00"))
        }
    }

    /// A date with its year is kept even when past (a late entry), with a warning.
    static let explicitPast: [(String, String)] = [
        ("2026-01-05", "2026-01-05 18:00"), ("2026年1月5日", "2026-01-05 18:00"), ("2026-11-25 09:00", "2026-11-25 09:00"),
        ("5 Jan 2026", "2026-01-05 18:00"),
    ]

    @Test("a full date before the contact is kept with a warning", arguments: explicitPast)
    func explicitPastWarns(_ text: String, _ expected: String) throws {
        let resolved = try deadline(text)
        #expect(resolved.date == local(expected, shanghai))
        #expect(resolved.warnings == ["the due time \(expected) is before the contact at 2026-11-25 10:00; kept as written — check the year"])
    }

    @Test("said after the end of the day: 下班前 is tomorrow's, today is an error")
    func afterHours() throws {
        let evening = local("2026-11-25 19:00", shanghai)
        #expect(try deadline("下班前", said: evening).date == local("2026-11-26 18:00", shanghai))
        #expect(try deadline("eod", said: evening).date == local("2026-11-26 18:00", shanghai))
        #expect(try deadline("三点", said: evening).date == local("2026-11-26 15:00", shanghai), "a bare 3 o'clock is an office hour")
        #expect(try deadline("3点半", said: local("2026-11-25 16:00", shanghai)).date == local("2026-11-26 15:30", shanghai))
        #expect(try deadline("9点", said: evening).date == local("2026-11-25 21:00", shanghai), "the evening hour still ahead")
        #expect(try deadline("9点", said: local("2026-11-25 22:00", shanghai)).date == local("2026-11-26 09:00", shanghai))
        #expect(throws: WhenError.self) { try deadline("today", said: evening) }
        #expect(throws: WhenError.self) { try deadline("今天下班前", said: evening) }
        #expect(try deadline("周三", said: evening).date == local("2026-12-02 18:00", shanghai))
        #expect(try deadline("25号", said: evening).date == local("2026-12-25 18:00", shanghai))
    }

    @Test("the end of day follows the end-of-day setting")
    func endOfDaySetting() throws {
        let context = WhenContext(now: contact, zone: shanghai, dateOnlyTime: TimeOfDay(hour: 17, minute: 30)!, purpose: .deadline)
        #expect(try WhenParser.parse("明天下班前", context: context).date == local("2026-11-26 17:30", shanghai))
        #expect(try WhenParser.parse("close of business friday", context: context).date == local("2026-11-27 17:30", shanghai))
        #expect(try !WhenParser.parse("明天下班前", context: context).hasTime)
    }

    @Test("a moment (--at) is read as written, even in the past")
    func moments() throws {
        let context = WhenContext(now: contact, zone: shanghai)
        #expect(try WhenParser.parse("三点", context: context).date == local("2026-11-25 03:00", shanghai))
        #expect(try WhenParser.parse("1月5日", context: context).date == local("2026-01-05 18:00", shanghai))
        #expect(try WhenParser.parse("2026-01-05", context: context).warnings.isEmpty)
    }

    /// Half a week or of a working day names no day; neither does a count without a unit.
    static let unreadable = ["半周", "半个工作日", "half a week", "a few days", "at 3", "in a while", "tonight tomorrow"]

    @Test("spans that name no moment are errors", arguments: unreadable)
    func unreadableSpan(_ text: String) {
        #expect(throws: WhenError.unreadable(text)) { try deadline(text) }
    }
}

/// A small deterministic fuzz over the table: every prefix, suffix and one-character cut of every
/// row gives a date or a `WhenError`, as a moment and as a deadline — never a trap.
@Suite("When-parser robustness on fragments of real phrases")
struct WhenFragmentTests {
    @Test("fragments never trap")
    func fragments() {
        let rows = WhenDeadlineTests.allRows.map(\.0) + WhenDeadlineTests.beforeContact
        for row in rows {
            let characters = Array(row)
            var pieces: [String] = []
            for cut in 0...characters.count {
                pieces.append(String(characters[..<cut]))
                pieces.append(String(characters[cut...]))
                if cut < characters.count { pieces.append(String(characters[..<cut] + characters[(cut + 1)...])) }
            }
            for piece in pieces {
                for purpose in [WhenContext.Purpose.moment, .deadline] {
                    do {
                        _ = try WhenParser.parse(piece, context: WhenContext(now: contact, zone: shanghai, purpose: purpose))
                    } catch is WhenError {
                    } catch {
                        Issue.record("\(piece): \(error)")
                    }
                }
            }
        }
    }
}
