import Foundation
import Journal

/// A pending promise ranked for attention.
public struct ReminderItem: Sendable {
    public let pending: PendingPromise
    public let urgency: Double

    /// Seconds past due at `asOf`; negative while still upcoming.
    public func lateness(asOf: Date) -> TimeInterval { asOf.timeIntervalSince(pending.promise.dueAt) }
}

/// A deadline in an escalation process: when the next step opens and until when it stays open.
///
/// The escalation module supplies these; the engine only ranks and shows them.
public struct EscalationClock: Sendable, Encodable {
    /// A window the user may act in (the next body opens, the consumer's time limit closes), or the
    /// date an answer is due, which passes *unanswered* rather than closing.
    public enum Kind: String, Sendable, Encodable { case window, answerDue = "answer_due" }

    public let caseID: Int64
    public let organizationName: String
    /// The step in the user's language, e.g. "National Financial Regulatory Administration (cn.nfra)".
    public let step: String
    /// The body profile the step belongs to (`cn.nfra`), for code that must not parse `step`.
    public let bodyID: String?
    public let opensAt: Date?
    public let closesAt: Date?
    /// Where the rule comes from, and how sure we are of it ("confirmed", "unconfirmed").
    public let source: String
    public let confidence: String
    public let kind: Kind

    public init(caseID: Int64, organizationName: String, step: String, bodyID: String? = nil, opensAt: Date?, closesAt: Date?,
                source: String, confidence: String, kind: Kind = .window) {
        self.kind = kind
        self.caseID = caseID
        self.organizationName = organizationName
        self.step = step
        self.bodyID = bodyID
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.source = source
        self.confidence = confidence
    }
}

/// Anything that can tell the agenda about escalation deadlines.
public protocol ClockSource: Sendable {
    func clocks(asOf: Date) throws -> [EscalationClock]
}

/// The morning view.
public struct Agenda: Sendable {
    public let asOf: Date
    public let days: Int
    public let overdue: [ReminderItem]
    public let dueSoon: [ReminderItem]
    public let clocks: [EscalationClock]
    public let quietCases: [QuietCase]
    public let quietDays: Int
}

/// Derives reminders from the journal; nothing it computes is stored.
public struct ReminderEngine: Sendable {
    public let store: JournalStore
    public var clockSources: [any ClockSource]
    /// True when `asOf` is a past moment to see as it was (`--as-of`): only what had happened by
    /// then counts (see the journal's `Snapshot`). False reads the journal as it is now.
    public var snapshot: Bool

    public init(store: JournalStore, clockSources: [any ClockSource] = [], snapshot: Bool = false) {
        self.store = store
        self.clockSources = clockSources
        self.snapshot = snapshot
    }

    /// Pending promises past due at `asOf`, most overdue first.
    public func overdue(asOf: Date) throws -> [ReminderItem] {
        try store.pendingPromises(dueBefore: asOf, asOf: snapshot ? asOf : nil).map { ReminderItem(pending: $0, urgency: Urgency.score($0, asOf: asOf)) }
    }

    /// Overdue promises and those due within `days`, each ranked by urgency; escalation clocks;
    /// and cases gone quiet for `quietDays` while waiting on the company.
    public func agenda(asOf: Date, days: Int, quietDays: Int) throws -> Agenda {
        let horizon = asOf.addingTimeInterval(Double(days) * 86_400)
        let items = try store.pendingPromises(dueBefore: horizon, asOf: snapshot ? asOf : nil).map { ReminderItem(pending: $0, urgency: Urgency.score($0, asOf: asOf)) }
        let byUrgency: (ReminderItem, ReminderItem) -> Bool = {
            $0.urgency != $1.urgency ? $0.urgency > $1.urgency : $0.pending.promise.dueAt < $1.pending.promise.dueAt
        }
        let clocks = try clockSources.flatMap { try $0.clocks(asOf: asOf) }
            .sorted { ($0.opensAt ?? $0.closesAt ?? .distantFuture) < ($1.opensAt ?? $1.closesAt ?? .distantFuture) }
        return Agenda(
            asOf: asOf, days: days,
            overdue: items.filter { $0.pending.promise.dueAt < asOf }.sorted(by: byUrgency),
            dueSoon: items.filter { $0.pending.promise.dueAt >= asOf }.sorted(by: byUrgency),
            clocks: clocks,
            quietCases: try store.quietCases(lastContactBefore: asOf.addingTimeInterval(-Double(quietDays) * 86_400), asOf: snapshot ? asOf : nil),
            quietDays: quietDays)
    }
}

/// How much a promise needs attention now.
///
/// `score = days late (negative while upcoming, capped at 60) + 2 × times already extended
///          + log10(1 + disputed amount in major units)`.
/// A day of lateness and half an extension weigh the same; money adds about a point per factor of
/// ten (¥500 → 2.7, £84.99 → 1.9), enough to order otherwise equal items, not to bury a late one.
public enum Urgency {
    public static func score(_ pending: PendingPromise, asOf: Date) -> Double {
        let days = min(asOf.timeIntervalSince(pending.promise.dueAt) / 86_400, 60)
        let money = pending.amountMinor.map { log10(1 + Double(max($0, 0)) / 100) } ?? 0
        return days + 2 * Double(pending.slips) + money
    }
}
