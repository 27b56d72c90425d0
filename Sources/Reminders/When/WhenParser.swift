import Foundation
import Lexicon

/// Reads the when-expressions people type and agents say, in English and Chinese.
///
/// One parser serves every `--at`, `--due` and `--as-of`. The grammar, in the order tried:
/// 1. an instant: `now`, `现在`, ISO 8601 date-times (with or without offset);
/// 2. a span from now: `in 3 days`, `3d`, `48h`, `+2w`, `3 workdays`, `within half an hour`,
///    `two weeks`, `24小时内`, `三个工作日内`, `3个交易日内`, `半个月内`, `一刻钟后`, `一个钟之内`,
///    and the same backwards (`2 days ago`, `3天前`);
/// 3. a range of a span, read as its later bound: `3到5个工作日`, `7-10 working days`;
/// 4. a count from a holiday: `节后第一个工作日`, `国庆后七个工作日`, `after the bank holiday`;
/// 5. a named end: `eow`, `eom`, `eoy`, `end of next week`, `next week`, `the week after next`, `月底`;
/// 6. a day, a time, or both, in any order: `tomorrow before 4pm`, `this afternoon at 3`,
///    `tonight 8pm`, `Friday of next week`, `12th of December at 19:00`, `by end of day tomorrow`,
///    `first thing Monday`, `by the 15th`, `01/12/2026` (in the region's order), `明天下午5点`,
///    `周五下班前`, `周五17:00前`, `今晚12点前`, `11月27日`.
/// Framing words are dropped first: `by`, `before`, `within`, `…之前`, `…以内`, `最迟`, `不超过`.
/// Words that promise no time (`尽快`, `ASAP`) are refused with a suggestion (`WhenError.vague`).
/// A day without a time resolves to `context.dateOnlyTime`, and so does the end of a business
/// day (下班, close of business); spans of hours and minutes are exact, spans of days, weeks,
/// months and workdays end at `dateOnlyTime` on the last day.
///
/// For a deadline (`context.purpose`), the answer is never before `context.now` without a word:
/// past words that allow a later reading take it (`三点` at 10:00 is 15:00, `1月5日` in November is
/// next January), a full date is kept with a warning, and anything else is `WhenError.beforeContact`.
public enum WhenParser {
    public static func parse(_ input: String, context: WhenContext) throws -> ResolvedWhen {
        let text = WhenNormalizer.normalize(input)
        guard !text.isEmpty else { throw WhenError.empty }
        let grammar = WhenGrammar(context: context, original: input)
        guard let reading = try grammar.read(text) else { throw WhenError.unreadable(input) }
        return try settle(reading, context: context, original: input)
    }

    /// Applies the rule that a deadline is never before its contact.
    static func settle(_ reading: WhenReading, context: WhenContext, original: String) throws -> ResolvedWhen {
        var reading = reading
        var warnings = reading.calendarWarning.map { [$0] } ?? []
        let first = reading.date(in: context)
        if context.purpose == .deadline, first < context.now {
            if let later = reading.nextOccurrence(after: context.now, in: context) {
                reading = later
            } else if reading.recurrence == .explicitDate {
                warnings.append(WhenWords.dueBeforeContact(due: WhenWords.stamp(first, in: context.zone),
                                                           contact: WhenWords.stamp(context.now, in: context.zone)))
            } else {
                throw WhenError.beforeContact(original, names: WhenWords.stamp(first, in: context.zone),
                                              contact: WhenWords.stamp(context.now, in: context.zone))
            }
        }
        return ResolvedWhen(date: reading.date(in: context), hasTime: reading.hasTime, warnings: warnings)
    }
}

/// The rules of `WhenParser`, each returning nil when its form does not match.
///
/// No rule compiles a `Regex` on the common paths (spans, Chinese and English days and times): they
/// scan characters and tokens by hand, because building a regex costs more than a whole `log`.
struct WhenGrammar {
    let context: WhenContext
    let original: String

    var today: CalendarDay { context.today }

    func read(_ text: String) throws -> WhenReading? {
        if let instant = try instant(text) { return instant }
        if let ago = try span(text, backwards: true) { return ago }
        let core = Self.stripFraming(text)
        if WhenLexicon.vague.contains(core) || WhenLexicon.vague.contains(text) { throw WhenError.vague(original) }
        if let span = try span(core, backwards: false) { return span }
        if let later = Self.laterBound(core), let span = try span(later, backwards: false) { return span }
        if let holiday = try afterHoliday(core) { return holiday }
        if let named = namedEnd(core) { return named }
        let chinese = core.contains(where: WhenNormalizer.isCJK)
        return chinese ? try chineseDayAndTime(Substring(core)) : try englishDayAndTime(core)
    }

    // MARK: - Framing

    static func stripFraming(_ text: String) -> String {
        var text = text
        for prefix in WhenLexicon.framingPrefixesEN where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        for prefix in WhenLexicon.framingPrefixesZH where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        for suffix in WhenLexicon.framingSuffixesZH where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        return text
    }

    // MARK: - Instants

