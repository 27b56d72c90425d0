import Foundation
import Lexicon

/// A span from the contact: how many of which unit, and whether half of one more.
struct WhenSpan: Equatable {
    var count: Int
    var half: Bool
    var unit: WhenLexicon.Unit
}

extension WhenGrammar {
    /// `in 3 days`, `3d`, `+48h`, `3 workdays`, `within half an hour`, `two weeks`, `24小时`,
    /// `3个工作日`, `3天后`, `半个月`, `一刻钟后`; with `backwards`, only the `ago` / `前` forms.
    func span(_ text: String, backwards: Bool) throws -> WhenReading? {
        guard let first = text.first else { return nil }
        guard first.isNumber || first == "+" || first.isLetter || first == "半" else { return nil }
        let chinese = text.contains(where: WhenNormalizer.isCJK)
        if chinese {
            guard text.contains(where: \.isNumber) || text.contains("半") else { return nil }
            var body = Substring(text)
            if backwards {
                guard let suffix = ["以前", "之前", "前"].first(where: { body.hasSuffix($0) }) else { return nil }
                body = body.dropLast(suffix.count)
            }
            guard let (span, unitWord, hasSuffix) = Self.chineseSpan(body) else { return nil }
            if backwards { return hasSuffix ? nil : try offset(WhenSpan(count: -span.count, half: span.half, unit: span.unit)) }
            // "3日" alone is the 3rd of the month; "3日后" and "3日内" are spans.
            if unitWord == "日" && !hasSuffix && !original.contains("内") { return nil }
            return try offset(span)
        }
        var tokens = text.split(separator: " ")
        if backwards {
            guard tokens.last == "ago" else { return nil }
            tokens.removeLast()
        } else {
            if tokens.first == "in" { tokens.removeFirst() }
            if tokens.count > 2, tokens.suffix(2) == ["from", "now"] { tokens.removeLast(2) }
            if tokens.count > 1, tokens.last == "later" { tokens.removeLast() }
        }
        guard var span = try englishSpan(tokens, signed: !backwards) else { return nil }
        if backwards { span.count = -span.count }
        return try offset(span)
    }

    /// `3个工作日`, `24小时`, `半小时`, `1个半小时`, `半个月`, `1年半`, `1刻钟`, `3天后`: scanned by
    /// hand, because this is the form agents use most and a regex costs more to build than the
    /// whole command to run. Returns the unit's word and whether `后` followed it.
    static func chineseSpan(_ text: Substring) -> (span: WhenSpan, unitWord: String, hasSuffix: Bool)? {
        var rest = text
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count <= 6 else { return nil }  // more digits than any span
        var count = Int(digits) ?? 0
        rest = rest.dropFirst(digits.count)
        var half = false
        if digits.isEmpty {
            guard rest.hasPrefix("半") else { return nil }
            half = true
            rest = rest.dropFirst()
            count = 0
        } else if rest.hasPrefix("个半") {
            half = true
            rest = rest.dropFirst(2)
        }
        if rest.hasPrefix("个") { rest = rest.dropFirst() }
        for (word, unit) in WhenLexicon.unitsZH where rest.hasPrefix(word) {
            var suffix = rest.dropFirst(word.count)
            if !half, suffix.hasPrefix("半") {  // 一年半, 一天半
                half = true
                suffix = suffix.dropFirst()
            }
            guard ["", "后", "以后", "之后"].contains(suffix) else { return nil }
            return (WhenSpan(count: count, half: half, unit: unit), word, !suffix.isEmpty)
        }
        return nil
    }

