import Foundation

/// Chinese days and times: `明天下午5点`, `周五下班前`, `今晚12点`, `下周一上午10点`, `11月27日`,
/// `30号`, `三点`. Scanned by hand from the end of the text: a time (a clock, a part of the day, or
/// the end of the business day), then the day before it.
extension WhenGrammar {
    func chineseDayAndTime(_ text: Substring) throws -> WhenReading? {
        guard let (clock, rest) = try chineseTime(text) else {
            guard let (day, recurrence) = try chineseDay(text) else { return nil }
            return endOfDay(day, recurrence)
        }
        var dayText = rest
        if dayText.hasSuffix("的") { dayText = dayText.dropLast() }
        dayText = Substring(Self.stripFraming(String(dayText)))
        if dayText.isEmpty {
            return reading(day: today, time: clock.time, nextDay: clock.nextDay, recurrence: .daily, twelveHour: clock.twelveHour)
        }
        guard let (day, recurrence) = try chineseDay(dayText) else { return nil }
        return reading(day: day, time: clock.time, nextDay: clock.nextDay, recurrence: recurrence, twelveHour: clock.twelveHour)
    }

    /// A time of day at the end of `text`, and what comes before it. `time` nil is the end of the
    /// business day (`下班`, `收工`, `营业结束`).
    struct Clock {
        var time: TimeOfDay?
        var nextDay = false
        var twelveHour = false
        /// A clock without am/pm (`7:30`), which a part of the day next to it may move (`this evening 7:30`).
        var periodMayApply = false
    }

    func chineseTime(_ text: Substring) throws -> (Clock, Substring)? {
        for word in WhenLexicon.dayEndsZH where text.hasSuffix(word) {
            return (Clock(time: nil), text.dropLast(word.count))
        }
        if let (clock, rest) = try chineseClock(text) { return (clock, rest) }
        // A part of the day alone ("明天下午") is a deadline at that part's end.
        for (word, period) in WhenLexicon.periodsZH where text.hasSuffix(word) {
            return (Clock(time: try time(period.end, 0)), text.dropLast(word.count))
        }
        return nil
    }

    /// `下午3点半`, `3点1刻`, `15点30分`, `17:00`, `十二点整`, `晚上8点`, `3点钟`.
    private func chineseClock(_ text: Substring) throws -> (Clock, Substring)? {
        var rest = text
        var minute = 0
        if rest.hasSuffix("半") {
            minute = 30
            rest = rest.dropLast()
        } else if rest.hasSuffix("1刻") || rest.hasSuffix("3刻") {
            minute = rest.dropLast().last == "1" ? 15 : 45
            rest = rest.dropLast(2)
        } else if rest.hasSuffix("整") || rest.hasSuffix("钟") {
            rest = rest.dropLast()
        } else {
            let withoutFen = rest.hasSuffix("分") ? rest.dropLast() : rest
            let digits = Self.trailingDigits(withoutFen)
            if !digits.isEmpty, let separator = withoutFen.dropLast(digits.count).last, "点时:".contains(separator) {
                minute = try number(digits)
                rest = withoutFen.dropLast(digits.count)
            }
        }
        guard let separator = rest.last, "点时:".contains(separator) else { return nil }
        rest = rest.dropLast()
        var hourDigits = Self.trailingDigits(rest)
        // "周五17:00" became "周517:00": the digit after 周, 星期 or 礼拜 is the weekday's.
        if hourDigits.count >= 2, WhenLexicon.weekWordsZH.contains(where: { rest.dropLast(hourDigits.count).hasSuffix($0) }) {
            hourDigits = hourDigits.dropFirst()
        }
        guard !hourDigits.isEmpty else { return nil }
        var hour = try number(hourDigits)
        rest = rest.dropLast(hourDigits.count)
        guard (0...24).contains(hour) else { throw WhenError.invalidDate(original) }
        var clock = Clock()
        if let (word, period) = WhenLexicon.periodsZH.first(where: { rest.hasSuffix($0.word) }) {
            guard hour <= 23 else { throw WhenError.invalidDate(original) }
            (hour, clock.nextDay) = period.hour(hour)
            rest = rest.dropLast(word.count)
        } else {
            clock.twelveHour = separator == "点" && (1...11).contains(hour)
        }
        clock.time = try time(hour, minute)
        return (clock, rest)
    }

