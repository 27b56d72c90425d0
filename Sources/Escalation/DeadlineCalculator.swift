import Foundation
import Reminders

/// Counts a body's periods the way its rules say.
///
/// The start day never counts (a complaint received on the 2nd starts counting on the 3rd). A
/// period of calendar days, weeks, months or years whose last day is a rest day runs to the next
/// working day when the profile says so (China, by analogy with 民法典 Arts. 201–203); business
/// and working days are counted on the region's calendar, adjusted working days included.
public struct DeadlineCalculator: Sendable {
    public let calendars: CalendarLibrary

    public init(calendars: CalendarLibrary) { self.calendars = calendars }

    /// The calendar a profile's day count names; `organization` means the firm's own region.
    public func calendar(for dayCount: BodyProfile.DayCount, jurisdiction: String?) -> RegionCalendar {
        let id = dayCount.calendar.uppercased() == "ORGANIZATION" ? (jurisdiction ?? "WEEKDAYS") : dayCount.calendar
        return calendars.calendar(id) ?? calendars.calendar("WEEKDAYS")!
    }

    /// The last day of `amount` `unit` after the day `start` falls on in `zone`, and whether the
    /// count ran past the years the calendar knows.
    public func lastDay(after start: Date, amount: Int, unit: BodyProfile.Unit, dayCount: BodyProfile.DayCount,
                        jurisdiction: String?, zone: TimeZone) -> (day: CalendarDay, beyondKnownYears: Bool) {
        let calendar = calendar(for: dayCount, jurisdiction: jurisdiction)
        let first = CalendarDay(start, in: zone)
        var day: CalendarDay
        switch unit {
        case .businessDays, .workingDays:
            let result = calendar.addingWorkingDays(amount, to: first)
            return (result.day, result.beyondKnownYears)
        case .calendarDays: day = first.adding(days: amount)
        case .weeks: day = first.adding(days: 7 * amount)
        case .months: day = first.adding(months: amount)
        case .years: day = first.adding(months: 12 * amount)
        }
        if dayCount.rollForward { day = calendar.rollingForward(day) }
        let beyond = calendar.knownYears.map { !$0.contains(day.year) } ?? false
        return (day, beyond)
    }
}
