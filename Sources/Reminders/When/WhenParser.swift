import Foundation
import Lexicon

/// Reads the when-expressions people type and agents say, in English and Chinese.
///
/// One parser serves every `--at`, `--due` and `--as-of`. The grammar, in the order tried:
/// 1. an instant: `now`, `现在`, ISO 8601 date-times (with or without offset);
/// 2. a span from now: `in 3 days`, `3d`, `48h`, `+2w`, `3 workdays`, `24小时内`, `三个工作日内`,
///    `3天后`, and the same backwards (`2 days ago`, `3天前`);
/// 3. a named end: `eod`, `eow`, `eom`, `eoy`, `end of next week`, `月底`, `下班前`, `本周内`;
/// 4. a day, a time, or both: `tomorrow 17:00`, `friday 5pm`, `next monday`, `明天下午5点`,
///    `下周一上午10点`, `11月27日`, `27 Nov`, `下午3点半`.
/// Framing words are dropped first: `by`, `before`, `within`, `…之前`, `…以内`.
/// A day without a time resolves to `context.dateOnlyTime`; spans of hours and minutes are exact,
/// spans of days, weeks, months and workdays end at `dateOnlyTime` on the last day.
public enum WhenParser {
    public static func parse(_ input: String, context: WhenContext) throws -> ResolvedWhen {
        let text = WhenNormalizer.normalize(input)
        guard !text.isEmpty else { throw WhenError.empty }
        let grammar = WhenGrammar(context: context, original: input)
        if let instant = try grammar.instant(text) { return instant }
        if let ago = try grammar.span(text, backwards: true) { return ago }
        let core = WhenGrammar.stripFraming(text)
        if let span = try grammar.span(core, backwards: false) { return span }
        if let named = grammar.namedEnd(core) { return named }
        if let dayTime = try grammar.dayAndTime(core) { return dayTime }
        throw WhenError.unreadable(input)
    }
}

/// The rules of `WhenParser`, each returning nil when its form does not match.
struct WhenGrammar {
    let context: WhenContext
    let original: String

    private var today: CalendarDay { context.today }

    // MARK: - Framing

    static func stripFraming(_ text: String) -> String {
        var text = text
        for prefix in ["no later than ", "not later than ", "by ", "before ", "within ", "until ", "till ", "due ", "on "]
        where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        for prefix in ["在", "于"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        for suffix in ["之内", "以内", "之前", "以前", "内", "前"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        return text
    }

    // MARK: - Instants

    func instant(_ text: String) throws -> ResolvedWhen? {
        if ["now", "right now", "现在", "马上", "立即", "立刻"].contains(text) {
            return ResolvedWhen(date: context.now, hasTime: true)
        }
        // Each regex below is built on first use, which costs more than the match; cheap character
        // tests keep the parser from building the ones that cannot match.
        guard text.count >= 12, text.first?.isNumber == true, text.contains(":"),
              let match = text.wholeMatch(of: /(\d{4}-\d{1,2}-\d{1,2})[t ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}(?::?\d{2})?)?/) else {
            return nil
        }
        guard let day = CalendarDay(iso: match.1),
              let time = TimeOfDay(hour: Int(match.2) ?? -1, minute: Int(match.3) ?? -1, second: match.4.map { Int($0) ?? -1 } ?? 0) else {
            throw WhenError.invalidDate(original)
        }
        guard let offsetText = match.5 else { return ResolvedWhen(date: day.at(time, in: context.zone), hasTime: true) }
        guard let zone = Self.fixedZone(String(offsetText)) else { throw WhenError.invalidDate(original) }
        return ResolvedWhen(date: day.at(time, in: zone), hasTime: true)
    }

    private static func fixedZone(_ text: String) -> TimeZone? {
        if text == "z" { return TimeZone(identifier: "UTC") }
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 2 || digits.count == 4, let hours = Int(digits.prefix(2)), hours <= 18 else { return nil }
        let minutes = digits.count == 4 ? Int(digits.suffix(2))! : 0
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }

    // MARK: - Spans

    enum Unit { case minute, hour, day, week, month, workday }

    private static func englishUnit(_ word: Substring) -> Unit? {
        switch word.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "") {
        case "m", "min", "mins", "minute", "minutes": .minute
        case "h", "hr", "hrs", "hour", "hours": .hour
        case "d", "day", "days", "calendarday", "calendardays": .day
        case "w", "wk", "wks", "week", "weeks": .week
        case "mo", "month", "months": .month
        case "bd", "wd", "workday", "workdays", "businessday", "businessdays", "workingday", "workingdays": .workday
        default: nil
        }
    }

