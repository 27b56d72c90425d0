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

    public var errorDescription: String? {
        switch self {
        case .empty: return Message.whenEmpty.text(Message.whenExamples.text())
        case let .unreadable(text): return Message.whenUnreadable.text(text, Message.whenExamples.text())
        case let .invalidDate(text): return Message.whenInvalidDate.text(text)
        case .beforeContact: return WhenWords.message(for: self, in: Language.current == .zh ? .zh : .en)
        }
    }
}

/// Every user-facing sentence of the when-parser, English and Chinese side by side, so that the
/// message catalog can take them over in one move.
public enum WhenWords {
    public enum Language: Sendable { case en, zh }

    static let examples = #"2026-11-27, "2026-11-27 17:00", tomorrow 5pm, friday, "in 3 days", 48h, "3 workdays", 三个工作日内, 明天下午5点, 下周一"#

    static func message(for error: WhenError, in language: Language) -> String {
        switch (error, language) {
        case (.empty, .en): "the time is empty; try e.g. \(examples)"
        case (.empty, .zh): "时间为空；可以写成例如 \(examples)"
        case let (.unreadable(text), .en): "cannot read the time '\(text)'; try e.g. \(examples)"
        case let (.unreadable(text), .zh): "无法理解时间「\(text)」；可以写成例如 \(examples)"
        case let (.invalidDate(text), .en): "'\(text)' is not a real date or time; check the day, month and hour"
        case let (.invalidDate(text), .zh): "「\(text)」不是真实存在的日期或时间；请检查日、月和小时"
        case let (.beforeContact(text, names, contact), .en):
            "'\(text)' means \(names), before the contact at \(contact); a promise cannot fall due before it was made — give a later time or a full date"
        case let (.beforeContact(text, names, contact), .zh):
            "「\(text)」指的是 \(names)，早于这次联系（\(contact)）；承诺的期限不能早于承诺本身——请给出更晚的时间或完整日期"
        }
    }

    /// A full date the user wrote lies before the contact: kept, because it may be a late entry,
    /// but said, because a wrong year is the likelier story.
    static func dueBeforeContact(due: String, contact: String, in language: Language = .en) -> String {
        switch language {
        case .en: "the due time \(due) is before the contact at \(contact); kept as written — check the year"
        case .zh: "期限 \(due) 早于这次联系（\(contact)）；已按原样记录——请核对年份"
        }
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
