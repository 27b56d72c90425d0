import Foundation
import Lexicon

/// One calendar data file: which calendar it extends, the years it covers, and its days.
///
/// The format is one directive per line, `#` starts a comment:
/// ```
/// calendar CN
/// name 中国大陆 Mainland China
/// years 2026            (or 2026-2027: the years whose holidays this file lists completely)
/// weekend sat sun
/// holiday 2026-02-15..2026-02-23 春节
/// workday 2026-02-14 春节调休
/// ```
/// Several files may extend the same calendar; their days and years are merged.
public struct CalendarFile: Sendable {
    public var id = ""
    public var name: String?
    public var years: ClosedRange<Int>?
    public var weekend: Set<Int>?
    public var holidays: [CalendarDay: String] = [:]
    public var workdays: [CalendarDay: String] = [:]

    /// Largest calendar file read, so a wrong path cannot make Recourse read a huge file.
    static let sizeLimit = 1 << 20

    public static func parse(_ text: String, path: String) throws -> CalendarFile {
        guard text.utf8.count <= sizeLimit else {
            throw CalendarFileError(path: path, line: 0, message: Message.calendarTooBig.text(sizeLimit / 1024))
        }
        var file = CalendarFile()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) -> CalendarFileError { CalendarFileError(path: path, line: lineNumber, message: message) }
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingWhitespace() ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let keyword = parts[0].lowercased()
            let rest = parts.count > 1 ? parts[1].trimmingWhitespace() : ""
            if keyword != "calendar" && file.id.isEmpty { throw fail(Message.calendarFirstDirective.text()) }
            switch keyword {
            case "calendar":
                guard !rest.isEmpty, !rest.contains(" "), file.id.isEmpty else { throw fail(Message.calendarOneID.text()) }
                file.id = rest.uppercased()
            case "name":
                file.name = rest
            case "years":
                let bounds = rest.split(separator: "-").map { Int($0) }
                guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0 != nil && (1900...2200).contains($0!) }),
                      bounds.first!! <= bounds.last!! else {
                    throw fail(Message.calendarBadYears.text(rest))
                }
                file.years = bounds.first!!...bounds.last!!
            case "weekend":
                let names = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]
                let days = rest.lowercased().split(separator: " ").map { names[String($0.prefix(3))] }
                guard !days.isEmpty, days.allSatisfy({ $0 != nil }) else { throw fail(Message.calendarBadWeekend.text(rest)) }
                file.weekend = Set(days.map { $0! })
            case "holiday", "workday":
                let fields = rest.split(separator: " ", maxSplits: 1).map(String.init)
                guard let range = fields.first, let (first, last) = Self.dayRange(range) else {
                    throw fail(Message.calendarBadRange.text(keyword, fields.first ?? ""))
                }
                guard last.daysSinceEpoch - first.daysSinceEpoch <= 31 else { throw fail(Message.calendarRangeTooLong.text(range)) }
                let label = fields.count > 1 ? fields[1] : keyword
                var day = first
                while day <= last {
                    if keyword == "holiday" { file.holidays[day] = label } else { file.workdays[day] = label }
                    day = day.adding(days: 1)
                }
            default:
                throw fail(Message.calendarUnknownDirective.text(parts[0]))
            }
        }
        guard !file.id.isEmpty else { throw CalendarFileError(path: path, line: 0, message: Message.calendarNoID.text()) }
        if let years = file.years {
            for day in Array(file.holidays.keys) + Array(file.workdays.keys) where !years.contains(day.year) {
                throw CalendarFileError(path: path, line: 0, message: Message.calendarDayOutsideYears.text(day, years.lowerBound, years.upperBound))
            }
        }
        return file
    }

    private static func dayRange(_ text: String) -> (CalendarDay, CalendarDay)? {
        let ends = text.components(separatedBy: "..")
        guard (1...2).contains(ends.count), let first = CalendarDay(iso: Substring(ends[0])),
              let last = CalendarDay(iso: Substring(ends[ends.count - 1])), first <= last else { return nil }
        return (first, last)
    }
}

/// A calendar file that cannot be used, with the file and line to fix.
public struct CalendarFileError: Error, Equatable, Sendable, LocalizedError {
    public let path: String
    public let line: Int
    public let message: String

    public var errorDescription: String? {
        line > 0 ? Message.calendarFileLine.text(path, line, message) : Message.calendarFile.text(path, message)
    }
}