    private static func chineseUnit(_ word: Substring) -> Unit? {
        switch word {
        case "分钟", "分": .minute
        case "小时", "钟头", "钟": .hour
        case "天", "日": .day
        case "周", "星期", "礼拜": .week
        case "月": .month
        case "工作日", "个工作日", "working日": .workday
        default: nil
        }
    }

    /// `in 3 days`, `3d`, `+48h`, `3 workdays`, `24小时`, `3个工作日`, `3天后`, `半小时`; with
    /// `backwards`, only the `ago` / `前` forms.
    func span(_ text: String, backwards: Bool) throws -> ResolvedWhen? {
        let unitWords = /minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo|(?:business|working|work|calendar)[ -]?days?|workdays?|bd|wd/
        guard text.contains(where: \.isNumber) || text.contains("半") else { return nil }
        let chinese = text.contains(where: WhenNormalizer.isCJK)
        if backwards {
            if !chinese, text.hasSuffix(" ago"), let m = text.wholeMatch(of: /(\d+) ?(\w+(?: \w+)?) ago/), let unit = Self.englishUnit(m.2) {
                return try offset(-(number(m.1)), unit)
            }
            if chinese, text.hasSuffix("前"), let m = text.wholeMatch(of: /(\d+)个?(分钟|小时|钟头|天|周|星期|礼拜|月|工作日)(?:以前|之前|前)/), let unit = Self.chineseUnit(m.2) {
                return try offset(-(number(m.1)), unit)
            }
            return nil
        }
        if !chinese, let m = text.wholeMatch(of: /(?:in |\+)?(\d+) ?(\w+(?:[ -]\w+)?)(?: from now| later)?/),
           m.2.wholeMatch(of: unitWords) != nil, let unit = Self.englishUnit(m.2) {
            return try offset(try number(m.1), unit)
        }
        if chinese, let span = Self.chineseSpan(text) {
            // "3日" alone is the 3rd of the month; "3日后" and "3日内" are spans.
            if span.unitWord == "日" && !span.hasSuffix && original.contains("内") == false { return nil }
            if span.half {
                guard span.unit == .hour else { return nil }
                return try offset((span.count ?? 0) * 60 + 30, .minute)
            }
            return try offset(span.count!, span.unit)
        }
        return nil
    }

