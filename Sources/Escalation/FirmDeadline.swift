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
    /// The body whose rule sets the deadline (NFRA for a bank in CN); nil when no known rule
    /// applies, and then no period and no date is claimed anywhere.
    public let ruleBody: BodyProfile?
    public let amount: Int?
    public let unit: BodyProfile.Unit?
    public let citation: BodyProfile.Citation?
    /// The last day to answer, counted from the recorded complaint.
    public let lastDay: CalendarDay?
    /// The bodies the case can go to next, in the route's order.
    public let next: [BodyProfile]
    /// The whole route, as `Router` gives it to every command.
    public let route: Router.Route

    /// Everything from the one routing answer (`Router`), so the letter, the submission, `agenda`
    /// and `--check` give the same dates.
    public static func make(store: JournalStore, timeline: CaseTimeline, bodies: BodyLibrary, calendars: CalendarLibrary,
                            zone: TimeZone) throws -> FirmDeadline {
        let organization = timeline.organization
        let submissions = try store.submissions(ofCase: timeline.caseFile.id!)
        let complaint = submissions.last { bodies.body($0.body)?.type == .company }
        let router = Router(bodies: bodies, calendars: calendars)
        let route = router.route(Router.Case(organization: organization, category: timeline.caseFile.category, complaint: complaint,
                                             submittedTo: [], zone: zone, subject: timeline.caseFile.title))
        let rule = route.firmRule
        return FirmDeadline(complaint: complaint, ruleBody: rule?.body, amount: rule?.amount, unit: rule?.unit, citation: rule?.citation,
                            lastDay: rule?.lastDay, next: route.steps.map(\.body), route: route)
    }

    /// True when the deadline's last day ended before `date` without an answer recorded.
    public func passedUnanswered(asOf date: Date, zone: TimeZone) -> Bool {
        guard let complaint, complaint.finalResponseAt == nil, let lastDay else { return false }
        return CalendarDay(date, in: zone) > lastDay
    }

    /// Where the case goes next, in words: "国家金融监督管理总局…或中国人民银行…" / "the X or the Y".
    func nextInWords(_ language: Language) -> String? {
        let names = next.map { language == .zh ? $0.names.zh : "the " + $0.names.en }
        guard !names.isEmpty else { return nil }
        return names.joined(separator: language == .zh ? "或" : " or ")
    }
}
