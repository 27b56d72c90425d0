import Foundation
import Lexicon
import Journal
import Reminders

/// The formal complaint to the firm and where its answer stands, as both the complaint letter and
/// a regulator submission state it: when it was sent and under which reference, the rule that
/// sets the firm's deadline and its last day, whether an answer came, and where the case goes next.
public struct FirmDeadline: Sendable {
    /// The complaint recorded with `escalate --to company`; nil when none is recorded yet.
    public let complaint: Submission?
    /// The body whose rule sets the deadline (NFRA for a bank in CN); nil when no rule applies,
    /// and the letter then asks for an answer within `amount` days of its own accord.
    public let ruleBody: BodyProfile?
    public let amount: Int
    public let unit: BodyProfile.Unit
    public let citation: BodyProfile.Citation?
    /// The last day to answer, counted from the recorded complaint.
    public let lastDay: CalendarDay?
    /// The bodies the case can go to next, in the library's order.
    public let next: [BodyProfile]

    /// Days a letter asks for when no rule sets the firm's deadline.
    static let defaultDays = 15

    public static func make(store: JournalStore, timeline: CaseTimeline, bodies: BodyLibrary, calendars: CalendarLibrary,
                            zone: TimeZone) throws -> FirmDeadline {
        let clocks = EscalationClocks(store: store, bodies: bodies, calendars: calendars)
        let organization = timeline.organization
        let complaint = try store.submissions(ofCase: timeline.caseFile.id!).last { bodies.body($0.body)?.type == .company }
        let ruleBody = clocks.firmRule(for: organization)
        let period = ruleBody?.firmDeadline.map { EscalationClocks.period($0, for: organization, category: timeline.caseFile.category) }
        let amount = period?.amount ?? defaultDays
        let unit = period?.unit ?? .calendarDays
        let dayCount = ruleBody?.dayCount ?? BodyProfile.DayCount(calendar: "organization", startDayExcluded: true, rollForward: true,
                                                                   adjustedWorkdaysCount: true)
        let lastDay = complaint.map {
            clocks.deadlines.lastDay(after: $0.submittedAt, amount: amount, unit: unit, dayCount: dayCount,
                                     jurisdiction: organization.jurisdiction, zone: zone).day
        }
        return FirmDeadline(complaint: complaint, ruleBody: ruleBody, amount: amount, unit: unit, citation: period?.rule,
                            lastDay: lastDay, next: clocks.nextBodies(for: organization))
    }

    /// True when the deadline's last day ended before `date` without an answer recorded.
    public func passedUnanswered(asOf date: Date, zone: TimeZone) -> Bool {
        guard let complaint, complaint.respondedAt == nil, let lastDay else { return false }
        return CalendarDay(date, in: zone) > lastDay
    }

    /// Where the case goes next, in words: "国家金融监督管理总局…或中国人民银行…" / "the X or the Y".
    func nextInWords(_ language: Language) -> String? {
        let names = next.map { language == .zh ? $0.names.zh : "the " + $0.names.en }
        guard !names.isEmpty else { return nil }
        return names.joined(separator: language == .zh ? "或" : " or ")
    }
}
