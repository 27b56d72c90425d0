import Foundation

/// Phrases agents say in real disputes that name a deadline less directly: a range of days
/// ("3到5个工作日", "7-10 working days"), a count from a holiday ("国庆后七个工作日", "after the
/// bank holiday") and a numeric date whose order the region decides ("01/12/2026").
extension WhenGrammar {
    // MARK: - Ranges

    /// `3到5个工作日`, `3-5天`, `7-10 working days`, `1–3 business days`, `1 to 3 days`: the same
    /// span with only its later bound, because a promise is kept only when its longest wait is
    /// over. Nil when the text holds no such range, or the bounds are the wrong way round.
    static func laterBound(_ text: String) -> String? {
        let characters = Array(text)
        func digitsEnd(from start: Int) -> Int {
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end
        }
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isASCII && (characters[index - 1].isNumber || "-/.:".contains(characters[index - 1]))) else {
                index += 1
                continue
            }
            let firstEnd = digitsEnd(from: index)
            for separator in ["到", "至", "-", "–", "—", "~", " to ", " - ", " – "] {
                let separatorCharacters = Array(separator)
                guard characters[firstEnd...].starts(with: separatorCharacters) else { continue }
                let secondStart = firstEnd + separatorCharacters.count
                let secondEnd = digitsEnd(from: secondStart)
                guard secondEnd > secondStart, secondEnd - secondStart <= 6, firstEnd - index <= 6,
                      secondEnd == characters.count || !"-/.:0123456789".contains(characters[secondEnd]),
                      let first = Int(String(characters[index..<firstEnd])), let second = Int(String(characters[secondStart..<secondEnd])),
                      first <= second else { return nil }
                return String(characters[..<index]) + String(characters[secondStart...])
            }
            index = firstEnd
        }
        return nil
    }

    // MARK: - Counted from a holiday

    /// `节后第一个工作日`, `国庆后七个工作日`, `春节后三个工作日(内)`, `国庆节后`, `节后3个交易日`,
    /// `after the bank holiday`, `3 business days after the bank holiday`, `first working day
    /// after Christmas`: the holiday in progress or the next one, then working (or trading) days
    /// counted from the first working day after it (that day is the first).
    func afterHoliday(_ text: String) throws -> WhenReading? {
        if text.contains(where: WhenNormalizer.isCJK) {
            guard let after = text.firstIndex(of: "后") else { return nil }
            let holiday = String(text[..<after])
            let names: [String]?
            if let name = WhenLexicon.holidaysZH[holiday] {
                names = [name]
            } else if WhenLexicon.anyHolidayZH.contains(holiday) {
                names = nil
            } else {
                return nil
            }
            var rest = text[text.index(after: after)...]
            if rest.isEmpty { return try countAfterHoliday(names, words: holiday, count: 1, kind: .working) }
            if rest.hasPrefix("第") { rest = rest.dropFirst() }
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            guard !digits.isEmpty else { return nil }
            rest = rest.dropFirst(digits.count)
            if rest.hasPrefix("个") { rest = rest.dropFirst() }
            let kind: DayKind
            switch rest {
            case "工作日": kind = .working
            case "交易日": kind = .trading
            default: return nil
            }
            return try countAfterHoliday(names, words: holiday, count: try number(digits), kind: kind)
        }
        guard let range = text.range(of: "after ") else { return nil }
        var holiday = String(text[range.upperBound...])
        if holiday.hasPrefix("the ") { holiday.removeFirst(4) }
        let names: [String]?
        if let known = WhenLexicon.holidaysEN[holiday] {
            names = known
        } else if WhenLexicon.anyHolidayEN.contains(holiday) {
            names = nil
        } else {
            return nil
        }
        var count = text[..<range.lowerBound].split(separator: " ")
        if count.first == "the" { count.removeFirst() }
        if count.isEmpty { return try countAfterHoliday(names, words: holiday, count: 1, kind: .working) }
        if count.first == "first" { count[0] = "1" }
        guard let span = try englishSpan(Array(count), signed: false), !span.half,
              span.unit == .workday || span.unit == .tradingDay else { return nil }
        return try countAfterHoliday(names, words: holiday, count: span.count, kind: span.unit == .tradingDay ? .trading : .working)
    }

    /// How far ahead a named holiday is looked for: every holiday comes back within a year.
    private static let holidaySearchDays = 400

    private func countAfterHoliday(_ names: [String]?, words: String, count: Int, kind: DayKind) throws -> WhenReading {
        guard (1...Self.maximumWorkdays).contains(count) else { throw WhenError.invalidDate(original) }
        let calendar = context.calendar
        var first: CalendarDay?
        for offset in 0..<Self.holidaySearchDays {
            let day = today.adding(days: offset)
            if let known = calendar.knownYears, !known.contains(day.year) { break }
            if let name = calendar.holidayName(day), names?.contains(where: { name.contains($0) }) ?? true {
                first = day
                break
            }
        }
        guard let first else {
            throw WhenError.holidayUnknown(original, calendar: calendar.id, holiday: words, from: today.description)
        }
        var last = first
        // The holiday ends where working days begin again (a weekend next to it is part of it).
        while !calendar.isWorkingDay(last.adding(days: 1)), last.daysSinceEpoch - first.daysSinceEpoch < 40 {
            last = last.adding(days: 1)
        }
        return countingDays(count, from: last, kind: kind)
    }

    // MARK: - Numeric dates

    /// `01/12/2026`, `1.12.2026`, `01-12-2026`: day and month in the order the region writes them;
    /// when only one reading is a real date, that one; when the region does not decide, an error
    /// naming both readings.
    func numericDate(_ text: Substring) throws -> CalendarDay? {
        guard text.count >= 8, text.count <= 10, let separator = text.first(where: { "/.-".contains($0) }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let (a, b, year) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
        switch (CalendarDay(year: year, month: b, day: a), CalendarDay(year: year, month: a, day: b)) {
        case (nil, nil): throw WhenError.invalidDate(original)
        case let (dayFirst?, nil): return dayFirst
        case let (nil, monthFirst?): return monthFirst
        case let (dayFirst?, monthFirst?):
            if dayFirst == monthFirst { return dayFirst }
            switch context.dateOrder {
            case .dayFirst: return dayFirst
            case .monthFirst: return monthFirst
            case .undecided:
                throw WhenError.ambiguousNumericDate(original, dayFirst: dayFirst.description, monthFirst: monthFirst.description)
            }
        }
    }
}
