import Foundation

/// English days and times, in any order and with framing words between them: `tomorrow before
/// 4pm`, `5pm tomorrow`, `this afternoon at 3`, `tonight 8pm`, `Friday of next week`,
/// `24th December, 9 am`, `Dec. 21`, `by end of day tomorrow`. Read as tokens: the time (a clock,
/// a part of the day, the end of the business day) is taken out, and what is left names the day.
extension WhenGrammar {
    func englishDayAndTime(_ text: String) throws -> WhenReading? {
        var tokens = Self.englishTokens(text)
        guard !tokens.isEmpty else { return nil }
        var clock: Clock?
        var fixedToday = false  // "tonight", "this afternoon": today, not the next such time
        if let range = tokens.firstRange(of: ["first", "thing"] as [Substring]) {
            // "first thing Monday": when the working day starts, 09:00.
            tokens.removeSubrange(range)
            clock = Clock(time: try time(9, 0))
        } else if let range = WhenLexicon.dayEndsEN.lazy.compactMap({ tokens.firstRange(of: $0) }).first {
            tokens.removeSubrange(range)
            clock = Clock(time: nil)
        } else if let (found, range) = try englishClock(tokens) {
            tokens.removeSubrange(range)
            clock = found
        }
        if let index = tokens.firstIndex(where: { WhenLexicon.periodsEN[$0] != nil }) {
            let period = WhenLexicon.periodsEN[tokens[index]]!
            fixedToday = tokens[index] == "tonight"
            tokens.remove(at: index)
            if index > 0, tokens[index - 1] == "this" {
                tokens.remove(at: index - 1)
                fixedToday = true
            }
            clock = try englishClock(clock, in: period, tokens: &tokens)
        }
        guard let clock else {
            guard let (day, recurrence) = try englishDay(tokens) else { return nil }
            return endOfDay(day, recurrence)
        }
        if tokens.isEmpty {
            return reading(day: today, time: clock.time, nextDay: clock.nextDay, recurrence: fixedToday ? .none : .daily, twelveHour: false)
        }
        guard !fixedToday, let (day, recurrence) = try englishDay(tokens) else { return nil }
        return reading(day: day, time: clock.time, nextDay: clock.nextDay, recurrence: recurrence, twelveHour: false)
    }

    /// Lower-cased words without commas, trailing periods (`dec.`) and framing words; none when
    /// the text ends in a framing word (`tomorrow at`), because then a part is missing.
    static func englishTokens(_ text: String) -> [Substring] {
        var text = text
        if text.contains(".") { text = text.replacingOccurrences(of: "a.m.", with: "am").replacingOccurrences(of: "p.m.", with: "pm") }
        if text.contains(",") { text = text.replacingOccurrences(of: ",", with: " ") }
        let words = text.split(separator: " ").map { $0.count > 1 && $0.hasSuffix(".") ? $0.dropLast() : $0 }
        guard let last = words.last, !WhenLexicon.fillersEN.contains(last) else { return [] }
        return words.filter { !WhenLexicon.fillersEN.contains($0) }
    }

    /// `5pm`, `5:30 pm`, `17:00`, `14:05:30`, `noon`, `midnight` among `tokens`.
    private func englishClock(_ tokens: [Substring]) throws -> (Clock, ClosedRange<Int>)? {
        for (index, token) in tokens.enumerated() {
            if token.hasSuffix("am") || token.hasSuffix("pm"), let (hour, minute, _) = Self.clockDigits(token.dropLast(2)) {
                return (Clock(time: try meridiem(hour, minute, pm: token.hasSuffix("pm"))), index...index)
            }
            if let (hour, minute, second) = Self.clockDigits(token) {
                if index + 1 < tokens.count, tokens[index + 1] == "am" || tokens[index + 1] == "pm" {
                    return (Clock(time: try meridiem(hour, minute, pm: tokens[index + 1] == "pm")), index...(index + 1))
                }
                if token.contains(":") { return (Clock(time: try time(hour, minute, second), periodMayApply: true), index...index) }
            }
            switch token {
            case "noon", "midday": return (Clock(time: try time(12, 0)), index...index)
            // Midnight ends the day it is said with: "by midnight tomorrow" is the night after tomorrow.
            case "midnight": return (Clock(time: try time(0, 0), nextDay: true), index...index)
            default: continue
            }
        }
        return nil
    }