    func instant(_ text: String) throws -> WhenReading? {
        if ["now", "right now", "现在", "马上", "立即", "立刻"].contains(text) {
            return WhenReading(.instant(context.now))
        }
        // The regex is built on first use, which costs more than the match; cheap character tests
        // keep the parser from building it for text it cannot match, and ASCII text (what
        // `--as-of` and `--at` nearly always are) is read by `ISOInstant` without it.
        guard text.count >= 12, text.first?.isNumber == true, text.contains(":") else { return nil }
        let parts: ISOInstant
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let scanned = ISOInstant(ascii: text) else { return nil }
            parts = scanned
        } else {
            guard let match = text.wholeMatch(of: /(\d{4}-\d{1,2}-\d{1,2})[t ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}(?::?\d{2})?)?/) else {
                return nil
            }
            parts = ISOInstant(day: match.1, hour: match.2, minute: match.3, second: match.4, offset: match.5)
        }
        guard let day = CalendarDay(iso: parts.day),
              let time = TimeOfDay(hour: Int(parts.hour) ?? -1, minute: Int(parts.minute) ?? -1, second: parts.second.map { Int($0) ?? -1 } ?? 0) else {
            throw WhenError.invalidDate(original)
        }
        guard let offsetText = parts.offset else { return WhenReading(.day(day, time), .explicitDate) }
        guard let zone = Self.fixedZone(String(offsetText)) else { throw WhenError.invalidDate(original) }
        return WhenReading(.instant(day.at(time, in: zone)), .explicitDate)
    }

    private static func fixedZone(_ text: String) -> TimeZone? {
        if text == "z" { return TimeZone(identifier: "UTC") }
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 2 || digits.count == 4, let hours = Int(digits.prefix(2)), hours <= 18 else { return nil }
        let minutes = digits.count == 4 ? Int(digits.suffix(2))! : 0
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }

    // MARK: - Named ends

    /// Ends of weeks, months and years, which a deadline names without a day. `next week` and
    /// `下周` are the end of next week's Friday (the README's rule for spans).
    func namedEnd(_ text: String) -> WhenReading? {
        let thisWeekFriday = today.adding(days: 5 - today.weekday)
        let text = text.hasPrefix("the ") ? String(text.dropFirst(4)) : text
        switch text {
        case "end of today", "今天之内", "今日之内":
            return endOfDay(today)
        case "eow", "end of week", "end of the week", "end of this week", "this week",
             "本周", "这周", "这个星期", "本星期", "这礼拜", "这个礼拜":
            return endOfDay(thisWeekFriday)
        case "end of next week", "next week", "下周", "下个星期", "下星期", "下礼拜", "下个礼拜":
            return endOfDay(thisWeekFriday.adding(days: 7))
        case "week after next", "end of the week after next", "下下周", "下下个星期", "下下个礼拜":
            return endOfDay(thisWeekFriday.adding(days: 14))
        case "weekend", "this weekend", "周末", "本周末", "这周末":
            return endOfDay(today.adding(days: 7 - today.weekday))
        case "eom", "end of month", "end of the month", "end of this month", "this month",
             "月底", "月末", "本月底", "本月末", "这个月底", "本月", "这个月":
            return endOfDay(today.lastDayOfMonth)
        case "end of next month", "next month", "下月底", "下个月底", "下月末", "下个月末", "下个月", "下月":
            return endOfDay(today.adding(months: 1).lastDayOfMonth)
        case "eoy", "end of year", "end of the year", "end of this year", "年底", "年末", "今年底", "今年年底":
            return endOfDay(CalendarDay(year: today.year, month: 12, day: 31)!)
        default:
            return nil
        }
    }

    // MARK: - Shared pieces

    /// A captured run of digits as a number; too many digits is an impossible date, not a crash.
    func number(_ digits: Substring) throws -> Int {
        guard digits.count <= 6, let value = Int(digits) else { throw WhenError.invalidDate(original) }
        return value
    }

    func date(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDay {
        guard let date = CalendarDay(year: year, month: month, day: day) else { throw WhenError.invalidDate(original) }
        return date
    }

    func time(_ hour: Int, _ minute: Int, _ second: Int = 0) throws -> TimeOfDay {
        guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { throw WhenError.invalidDate(original) }
        return time
    }

    func endOfDay(_ day: CalendarDay, _ recurrence: WhenReading.Recurrence = .none, warning: String? = nil) -> WhenReading {
        WhenReading(.day(day, nil), recurrence, calendarWarning: warning)
    }

    /// `2026-11-27`, `2026/12/01`, `2026.12.01`: a date with its year.
    func isoDay(_ text: Substring) throws -> CalendarDay? {
        guard text.first?.isNumber == true, text.count >= 8, text.count <= 10 else { return nil }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return try date(Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
    }

    /// A time on a day; an hour past midnight ("今晚12点") moves to the next day.
    func reading(day: CalendarDay, time: TimeOfDay?, nextDay: Bool, recurrence: WhenReading.Recurrence, twelveHour: Bool) -> WhenReading {
        WhenReading(.day(nextDay ? day.adding(days: 1) : day, time), recurrence, twelveHour: twelveHour)
    }
}
