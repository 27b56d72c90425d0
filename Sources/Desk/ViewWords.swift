import Escalation
import Foundation
import Lexicon
import Reminders

/// Phrases the journal's views say on a terminal and on a page alike.
public enum ViewWords {
    /// The MOVED cell of a reminder: how often, when last, and by whom ("1× Fri 20 Nov 14:30 工号 2210").
    public static func moved(count: Int, at: String?, by: String?) -> String {
        ([Message.promptMovedCount.text(count)] + [at, by].compactMap { $0 }).joined(separator: " ")
    }

    /// "moved Fri 20 Nov 14:30 on contact #4 by 工号 2210".
    public static func movedOn(_ when: String, contact: Int64?, agent: String?) -> String {
        let on = contact.map { Message.promptMovedOnContact.text($0) } ?? ""
        let who = agent.map { Message.promptMovedBy.text($0) } ?? ""
        return Message.promptMovedOn.text(when, on, who)
    }

    /// "12 bytes", "3 KB", "1.2 MB".
    public static func bytes(_ bytes: Int64) -> String {
        if bytes < 1024 { return Message.byteCount.text(bytes) }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// One escalation clock in words, with unconfirmed rules flagged.
public enum ClockText {
    public static func line(_ clock: EscalationClock, time: TimeFormat) -> String {
        let opens = clock.opensAt.map { ($0 <= time.now ? Message.clockOpenSince : Message.clockOpens).text(time.short($0)) }
        let closes = clock.closesAt.map { date in
            switch clock.kind {
            case .answerDue: (date < time.now ? Message.clockPassedUnanswered : Message.clockDue).text(time.short(date))
            case .window: (date < time.now ? Message.clockClosed : Message.clockCloses).text(time.short(date))
            }
        }
        let unconfirmed = clock.confidence == "confirmed" ? "" : Message.clockUnconfirmed.text()
        let dates = [opens, closes].compactMap { $0 }
        // No date to show ("no legal clock known"): the reason alone.
        guard !dates.isEmpty else { return Message.clockLineNoDate.text(clock.step, clock.source, unconfirmed) }
        return Message.clockLine.text(clock.step, dates.joined(separator: ", "), clock.source, unconfirmed)
    }
}