    private static func trailingDigits(_ text: Substring) -> Substring {
        var start = text.endIndex
        while start > text.startIndex, let previous = text[..<start].last, previous.isASCII, previous.isNumber {
            start = text.index(before: start)
        }
        return text[start...]
    }

    /// `今天`, `明天`, `周五`, `下周一`, `2026-11-27`, `2026年12月1日`, `12月1号`, `30号`,
    /// `下个月5号`, `3天后`, and how the same words name a later day.
    func chineseDay(_ text: Substring) throws -> (CalendarDay, WhenReading.Recurrence)? {
        if let offset = WhenLexicon.relativeDays[String(text)] { return (today.adding(days: offset), .none) }
        if let weekday = try chineseWeekday(text) { return weekday }
        if let day = try isoDay(text) { return (day, .explicitDate) }
        if let day = try numericDate(text) { return (day, .explicitDate) }
        if let date = try chineseDate(text) { return date }
        if let span = try span(String(text), backwards: false), case let .day(day, nil) = span.moment { return (day, .none) }
        return nil
    }

    /// `周五`, `星期天`, `下周一`, `下下个礼拜三`, `本周五`.
    private func chineseWeekday(_ text: Substring) throws -> (CalendarDay, WhenReading.Recurrence)? {
        var rest = text
        var weeks: Int?
        if let (word, value) = WhenLexicon.weekPrefixesZH.first(where: { rest.hasPrefix($0.word) }) {
            weeks = value
            rest = rest.dropFirst(word.count)
        }
        guard let word = WhenLexicon.weekWordsZH.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(word.count)
        guard rest.count == 1, let character = rest.first else { return nil }
        let weekday: Int
        switch character {
        case "日", "天": weekday = 7
        case "1"..."7": weekday = Int(String(character))!
        default: return nil
        }
        guard let weeks else { return (today.adding(days: (weekday - today.weekday + 7) % 7), .weekly) }
        return (today.adding(days: weekday - today.weekday + 7 * weeks), .none)
    }

    /// `2026年12月1日`, `12月1号`, `12月1`, `30号`, `下个月5号`.
    private func chineseDate(_ text: Substring) throws -> (CalendarDay, WhenReading.Recurrence)? {
        var rest = text
        var months: Int?
        if let (word, value) = WhenLexicon.monthPrefixesZH.first(where: { rest.hasPrefix($0.word) }) {
            months = value
            rest = rest.dropFirst(word.count)
        }
        var numbers: [(Int, Character?)] = []
        while !rest.isEmpty {
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty else { return nil }
            rest = rest.dropFirst(digits.count)
            let mark = rest.first
            if mark != nil { rest = rest.dropFirst() }
            numbers.append((try number(digits), mark))
        }
        switch (months, numbers.count) {
        case (nil, 3) where numbers[0].1 == "年" && numbers[1].1 == "月" && [nil, "日", "号"].contains(numbers[2].1):
            return (try date(numbers[0].0, numbers[1].0, numbers[2].0), .explicitDate)
        case (nil, 2) where numbers[0].1 == "月" && [nil, "日", "号"].contains(numbers[1].1):
            return (try date(today.year, numbers[0].0, numbers[1].0), .yearly)
        case (_, 1) where numbers[0].1 == "日" || numbers[0].1 == "号":
            let month = today.adding(months: months ?? 0)
            return (try date(month.year, month.month, numbers[0].0), months == nil ? .monthly : .none)
        default:
            return nil
        }
    }
}
