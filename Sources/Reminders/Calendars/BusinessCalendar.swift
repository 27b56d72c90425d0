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
}

extension BusinessCalendar {
    /// The `count`-th working day after `start` (the start day itself never counts), and whether
    /// the walk left the years this calendar knows.
    public func addingWorkingDays(_ count: Int, to start: CalendarDay) -> (day: CalendarDay, beyondKnownYears: Bool) {
        var day = start
        var remaining = count
        var beyond = false
        while remaining > 0 {
            day = day.adding(days: 1)
            if let known = knownYears, !known.contains(day.year) { beyond = true }
            if isWorkingDay(day) { remaining -= 1 }
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
}
