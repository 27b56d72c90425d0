import Foundation
import Testing
@testable import Reminders

@Suite("Calendar days")
struct CalendarDayTests {
    @Test("civil-date arithmetic matches the Gregorian calendar from 1614 to 2380")
    func roundTrip() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Foundation turns Julian before 1582; CalendarDay is proleptic Gregorian by design.
        for days in stride(from: -130_000, through: 150_000, by: 997) {
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(day.daysSinceEpoch == days)
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            #expect(day == CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!))
            #expect(day.weekday == (parts.weekday! + 5) % 7 + 1)
        }
    }

    @Test("invalid days do not exist")
    func invalid() {
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2100, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("working days skip weekends; the start day never counts")
    func workingDays() {
        let friday = CalendarDay(year: 2026, month: 11, day: 27)!
        #expect(WeekendCalendar().addingWorkingDays(1, to: friday).day == CalendarDay(year: 2026, month: 11, day: 30)!)
        let saturday = CalendarDay(year: 2026, month: 11, day: 28)!
        #expect(WeekendCalendar().addingWorkingDays(3, to: saturday).day == CalendarDay(year: 2026, month: 12, day: 2)!)
    }
}
