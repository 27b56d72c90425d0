import Journal
import Lexicon

/// Reads a call's length: `12m`, `1h30m`, `45` (minutes), `00:12:30`, `90s`, `12分钟`, `1小时20分`.
public enum DurationText {
    /// - Throws: a usage error for text it cannot read, or a length outside `Admission.durations`
    ///   (the limit every imported record meets too).
    public static func seconds(_ text: String) throws -> Int64 {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        // Runs of at most 9 digits, so no product below can overflow (and trap).
        var run = 0
        for character in text {
            run = character.isNumber ? run + 1 : 0
            if run > 9 { throw invalid(text) }
        }
        let total = try parse(text)
        guard Admission.durations.contains(total) else { throw invalid(text) }
        return total
    }

    private static func parse(_ text: String) throws -> Int64 {
        if let minutes = Int64(text) { return minutes * 60 }
        let clock = text.split(separator: ":")
        if clock.count >= 2, clock.count <= 3, let parts = Optional(clock.compactMap { Int64($0) }), parts.count == clock.count {
            return parts.reduce(0) { $0 * 60 + $1 } * (clock.count == 2 ? 60 : 1)
        }
        var total: Int64 = 0
        var number = ""
        var sawUnit = false
        var rest = Substring(text)
        while let character = rest.first {
            if character.isNumber { number.append(character); rest.removeFirst(); continue }
            if character == " " { rest.removeFirst(); continue }
            guard let value = Int64(number) else { throw invalid(text) }
            let units: [(String, Int64)] = [("hours", 3600), ("hour", 3600), ("hrs", 3600), ("hr", 3600), ("h", 3600),
                                             ("小时", 3600), ("minutes", 60), ("minute", 60), ("mins", 60), ("min", 60),
                                             ("m", 60), ("分钟", 60), ("分", 60), ("seconds", 1), ("secs", 1), ("sec", 1),
                                             ("s", 1), ("秒", 1)]
            guard let (unit, factor) = units.first(where: { rest.hasPrefix($0.0) }) else { throw invalid(text) }
            total += value * factor
            rest.removeFirst(unit.count)
            number = ""
            sawUnit = true
        }
        guard sawUnit, number.isEmpty else { throw invalid(text) }
        return total
    }

    private static func invalid(_ text: String) -> DeskError {
        DeskError(.usage, Message.badDuration.text(text))
    }
}
