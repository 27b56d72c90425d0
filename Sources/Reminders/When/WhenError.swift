import Foundation
import Lexicon

/// Why a when-expression could not be read. Never a silent guess.
public enum WhenError: Error, Equatable, Sendable, LocalizedError {
    case empty
    case unreadable(String)
    case invalidDate(String)
    /// A deadline whose words name a moment before the contact and allow no later one
    /// ("今天早上8点" said at 10:00): the text, what it names, and the contact's time.
    case beforeContact(String, names: String, contact: String)
    /// Words that promise no time ("尽快", "ASAP", "shortly"): a deadline must be one instant.
    case vague(String)
    /// A numeric date whose order the region does not decide ("01/12/2026"): both readings.
    case ambiguousNumericDate(String, dayFirst: String, monthFirst: String)
    /// A holiday-relative phrase ("国庆后七个工作日") whose holiday the calendar does not know
    /// from that day on (a year not yet published).
    case holidayUnknown(String, calendar: String, holiday: String, from: String)

    public var errorDescription: String? {
        switch self {
        case .empty: return Message.whenEmpty.text(Message.whenExamples.text())
        case let .unreadable(text): return Message.whenUnreadable.text(text, Message.whenExamples.text())
        case let .invalidDate(text): return Message.whenInvalidDate.text(text)
        case let .beforeContact(text, names, contact): return Message.whenBeforeContact.text(text, names, contact)
        case let .vague(text): return Message.whenVague.text(text)
        case let .ambiguousNumericDate(text, dayFirst, monthFirst):
            return Message.whenNumericDateAmbiguous.text(text, dayFirst, monthFirst)
        case let .holidayUnknown(_, calendar, holiday, from): return Message.whenHolidayUnknown.text(calendar, holiday, from)
        }
    }
}

/// Helpers for the when-parser's messages; the words themselves are in the catalog (`Message`).
enum WhenWords {
    /// A full date the user wrote lies before the contact: kept, because it may be a late entry,
    /// but said, because a wrong year is the likelier story.
    static func dueBeforeContact(due: String, contact: String) -> String {
        Message.whenDueBeforeContact.text(due, contact)
    }

    static func calendarBeyondKnownYears(calendar: String, known: String, year: Int) -> String {
        Message.calendarBeyondYears.text(calendar, known, year)
    }

    /// "2026-11-25 10:00" in `zone`.
    static func stamp(_ date: Date, in zone: TimeZone) -> String {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let day = CalendarDay(date, in: zone)
        let minuteOfDay = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return "\(day) " + String(format: "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60)
    }
}
