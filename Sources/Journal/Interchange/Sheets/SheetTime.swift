import Foundation

/// Times as spreadsheets hold them: `2026-11-16 10:00`, `2026/11/16 10:00:30`, `2026-11-16`,
/// and the export's own `2026-11-16T10:00:00+08:00`.
///
/// A time with an offset (or `Z`) is that instant; without one it is the wall clock of `zone`.
/// Only years 1900–2199 are read, as everywhere else in Recourse.
enum SheetTime {
    private static let pattern = try! NSRegularExpression(
        pattern: #"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$"#)

    struct Reading {
        let date: Date
        /// Whether the text gave a time of day, not a date alone.
        let hasTime: Bool
    }

    /// A time as an export writes it: the wall clock of `zone` to the second ("2026-11-03 19:20:00"),
    /// which a spreadsheet program reads as a date and time, the zone being named in the column's
    /// heading. Only when that wall clock happens twice (the hour a clock goes back) is the offset
    /// added ("2026-11-01 01:30:00 -05:00"), so every cell still names exactly one instant.
    static func format(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let local = String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        guard parse(local, zone: zone)?.date != date.wholeSeconds else { return local }
        let offset = zone.secondsFromGMT(for: date)
        return local + (offset < 0 ? " -" : " +") + String(format: "%02d:%02d", abs(offset) / 3600, abs(offset) % 3600 / 60)
    }

    /// - Parameter dateOnlyHour: the hour a date alone means (12 for a contact, as `log --at`).
    static func parse(_ text: String, zone: TimeZone, dateOnlyHour: Int = 12) -> Reading? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = pattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) else { return nil }
        func group(_ index: Int) -> String? {
            Range(match.range(at: index), in: trimmed).map { String(trimmed[$0]) }
        }
        guard let year = group(1).flatMap(Int.init), (1900...2199).contains(year),
              let month = group(2).flatMap(Int.init), let day = group(3).flatMap(Int.init) else { return nil }
        let hasTime = group(4) != nil
        let hour = group(4).flatMap(Int.init) ?? dateOnlyHour, minute = group(5).flatMap(Int.init) ?? 0
        let second = group(6).flatMap(Int.init) ?? 0
        guard hour < 24, minute < 60, second < 60 else { return nil }
        var effectiveZone = zone
        if let offset = group(7) {
            if offset == "Z" {
                effectiveZone = TimeZone(secondsFromGMT: 0)!
            } else {
                let digits = offset.dropFirst().filter(\.isNumber)
                guard let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours < 24, minutes < 60,
                      let fixed = TimeZone(secondsFromGMT: (offset.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)) else { return nil }
                effectiveZone = fixed
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = effectiveZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // Refuse what the calendar would roll over (31 November → 1 December).
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day) else { return nil }
        return Reading(date: date, hasTime: hasTime)
    }
}
