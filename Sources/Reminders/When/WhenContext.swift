import Foundation
import Lexicon

/// What a when-expression is read against: the current moment, the user's zone, the time a
/// date-only expression means, and the business-day calendar for "3 workdays".
public struct WhenContext: Sendable {
    /// The moment relative words count from. For a promise this is the contact's time, because
    /// that is when the agent spoke.
    public var now: Date
    public var zone: TimeZone
    /// The time given to an expression that names a day but no time (default 18:00).
    public var dateOnlyTime: TimeOfDay
    public var calendar: any BusinessCalendar

    public init(now: Date, zone: TimeZone, dateOnlyTime: TimeOfDay = .endOfBusinessDay,
                calendar: any BusinessCalendar = WeekendCalendar()) {
        self.now = now
        self.zone = zone
        self.dateOnlyTime = dateOnlyTime
        self.calendar = calendar
    }

    var today: CalendarDay { CalendarDay(now, in: zone) }
}

/// A when-expression resolved to an instant.
public struct ResolvedWhen: Sendable, Equatable {
    public let date: Date
    /// False when the words named a day but no time and `dateOnlyTime` was used.
    public let hasTime: Bool
    /// Set when a business-day count ran past the years the calendar knows, e.g.
    /// "calendar CN knows 2025–2026; days in 2027 were counted as Monday–Friday".
    public let calendarWarning: String?

    public init(date: Date, hasTime: Bool, calendarWarning: String? = nil) {
        self.date = date
        self.hasTime = hasTime
        self.calendarWarning = calendarWarning
    }
}

/// Why a when-expression could not be read. Never a silent guess.
public enum WhenError: Error, Equatable, Sendable, LocalizedError {
    case empty
    case unreadable(String)
    case invalidDate(String)

    public var errorDescription: String? {
        switch self {
        case .empty: return Message.whenEmpty.text(Message.whenExamples.text())
        case let .unreadable(text): return Message.whenUnreadable.text(text, Message.whenExamples.text())
        case let .invalidDate(text): return Message.whenInvalidDate.text(text)
        }
    }
}
