import Foundation
import Lexicon

/// What a when-expression is read against: the current moment, the user's zone, the time a
/// date-only expression means, the business-day calendar for "3 workdays", and what the time is for.
public struct WhenContext: Sendable {
    /// What the words name: a moment that happened (`--at`, `--as-of`), or a deadline that cannot
    /// lie before the contact it was given in.
    public enum Purpose: Sendable {
        /// Read as written: "三点" is 03:00 today, "1月5日" is 5 January this year.
        case moment
        /// Never before `now` without a word about it: a time or date already past means its next
        /// occurrence when the words allow one, else an error; a full date in the past is kept
        /// with a warning.
        case deadline
    }

    /// The moment relative words count from. For a promise this is the contact's time, because
    /// that is when the agent spoke.
    public var now: Date
    public var zone: TimeZone
    /// The time given to an expression that names a day but no time, and the end of a business
    /// day (下班, close of business): the `end-of-day` setting, 18:00 by default.
    public var dateOnlyTime: TimeOfDay
    public var calendar: any BusinessCalendar
    public var purpose: Purpose
    /// Which number comes first in a numeric date (`01/12/2026`): the user's region decides.
    public var dateOrder: NumericDateOrder

    public init(now: Date, zone: TimeZone, dateOnlyTime: TimeOfDay = .endOfBusinessDay,
                calendar: any BusinessCalendar = WeekendCalendar(), purpose: Purpose = .moment,
                dateOrder: NumericDateOrder = .undecided) {
        self.dateOrder = dateOrder
        self.now = now
        self.zone = zone
        self.dateOnlyTime = dateOnlyTime
        self.calendar = calendar
        self.purpose = purpose
    }

    var today: CalendarDay { CalendarDay(now, in: zone) }
}

/// A when-expression resolved to an instant.
public struct ResolvedWhen: Sendable, Equatable {
    public let date: Date
    /// False when the words named a day but no time and `dateOnlyTime` was used.
    public let hasTime: Bool
    /// What the user should know about the answer, for stderr and the JSON `warnings`: a
    /// business-day count that ran past the years the calendar knows, a due date before the contact.
    public let warnings: [String]

    public init(date: Date, hasTime: Bool, warnings: [String] = []) {
        self.date = date
        self.hasTime = hasTime
        self.warnings = warnings
    }
}