    /// `3个工作日`, `24小时`, `半小时`, `1个半小时`, `3天后`: scanned by hand, because this is the
    /// form agents use most and a regex costs more to build than the whole command to run.
    static func chineseSpan(_ text: String) -> (count: Int?, half: Bool, unit: Unit, unitWord: String, hasSuffix: Bool)? {
        var rest = Substring(text)
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        var count = digits.isEmpty ? nil : Int(digits)
        if !digits.isEmpty && count == nil { return nil }  // more digits than any span
        rest = rest.dropFirst(digits.count)
        var half = false
        if count == nil {
            guard rest.hasPrefix("半") else { return nil }
            half = true
            rest = rest.dropFirst()
            count = nil
        } else if rest.hasPrefix("个半") {
            half = true
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("个") {
            rest = rest.dropFirst()
        }
        for word in ["工作日", "分钟", "小时", "钟头", "星期", "礼拜", "天", "日", "周", "月"] where rest.hasPrefix(word) {
            let suffix = rest.dropFirst(word.count)
            guard ["", "后", "以后", "之后"].contains(suffix), let unit = chineseUnit(Substring(word)) else { return nil }
            return (count, half, unit, word, !suffix.isEmpty)
        }
        return nil
    }

    private func offset(_ count: Int, _ unit: Unit) throws -> ResolvedWhen {
        guard abs(count) <= 100_000 else { throw WhenError.invalidDate(original) }
        switch unit {
        case .minute: return ResolvedWhen(date: context.now.addingTimeInterval(Double(count) * 60), hasTime: true)
        case .hour: return ResolvedWhen(date: context.now.addingTimeInterval(Double(count) * 3600), hasTime: true)
        case .day: return endOfDay(today.adding(days: count))
        case .week: return endOfDay(today.adding(days: 7 * count))
        case .month: return endOfDay(today.adding(months: count))
        case .workday:
            guard count >= 0 else { throw WhenError.unreadable(original) }
            let (day, beyond) = context.calendar.addingWorkingDays(count, to: today)
            return endOfDay(day, warning: beyond ? calendarWarning(for: day) : nil)
        }
    }

    private func calendarWarning(for day: CalendarDay) -> String {
        let known = context.calendar.knownYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? Message.calendarNoYears.text()
        return Message.calendarBeyondYears.text(context.calendar.id, known, day.year)
    }

    // MARK: - Named ends

    func namedEnd(_ text: String) -> ResolvedWhen? {
        let thisWeekFriday = today.adding(days: 5 - today.weekday)
        switch text {
        case "eod", "end of day", "end of the day", "end of today", "today eod", "cob", "close of business",
             "下班", "今天下班", "今日下班", "今天之内", "当天":
            return endOfDay(today)
        case "eow", "end of week", "end of the week", "end of this week", "this week",
             "本周", "这周", "这个星期", "本星期", "这礼拜", "这个礼拜":
            return endOfDay(thisWeekFriday)
        case "end of next week", "next week", "下周", "下个星期", "下星期", "下礼拜", "下个礼拜":
            return endOfDay(thisWeekFriday.adding(days: 7))
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

    // MARK: - Day and time

    func dayAndTime(_ text: String) throws -> ResolvedWhen? {
        if let (time, rest) = try splitTime(text) {
            let dayText = rest.trimmingCharacters(in: .whitespaces)
            let day: CalendarDay?
            if dayText.isEmpty || dayText == "的" {
                day = today
            } else {
                day = try self.day(Self.stripFraming(dayText.hasSuffix("的") ? String(dayText.dropLast()) : dayText))
            }
            guard let day else { return nil }
            return ResolvedWhen(date: day.at(time, in: context.zone), hasTime: true)
        }
        guard let day = try day(text) else { return nil }
        return endOfDay(day)
    }

    /// Separates a time of day from the end (or, in English, the start) of `text`.
    private func splitTime(_ text: String) throws -> (TimeOfDay, String)? {
        let chinese = text.contains(where: WhenNormalizer.isCJK)
        let meridiem = text.contains("am") || text.contains("pm") || text.contains("a.m.") || text.contains("p.m.")
        if meridiem, let m = text.firstMatch(of: /(?:^| )(?:at )?(\d{1,2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)$/) {
            var hour = try number(m.1)
            guard (1...12).contains(hour) else { throw WhenError.invalidDate(original) }
            if m.3.hasPrefix("p") && hour != 12 { hour += 12 }
            if m.3.hasPrefix("a") && hour == 12 { hour = 0 }
            return (try time(hour, try m.2.map(number) ?? 0), String(text[..<m.range.lowerBound]))
        }
        if !chinese, text.contains(":"), let m = text.firstMatch(of: /(?:^| |t)(?:at )?(\d{1,2}):(\d{2})(?::(\d{2}))?$/) {
            return (try time(try number(m.1), try number(m.2), try m.3.map(number) ?? 0), String(text[..<m.range.lowerBound]))
        }
        if text.hasSuffix("noon") || text.hasSuffix("midday") || text.hasSuffix("midnight"),
           let m = text.firstMatch(of: /(?:^| )(?:at )?(noon|midday|midnight)$/) {
            return (try time(m.1 == "midnight" ? 0 : 12, 0), String(text[..<m.range.lowerBound]))
        }
        if meridiem, let m = text.wholeMatch(of: /(?:at )?(\d{1,2})(?::(\d{2}))? ?(am|pm) (.+)/) {
            var hour = try number(m.1)
            guard (1...12).contains(hour) else { throw WhenError.invalidDate(original) }
            if m.3 == "pm" && hour != 12 { hour += 12 }
            if m.3 == "am" && hour == 12 { hour = 0 }
            return (try time(hour, try m.2.map(number) ?? 0), String(m.4))
        }
        guard chinese else { return nil }
        let periods = /凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|晚/
        if let m = text.firstMatch(of: /(凌晨|早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜间|晚)?(\d{1,2})(?:点|时|:)(?:(\d{1,2})分?|(半)|(1)刻|(3)刻|整|钟)?$/) {
            var hour = try number(m.2)
            let minute = m.4 != nil ? 30 : m.5 != nil ? 15 : m.6 != nil ? 45 : try m.3.map(number) ?? 0
            if let period = m.1 {
                hour = try Self.applyPeriod(String(period), to: hour, original: original)
            }
            return (try time(hour, minute), String(text[..<m.range.lowerBound]))
        }
        // A period alone ("明天下午") is a deadline at that period's end.
        if let m = text.firstMatch(of: periods), m.range.upperBound == text.endIndex {
            let end: Int = switch m.output {
            case "凌晨", "早上", "早晨", "清晨": 9
            case "上午", "中午": 12
            case "午后", "下午", "傍晚": 18
            default: 21
            }
            return (try time(end, 0), String(text[..<m.range.lowerBound]))
        }
        return nil
    }

    private static func applyPeriod(_ period: String, to hour: Int, original: String) throws -> Int {
        guard (0...23).contains(hour) else { throw WhenError.invalidDate(original) }
        switch period {
        case "凌晨": return hour == 12 ? 0 : hour
        case "中午": return hour < 11 ? hour + 12 : hour
        case "午后", "下午", "傍晚", "晚上", "夜里", "夜间", "晚": return hour < 12 ? hour + 12 : hour
        default: return hour
        }
    }

    private func time(_ hour: Int, _ minute: Int, _ second: Int = 0) throws -> TimeOfDay {
        guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { throw WhenError.invalidDate(original) }
        return time
    }

    private static let weekdaysEN: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "weds": 3, "wednesday": 3,
        "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
        "sun": 7, "sunday": 7,
    ]

    private static let monthsEN: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// A day with no time: `today`, `friday`, `next monday`, `2026-11-27`, `11月27日`, `27 nov`, `3天后`.
    func day(_ text: String) throws -> CalendarDay? {
        switch text {
        case "today", "tod", "今天", "今日", "今": return today
        case "tomorrow", "tmr", "tmrw", "明天", "明日", "明": return today.adding(days: 1)
        case "day after tomorrow", "后天": return today.adding(days: 2)
        case "大后天": return today.adding(days: 3)
        case "yesterday", "昨天", "昨日": return today.adding(days: -1)
        case "前天": return today.adding(days: -2)
        default: break
        }
        let chinese = text.contains(where: WhenNormalizer.isCJK)
        let startsWithDigit = text.first?.isNumber == true
        if !chinese, !startsWithDigit, let m = text.wholeMatch(of: /(?:(this|next|last|coming) )?(\w+)/), let weekday = Self.weekdaysEN[String(m.2)] {
            switch m.1 {
            case "this": return today.adding(days: weekday - today.weekday)
            case "next": return today.adding(days: weekday - today.weekday + 7)
            case "last": return today.adding(days: -((today.weekday - weekday + 6) % 7 + 1))
            default: return today.adding(days: (weekday - today.weekday + 7) % 7)
            }
        }
        if chinese, text.contains("周") || text.contains("星期") || text.contains("礼拜"),
           let m = text.wholeMatch(of: /(本|这|这个|下下个|下下|下个|下|上个|上)?(?:周|星期|礼拜)([1-7]|日|天)/) {
            let weekday = m.2 == "日" || m.2 == "天" ? 7 : try number(m.2)
            switch m.1 {
            case "本", "这", "这个": return today.adding(days: weekday - today.weekday)
            case "下", "下个": return today.adding(days: weekday - today.weekday + 7)
            case "下下", "下下个": return today.adding(days: weekday - today.weekday + 14)
            case "上", "上个": return today.adding(days: weekday - today.weekday - 7)
            default: return today.adding(days: (weekday - today.weekday + 7) % 7)
            }
        }
        if startsWithDigit, text.count >= 8, text.count <= 10 {
            let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            if parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
               parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                return try date(Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
            }
        }
        if chinese, text.contains("月"), let m = text.wholeMatch(of: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?/) {
            return try date(try m.1.map(number) ?? today.year, try number(m.2), try number(m.3))
        }
        if chinese, text.hasSuffix("日") || text.hasSuffix("号"), let m = text.wholeMatch(of: /(本月|这个月|下个月|下月)?(\d{1,2})[日号]/) {
            let base = m.1 == "下个月" || m.1 == "下月" ? today.adding(months: 1) : today
            return try date(base.year, base.month, try number(m.2))
        }
        if !chinese, startsWithDigit, let m = text.wholeMatch(of: /(\d{1,2})(?:st|nd|rd|th)? (\w+)(?:,? (\d{4}))?/), let month = Self.monthsEN[String(m.2)] {
            return try date(try m.3.map(number) ?? today.year, month, try number(m.1))
        }
        if !chinese, !startsWithDigit, let m = text.wholeMatch(of: /(\w+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?/), let month = Self.monthsEN[String(m.1)] {
            return try date(try m.3.map(number) ?? today.year, month, try number(m.2))
        }
        if let span = try span(text, backwards: false), !span.hasTime {
            return CalendarDay(span.date, in: context.zone)
        }
        return nil
    }

    /// A captured run of digits as a number; too many digits is an impossible date, not a crash.
    private func number(_ digits: Substring) throws -> Int {
        guard let value = Int(digits) else { throw WhenError.invalidDate(original) }
        return value
    }

    private func date(_ year: Int, _ month: Int, _ day: Int) throws -> CalendarDay {
        guard let date = CalendarDay(year: year, month: month, day: day) else { throw WhenError.invalidDate(original) }
        return date
    }

    private func endOfDay(_ day: CalendarDay, warning: String? = nil) -> ResolvedWhen {
        ResolvedWhen(date: day.at(context.dateOnlyTime, in: context.zone), hasTime: false, calendarWarning: warning)
    }
}
