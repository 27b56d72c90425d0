import Foundation
import Journal
import Lexicon

/// Pending promises as an RFC 5545 calendar, so a phone or desktop calendar can remind the user.
///
/// Each promise is one VEVENT whose UID is the promise's uuid, so re-importing updates rather
/// than duplicates. Times are UTC; text is escaped (RFC 5545 §3.3.11) and lines are folded at 75
/// octets without splitting a UTF-8 character (§3.1); lines end in CRLF.
public struct ICalendarWriter {
    public let asOf: Date
    /// Minutes before the due time at which each alarm fires.
    public var alarmMinutesBefore = [24 * 60, 60]

    public init(asOf: Date) { self.asOf = asOf }

    /// - Parameter clocks: escalation clocks: each day a body opens to the case, and each firm's or
    ///   consumer's deadline, is an event of its own (a whole day, with the same alarms).
    public func render(_ items: [PendingPromise], clocks: [EscalationClock] = [], describe: (PendingPromise) -> String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recourse//Recourse 0.1//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(Message.icsCalendarName.text())]
        for clock in clocks {
            let moments: [(String, Date?, Message)] = [("opens", clock.opensAt, .icsClockOpens),
                                                       ("closes", clock.closesAt, clock.kind == .answerDue ? .icsClockAnswerDue : .icsClockCloses)]
            for (what, when, message) in moments {
                guard let when else { continue }
                let summary = message.text(clock.organizationName, clock.step, clock.caseID)
                // Stable across exports, so a calendar app updates the event rather than adding a second.
                let uid = "clock-\(clock.caseID)-\(clock.bodyID ?? "step")-\(clock.kind.rawValue)-\(what)@recourse"
                lines += ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(Self.utc(asOf))", "DTSTART:\(Self.utc(when))", "DURATION:PT30M",
                          "SUMMARY:\(Self.escape(summary))", "DESCRIPTION:\(Self.escape(Message.icsClockSource.text(clock.source)))",
                          "CATEGORIES:Recourse"]
                for minutes in alarmMinutesBefore {
                    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT\(minutes)M", "DESCRIPTION:\(Self.escape(summary))", "END:VALARM"]
                }
                lines.append("END:VEVENT")
            }
        }
        for item in items {
            let promise = item.promise
            let summary = Message.icsSummary.text(item.organizationName, promise.text, promise.id!)
            lines += [
                "BEGIN:VEVENT",
                "UID:\(promise.uuid)@recourse",
                "DTSTAMP:\(Self.utc(asOf))",
                "DTSTART:\(Self.utc(promise.dueAt))",
                "DURATION:PT30M",
                "SUMMARY:\(Self.escape(summary))",
                "DESCRIPTION:\(Self.escape(describe(item)))",
                "CATEGORIES:Recourse",
            ]
            for minutes in alarmMinutesBefore {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT\(minutes)M", "DESCRIPTION:\(Self.escape(summary))", "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func utc(_ date: Date) -> String {
        let day = CalendarDay(date, in: TimeZone(identifier: "UTC")!)
        let seconds = Int(floor(date.timeIntervalSince1970)) % 86_400
        let s = (seconds + 86_400) % 86_400
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", day.year, day.month, day.day, s / 3600, s % 3600 / 60, s % 60)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a content line into 75-octet pieces, each continuation starting with one space.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                pieces.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n")
    }
}
