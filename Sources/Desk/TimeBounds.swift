import Foundation
import Journal
import Reminders
import Lexicon

/// The years a time given on the command line may fall in.
///
/// Before 1900 time zones were local mean time (Shanghai was +08:05:43) and calendars differ, so
/// such a date would be stored as something other than what was meant; far-future years are typos.
/// The when-parser reads any year; this is enforced where a parsed instant is accepted.
public enum TimeBounds {
    /// The journal's own bounds (`Admission`), so a time `log` accepts is one every import accepts too.
    public static let years = Admission.years

    /// `date` if its year (in `zone`) is within `years`, else a bad-data error naming `option`.
    public static func accept(_ date: Date, zone: TimeZone, option: String, words: String) throws -> Date {
        let year = CalendarDay(date, in: zone).year
        guard years.contains(year) else {
            throw DeskError(.badData, Message.yearOutOfRange.text(option, words, year < years.lowerBound ? Message.yearBefore.text(years.lowerBound) : Message.yearAfter.text(years.upperBound), years.lowerBound, years.upperBound))
        }
        return date
    }

    /// Whether `date` falls in `years` on the UTC calendar: cheap enough for every row shown.
    public static func contains(_ date: Date) -> Bool {
        let seconds = date.timeIntervalSince1970
        return seconds >= earliest && seconds < end
    }

    private static let earliest = TimeInterval(CalendarDay(year: years.lowerBound, month: 1, day: 1)!.daysSinceEpoch) * 86_400
    private static let end = TimeInterval(CalendarDay(year: years.upperBound + 1, month: 1, day: 1)!.daysSinceEpoch) * 86_400
}
