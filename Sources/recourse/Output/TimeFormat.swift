import Foundation
import Reminders

/// Times as the user reads them: local, short, unambiguous ("Fri 27 Nov 18:00").
struct TimeFormat {
    let zone: TimeZone
    let now: Date

    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Fri 27 Nov 18:00", with the year when it is not the current one.
    func short(_ date: Date) -> String {
        let day = CalendarDay(date, in: zone)
        let seconds = (Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)) % 86_400
        let minutes = (seconds + 86_400) % 86_400 / 60
        let year = day.year == CalendarDay(now, in: zone).year ? "" : " \(day.year)"
        return "\(Self.weekdays[day.weekday - 1]) \(day.day) \(Self.months[day.month - 1])\(year) "
            + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// "2026-11-27", for tables.
    func day(_ date: Date) -> String { CalendarDay(date, in: zone).description }

    /// "3 days", "5 hours", "40 min": the size of a gap, for "overdue by …".
    static func span(_ seconds: TimeInterval) -> String {
        let minutes = Int(abs(seconds) / 60)
        if minutes < 60 { return "\(max(minutes, 1)) min" }
        if minutes < 48 * 60 { return "\(minutes / 60) hour\(minutes / 60 == 1 ? "" : "s")" }
        return "\(minutes / 1440) days"
    }
}
