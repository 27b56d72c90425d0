import Foundation
import Journal
import Lexicon
import Reminders

/// Times as the user reads them: local, short, unambiguous ("Fri 27 Nov 18:00", "11月27日 周五 18:00").
///
/// Zone offsets are looked up once per hour of time and cached: Foundation's zone lookup is costly
/// on Linux, and a table of a thousand rows asks for the same few hours again and again.
public struct TimeFormat {
    public let zone: TimeZone
    public let now: Date
    private let currentYear: Int
    private let offsets = OffsetCache()
    private let weekdays: [String]
    private let months: [String]

    public init(zone: TimeZone, now: Date) {
        self.zone = zone
        self.now = now
        currentYear = CalendarDay(now, in: zone).year
        // Looked up once: a table of a thousand rows formats a thousand dates.
        weekdays = Message.weekdayNames.text().split(separator: " ").map(String.init)
        months = Message.monthNames.text().split(separator: " ").map(String.init)
    }

    private final class OffsetCache {
        var byHour: [Int: Int] = [:]
    }

    /// Seconds since the epoch on the local wall clock.
    private func localSeconds(_ date: Date) -> Int {
        // Pinned to years 1–9999 first: a stored Int64.max must print, not trap (issue 21).
        let t = Int(Admission.readable(date))
        let hour = t >= 0 ? t / 3600 : (t - 3599) / 3600
        if let offset = offsets.byHour[hour] { return t + offset }
        let offset = zone.secondsFromGMT(for: date)
        offsets.byHour[hour] = offset
        return t + offset
    }

    /// "Fri 27 Nov 18:00" / "11月27日 周五 18:00", with the year when not the current one. A time outside
    /// `TimeBounds.years` (only a journal edited by other means holds one) is shown as UTC in ISO
    /// form, "0001-01-01 00:00 UTC": before 1900 the zone's offset is local mean time (+08:05:43
    /// for Shanghai) and a short year would read as something else.
    public func short(_ date: Date) -> String {
        guard TimeBounds.contains(date) else { return Self.isoUTC(date) }
        let local = localSeconds(date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let day = CalendarDay(daysSinceEpoch: days)
        let minutes = (local - days * 86_400) / 60
        let clock = Self.twoDigits(minutes / 60) + ":" + Self.twoDigits(minutes % 60)
        let (weekday, month) = (weekdays[day.weekday - 1], months[day.month - 1])
        return day.year == currentYear
            ? Message.dateThisYear.text(weekday, day.day, month, clock)
            : Message.dateOtherYear.text(weekday, day.day, month, clock, day.year)
    }

    /// "0001-01-01 00:00 UTC", on the proleptic Gregorian calendar, for times outside `TimeBounds`.
    public static func isoUTC(_ date: Date) -> String {
        let (day, hour, minute, _) = utcParts(date)
        return "\(isoDay(day)) \(twoDigits(hour)):\(twoDigits(minute)) UTC"
    }

    /// "0001-01-01T00:00:00Z": the same, as JSON gives times (RFC 3339).
    public static func rfc3339UTC(_ date: Date) -> String {
        let (day, hour, minute, second) = utcParts(date)
        return "\(isoDay(day))T\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))Z"
    }

    private static func utcParts(_ date: Date) -> (CalendarDay, Int, Int, Int) {
        // Pinned to years 1–9999 first: a stored Int64.max must print, not trap (issue 21).
        let t = Int(Admission.readable(date))
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let seconds = t - days * 86_400
        return (CalendarDay(daysSinceEpoch: days), seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    private static func isoDay(_ day: CalendarDay) -> String {
        let year = day.year < 0 ? "-" + pad(-day.year, 4) : pad(day.year, 4)
        return "\(year)-\(twoDigits(day.month))-\(twoDigits(day.day))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// "3 days", "5 hours", "40 min" (3 天, 5 小时, 40 分钟): the size of a gap, for "overdue by …".
    public static func span(_ seconds: TimeInterval) -> String {
        let minutes = Int(abs(seconds) / 60)
        if minutes < 60 { return Message.spanMinutes.text(max(minutes, 1)) }
        if minutes < 48 * 60 { return Message.spanHours.text(minutes / 60) }
        return Message.spanDays.text(minutes / 1440)
    }
}
