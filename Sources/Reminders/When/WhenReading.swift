import Foundation

/// What one rule of the grammar read, before the rule that a deadline is never before its contact.
///
/// Rules say not only which moment the words name but how the same words name a later one
/// ("三点" is also 15:00; "1月5日" is also next year's 5 January), so that `WhenParser` can apply
/// one policy to every kind instead of each rule guessing on its own.
struct WhenReading {
    /// How the same words name a later moment when the first is already past.
    enum Recurrence: Equatable {
        /// Relative words that name one moment (`today`, `本周五`, `in 3 days`, `月底`).
        case none
        /// A date with its year written out (`2026-01-05`): kept even when past, with a warning.
        case explicitDate
        /// A time or a part of the day without a day (`三点`, `下班前`, `5pm`): tomorrow's.
        case daily
        /// A weekday alone (`friday`, `周五`): next week's.
        case weekly
        /// A day of the month alone (`30号`): next month's.
        case monthly
        /// A date without a year (`1月5日`, `Dec 21`): next year's.
        case yearly
    }

    enum Moment {
        case instant(Date)
        /// A day and a time on it; no time means the end of that business day (`dateOnlyTime`).
        case day(CalendarDay, TimeOfDay?)
    }

    var moment: Moment
    var recurrence: Recurrence
    /// A clock hour said without am/pm or a part of the day ("三点"), which may mean either half.
    var twelveHour = false
    var calendarWarning: String?

    init(_ moment: Moment, _ recurrence: Recurrence = .none, twelveHour: Bool = false, calendarWarning: String? = nil) {
        self.moment = moment
        self.recurrence = recurrence
        self.twelveHour = twelveHour
        self.calendarWarning = calendarWarning
    }

    func date(in context: WhenContext) -> Date {
        switch moment {
        case let .instant(date): date
        case let .day(day, time): day.at(time ?? context.dateOnlyTime, in: context.zone)
        }
    }

    var hasTime: Bool {
        if case .day(_, nil) = moment { return false }
        return true
    }

    /// The first moment after `now` the same words name, or nil when they name only one.
    func nextOccurrence(after now: Date, in context: WhenContext) -> WhenReading? {
        guard case let .day(day, time) = moment else { return nil }
        var later = self
        if twelveHour, let time, time.hour < 12, let afternoon = TimeOfDay(hour: time.hour + 12, minute: time.minute, second: time.second) {
            later.moment = .day(day, afternoon)
            if later.date(in: context) > now { return later }
        }
        let candidates: [CalendarDay]
        switch recurrence {
        case .none, .explicitDate: return nil
        case .daily: candidates = [day.adding(days: 1), day.adding(days: 2)]
        case .weekly: candidates = [day.adding(days: 7)]
        case .monthly:
            candidates = (1...12).compactMap { step in
                let month = day.adding(months: step)
                return CalendarDay(year: month.year, month: month.month, day: day.day)
            }
        case .yearly: candidates = (1...8).compactMap { CalendarDay(year: day.year + $0, month: day.month, day: day.day) }
        }
        // A bare 1 to 7 o'clock is an afternoon hour on a later day too ("3点半" said at 16:00 is
        // 15:30 tomorrow, not 03:30); 8 to 11 keep the morning ("9点" → 09:00 tomorrow).
        var laterTime = time
        if twelveHour, let time, (1...7).contains(time.hour) {
            laterTime = TimeOfDay(hour: time.hour + 12, minute: time.minute, second: time.second) ?? time
        }
        for candidate in candidates {
            later.moment = .day(candidate, laterTime)
            if later.date(in: context) > now { return later }
        }
        return nil
    }
}
