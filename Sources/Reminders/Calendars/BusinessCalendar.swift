/// Which days are working days in a region.
///
/// Calendars backed by data (mainland China, whose holidays and adjusted working days are set by a
/// yearly State Council notice) only know some years; outside them they fall back to weekends and
/// the computation says so. Rule-based calendars (UK, US) know every year.
public protocol BusinessCalendar: Sendable {
    /// A short identifier such as `CN`, `GB-ENG`, `US`.
    var id: String { get }
    /// The years whose holidays are known; nil when computed by rule for any year.
    var knownYears: ClosedRange<Int>? { get }
    func isWorkingDay(_ day: CalendarDay) -> Bool
    /// The holiday's name when `day` is a public holiday, for phrases counted from one (节后).
    func holidayName(_ day: CalendarDay) -> String?
}

/// Which days a count of days counts: working days (工作日, business days), or trading days
/// (交易日, T+N), when the exchanges are open.
public enum DayKind: Sendable, Equatable {
    case working, trading
}

extension BusinessCalendar {
    /// A trading day: a working day that is Monday to Friday. The exchanges never open on a
    /// Saturday or Sunday, even one that China's 调休 makes a working day, and close on every
    /// public holiday.
    public func isTradingDay(_ day: CalendarDay) -> Bool { !day.isWeekend && isWorkingDay(day) }

    public func counts(_ day: CalendarDay, as kind: DayKind) -> Bool {
        kind == .trading ? isTradingDay(day) : isWorkingDay(day)
    }

    /// The `count`-th working (or trading) day after `start` (the start day itself never counts),
    /// and whether the walk left the years this calendar knows.
    public func addingWorkingDays(_ count: Int, to start: CalendarDay, kind: DayKind = .working) -> (day: CalendarDay, beyondKnownYears: Bool) {
        var day = start
        var remaining = count
        var beyond = false
        while remaining > 0 {
            day = day.adding(days: 1)
            if let known = knownYears, !known.contains(day.year) { beyond = true }
            if counts(day, as: kind) { remaining -= 1 }
        }
        return (day, beyond)
    }

    /// `day` if it is a working day, else the next working day.
    public func rollingForward(_ day: CalendarDay) -> CalendarDay {
        var day = day
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }
}

/// Monday to Friday, no holidays: the fallback when no region is known.
public struct WeekendCalendar: BusinessCalendar {
    public init() {}
    public var id: String { "weekdays" }
    public var knownYears: ClosedRange<Int>? { nil }
    public func isWorkingDay(_ day: CalendarDay) -> Bool { !day.isWeekend }
    public func holidayName(_ day: CalendarDay) -> String? { nil }
}