    /// `3 days`, `3d`, `+5d`, `two weeks`, `a month`, `half an hour`, `an hour and a half`,
    /// `1 and a half hours`, `3 business days`, `2 work-days`.
    func englishSpan(_ tokens: [Substring], signed: Bool) throws -> WhenSpan? {
        guard !tokens.isEmpty else { return nil }
        if tokens.count == 1 {
            var word = tokens[0]
            if signed, word.hasPrefix("+") { word = word.dropFirst() }
            // T+3: the third trading day after the deal, as brokers and exchanges say it.
            if word.hasPrefix("t+"), let count = Int(word.dropFirst(2)), word.count <= 8 {
                return WhenSpan(count: count, half: false, unit: .tradingDay)
            }
            let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty, let unit = WhenLexicon.unitEN(String(word.dropFirst(digits.count))) else { return nil }
            return WhenSpan(count: try number(digits), half: false, unit: unit)
        }
        var rest = tokens[...]
        var count: Int
        var half = false
        if rest.first == "half", rest.count > 2, rest.dropFirst().first == "a" || rest.dropFirst().first == "an" {
            count = 0
            half = true
            rest = rest.dropFirst(2)
        } else if let first = rest.first, first.first?.isNumber == true || first.hasPrefix("+") && signed {
            let digits = first.hasPrefix("+") ? first.dropFirst() : first
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), !digits.isEmpty else { return nil }
            count = try number(digits)
            rest = rest.dropFirst()
        } else if let first = rest.first, let value = WhenLexicon.numberEN(first) {
            count = value
            rest = rest.dropFirst()
        } else {
            return nil
        }
        if rest.starts(with: ["and", "a", "half"]) {
            half = true
            rest = rest.dropFirst(3)
        }
        if !half, rest.count > 3, rest.suffix(3) == ["and", "a", "half"] {
            half = true
            rest = rest.dropLast(3)
        }
        let unitWord = rest.joined().replacingOccurrences(of: "-", with: "")
        guard rest.count <= 2, let unit = WhenLexicon.unitEN(unitWord) else { return nil }
        return WhenSpan(count: count, half: half, unit: unit)
    }

    static let maximumWorkdays = 5_000

    /// The end of a span counted from the contact: hours and minutes exact, days and longer at
    /// the end of the last day. Half a day is twelve hours, half a month fifteen days, half a
    /// year six months; half a week or a working day names no day and is not read.
    func offset(_ span: WhenSpan) throws -> WhenReading {
        let count = span.count
        guard abs(count) <= 100_000 else { throw WhenError.invalidDate(original) }
        let sign = count < 0 ? -1 : 1
        func after(seconds: Double) -> WhenReading {
            WhenReading(.instant(context.now.addingTimeInterval(seconds)))
        }
        switch span.unit {
        case .minute: return after(seconds: Double(count) * 60 + (span.half ? Double(sign) * 30 : 0))
        case .quarterHour:
            guard !span.half else { throw WhenError.unreadable(original) }
            return after(seconds: Double(count) * 900)
        case .hour: return after(seconds: Double(count) * 3600 + (span.half ? Double(sign) * 1800 : 0))
        case .day:
            if span.half { return after(seconds: Double(count) * 86_400 + Double(sign) * 43_200) }
            return endOfDay(today.adding(days: count))
        case .week, .fortnight:
            guard !span.half else { throw WhenError.unreadable(original) }
            return endOfDay(today.adding(days: (span.unit == .week ? 7 : 14) * count))
        case .month:
            return endOfDay(today.adding(months: count).adding(days: span.half ? sign * 15 : 0))
        case .year:
            return endOfDay(today.adding(months: 12 * count + (span.half ? sign * 6 : 0)))
        case .workday, .tradingDay:
            guard count >= 0, !span.half else { throw WhenError.unreadable(original) }
            // Counted day by day: past about twenty years no promise means it, and the walk would
            // take seconds (Scripts/fuzz found "三6666个工作日内").
            guard count <= Self.maximumWorkdays else { throw WhenError.invalidDate(original) }
            return countingDays(count, from: today, kind: span.unit == .tradingDay ? .trading : .working)
        }
    }

    /// The `count`-th working or trading day after `start`, at the end of that day, with a warning
    /// when the count ran past the years the calendar knows.
    func countingDays(_ count: Int, from start: CalendarDay, kind: DayKind) -> WhenReading {
        let (day, beyond) = context.calendar.addingWorkingDays(count, to: start, kind: kind)
        return endOfDay(day, warning: beyond ? calendarWarning(for: day) : nil)
    }

    func calendarWarning(for day: CalendarDay) -> String {
        let known = context.calendar.knownYears.map { "\($0.lowerBound)–\($0.upperBound)" } ?? Message.calendarNoYears.text()
        return WhenWords.calendarBeyondKnownYears(calendar: context.calendar.id, known: known, year: day.year)
    }
}
