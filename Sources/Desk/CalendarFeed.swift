import Foundation
import Journal
import Lexicon
import Reminders

/// Every pending due time, and the escalation clocks of open submissions, as iCalendar with
/// alarms: what `recourse calendar` writes and the web's feed serves.
public enum CalendarFeed {
    /// The feed as of `desk.now`; `snapshot` when that is a past moment (`--as-of`).
    public static func ics(store: JournalStore, desk: Desk, snapshot: Bool) throws -> (text: String, events: Int) {
        let asOf = snapshot ? desk.now : nil
        let items = try store.pendingPromises(dueBefore: .distantFuture, asOf: asOf)
        // The escalation clocks too: the day the firm's deadline passes and a body opens.
        let clocks = try store.openSubmissions(asOf: asOf).isEmpty ? [] : try desk.escalationClocks(store, snapshot: snapshot).clocks(asOf: desk.now)
        let time = desk.time
        let ics = ICalendarWriter(asOf: desk.now).render(items, clocks: clocks) { item in
            var lines = [Message.icsCase.text(item.caseID, item.caseTitle), Message.icsPromised.text(item.promise.text),
                         Message.icsWords.text(item.promise.dueWords), Message.icsSaidOn.text(time.short(item.contactAt))]
            if let agent = item.agent { lines.append(Message.icsAgent.text(agent)) }
            if let reference = item.reference { lines.append(Message.icsReference.text(reference)) }
            if item.slips > 0 { lines.append(Message.icsMoved.text(item.slips)) }
            return lines.joined(separator: "\n")
        }
        return (ics, items.count)
    }
}