    /// A part of the day with the clock found so far: `tonight 8pm` keeps 20:00, `this afternoon
    /// at 3` takes the bare `3` as 15:00, `tomorrow afternoon` alone is the afternoon's end.
    private func englishClock(_ clock: Clock?, in period: WhenLexicon.Period, tokens: inout [Substring]) throws -> Clock {
        if let clock {
            guard clock.periodMayApply, let time = clock.time, (1...12).contains(time.hour) else { return clock }
            let (hour, nextDay) = period.hour(time.hour)
            return Clock(time: try self.time(hour, time.minute, time.second), nextDay: nextDay)
        }
        if let index = tokens.firstIndex(where: { $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let hour = Int(tokens[index]), (1...12).contains(hour) {
            tokens.remove(at: index)
            let (clockHour, nextDay) = period.hour(hour)
            return Clock(time: try time(clockHour, 0), nextDay: nextDay)
        }
        return Clock(time: try time(period.end, 0))
    }

    private func meridiem(_ hour: Int, _ minute: Int, pm: Bool) throws -> TimeOfDay {
        guard (1...12).contains(hour) else { throw WhenError.invalidDate(original) }
        return try time(pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour), minute)
    }

    /// `5`, `5:30`, `14:05:30` as numbers; nil for anything else.
    private static func clockDigits(_ text: Substring) -> (Int, Int, Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), (1...2).contains(parts[0].count),
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return (Int(parts[0])!, parts.count > 1 ? Int(parts[1])! : 0, parts.count > 2 ? Int(parts[2])! : 0)
    }

    /// `today`, `tomorrow`, `day after tomorrow`, `friday`, `next monday`, `friday next week`,
    /// `27 nov`, `Dec 21`, `24th December 2026`, `2026-11-27`, `3 days`, and how the same words
    /// name a later day.
    func englishDay(_ tokens: [Substring]) throws -> (CalendarDay, WhenReading.Recurrence)? {
        guard !tokens.isEmpty else { return nil }
        if let offset = WhenLexicon.relativeDays[tokens.joined(separator: " ")] { return (today.adding(days: offset), .none) }
        if let weekday = englishWeekday(tokens) { return weekday }
        if tokens.count == 1, let day = try isoDay(tokens[0]) { return (day, .explicitDate) }
        if tokens.count == 1, let day = try numericDate(tokens[0]) { return (day, .explicitDate) }
        // "by the 15th": that day of this month, or of the next when it is past.
        if tokens.count == 1, tokens[0].count > 2, ["st", "nd", "rd", "th"].contains(String(tokens[0].suffix(2))),
           let dayOfMonth = Self.ordinal(tokens[0]) {
            return (try date(today.year, today.month, dayOfMonth), .monthly)
        }
        if let date = try englishDate(tokens) { return date }
        if let span = try span(tokens.joined(separator: " "), backwards: false), case let .day(day, nil) = span.moment {
            return (day, .none)
        }
        return nil
    }

    /// `friday`, `this friday`, `next friday`, `last friday`, `friday of next week`, `next week friday`.
    private func englishWeekday(_ tokens: [Substring]) -> (CalendarDay, WhenReading.Recurrence)? {
        guard let index = tokens.firstIndex(where: { WhenLexicon.weekdaysEN[String($0)] != nil }) else { return nil }
        let weekday = WhenLexicon.weekdaysEN[String(tokens[index])]!
        var around = Array(tokens[..<index]) + Array(tokens[(index + 1)...])
        if around.count == 2, around[1] == "week" { around.removeLast() }  // "friday of next week"
        else if around.count == 2, around[0] == "next" || around[0] == "this" || around[0] == "last", around[1] == "week" { around.removeLast() }
        let thisWeek = today.adding(days: weekday - today.weekday)
        switch around {
        case []: return (today.adding(days: (weekday - today.weekday + 7) % 7), .weekly)
        case ["coming"]: return (today.adding(days: (weekday - today.weekday + 7) % 7), .none)
        case ["this"]: return (thisWeek, .none)
        case ["next"]: return (thisWeek.adding(days: 7), .none)
        case ["last"]: return (today.adding(days: -((today.weekday - weekday + 6) % 7 + 1)), .none)
        default: return nil
        }
    }

    /// `27 nov`, `nov 27`, `24th december`, `12th december 2026`, `december 1, 2027`.
    private func englishDate(_ tokens: [Substring]) throws -> (CalendarDay, WhenReading.Recurrence)? {
        guard tokens.count == 2 || tokens.count == 3 else { return nil }
        let monthFirst = WhenLexicon.monthsEN[String(tokens[0])] != nil
        guard let month = WhenLexicon.monthsEN[String(tokens[monthFirst ? 0 : 1])],
              let dayOfMonth = Self.ordinal(tokens[monthFirst ? 1 : 0]) else { return nil }
        guard tokens.count == 3 else { return (try date(today.year, month, dayOfMonth), .yearly) }
        guard tokens[2].count == 4, let year = Int(tokens[2]) else { return nil }
        return (try date(year, month, dayOfMonth), .explicitDate)
    }

    /// `21`, `21st`, `2nd`, `3rd`, `24th`.
    private static func ordinal(_ token: Substring) -> Int? {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(token.dropFirst(digits.count)) else { return nil }
        return Int(digits)
    }
}
