import Foundation
import Journal
import Reminders
import Lexicon

/// The escalation deadlines running on open submissions, for the agenda and `show`.
///
/// After a formal complaint to the company, each body that could take the case next (same
/// jurisdiction, the organization's kind in its scope) gets a clock: it opens when the firm's
/// deadline under that body's rules has passed, or at once when the body sets no waiting period;
/// once the firm's final response is recorded it opens then, and closes when the consumer's window
/// (e.g. FOS: 6 months) runs out. A body already submitted to gets no "opens" clock. A submission
/// gets an "answer due" clock from the firm's deadline (Regulation E, PSD2) or the body's own
/// (SAMR: accept within 7 working days; mediation ends 45 working days after acceptance).
public struct EscalationClocks: ClockSource {
    public let store: JournalStore
    public let bodies: BodyLibrary
    public let deadlines: DeadlineCalculator
    /// True when `asOf` is a past moment to see as it was (`--as-of`): only submissions sent by
    /// then, with the answers received by then.
    public var snapshot = false

    public init(store: JournalStore, bodies: BodyLibrary, calendars: CalendarLibrary) {
        self.store = store
        self.bodies = bodies
        deadlines = DeadlineCalculator(calendars: calendars)
    }

    /// Every open submission's clocks, without a clock for a body the case has already gone to and
    /// without the same step twice on a case (two complaints to the firm start one set of clocks).
    public func clocks(asOf: Date) throws -> [EscalationClock] {
        let moment = snapshot ? asOf : nil
        let open = try store.openSubmissions(asOf: moment)
        var submittedTo: [Int64: Set<String>] = [:]
        for caseID in Set(open.map(\.submission.caseId)) {
            submittedTo[caseID] = Set(try store.submissions(ofCase: caseID, asOf: moment).map(\.body))
        }
        var seen = Set<String>()
        return open.flatMap { clocks(for: $0, alreadySubmittedTo: submittedTo[$0.submission.caseId] ?? []) }
            .filter { seen.insert("\($0.caseID)|\($0.kind.rawValue)|\($0.step)").inserted }
    }

    /// The clocks one submission starts.
    public func clocks(for open: OpenSubmission, alreadySubmittedTo: Set<String> = []) -> [EscalationClock] {
        guard let body = bodies.body(open.submission.body) else { return [] }
        let zone = TimeZone(identifier: open.caseZone) ?? .current
        let organization = open.organization
        let submission = open.submission
        var result = answerDueClocks(body, open, zone)
        guard body.type == .company else { return result }
        for next in nextBodies(for: organization) where !alreadySubmittedTo.contains(next.id) {
            var opens = submission.submittedAt
            var source = Message.clockNoWaiting.text()
            var confirmed = next.sources.first?.confidence != .unconfirmed
            if let deadline = next.firmDeadline, deadline.trigger == "complaint_received" {
                let period = Self.period(deadline, for: organization, category: open.caseCategory)
                let last = deadlines.lastDay(after: submission.submittedAt, amount: period.amount, unit: period.unit, dayCount: next.dayCount,
                                             jurisdiction: organization.jurisdiction, zone: zone)
                opens = last.day.adding(days: 1).at(TimeOfDay(hour: 0, minute: 0)!, in: zone)
                source = Message.clockFirmPeriod.text(BodyText.period(period.amount, period.unit),
                                                      period.rule.map { $0.in(.current) } ?? next.sources.first?.title.text ?? next.id)
                    + (last.beyondKnownYears ? Message.clockBeyondCalendar.text() : "")
                confirmed = period.rule?.isConfirmed ?? !next.hasUnconfirmedFacts
            }
            var closes: Date?
            if let responded = submission.respondedAt {
                opens = min(opens, responded)
                if let window = next.consumerWindow, window.trigger == "final_response" {
                    let last = deadlines.lastDay(after: responded, amount: window.amount, unit: window.unit, dayCount: next.dayCount,
                                                 jurisdiction: organization.jurisdiction, zone: zone)
                    closes = last.day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone)
                    confirmed = confirmed && (window.rule?.isConfirmed ?? true)
                }
            }
            result.append(EscalationClock(caseID: submission.caseId, organizationName: organization.name,
                                          step: Message.clockNextStep.text(next.name, next.id), bodyID: next.id, opensAt: opens, closesAt: closes, source: source,
                                          confidence: confirmed ? "confirmed" : "unconfirmed"))
        }
        return result
    }

    /// When answers to a submission are due: under the firm's rule (Regulation E, PSD2, a
    /// regulator's forwarding deadline) and under the body's own deadlines. Gone once answered,
    /// except a deadline that counts from the answer (SAMR's mediation counts from acceptance).
    private func answerDueClocks(_ body: BodyProfile, _ open: OpenSubmission, _ zone: TimeZone) -> [EscalationClock] {
        let submission = open.submission
        func clock(_ what: String, from start: Date, _ amount: Int, _ unit: BodyProfile.Unit, trigger: String, rule: BodyProfile.Citation?) -> EscalationClock {
            let last = deadlines.lastDay(after: start, amount: amount, unit: unit, dayCount: body.dayCount,
                                         jurisdiction: open.organization.jurisdiction, zone: zone)
            let cite = rule.map { $0.in(.current) } ?? body.sources.first?.title.text ?? body.id
            return EscalationClock(caseID: submission.caseId, organizationName: open.organization.name,
                                   step: Message.clockAnswerDue.text(what, body.name, body.id), bodyID: body.id, opensAt: nil,
                                   closesAt: last.day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone),
                                   source: Message.clockPeriodFrom.text(BodyText.period(amount, unit), BodyText.trigger(trigger), cite),
                                   confidence: (rule?.isConfirmed ?? !body.hasUnconfirmedFacts) ? "confirmed" : "unconfirmed", kind: .answerDue)
        }
        var result: [EscalationClock] = []
        if let deadline = body.firmDeadline, submission.respondedAt == nil {
            let period = Self.period(deadline, for: open.organization, category: open.caseCategory)
            result.append(clock(Message.clockAnswerDueWhat.text(), from: submission.submittedAt, period.amount, period.unit, trigger: deadline.trigger, rule: period.rule))
        }
        for deadline in body.regulatorDeadlines ?? [] {
            if deadline.trigger == "complaint_accepted" {
                guard let accepted = submission.respondedAt else { continue }
                result.append(clock(deadline.words, from: accepted, deadline.amount, deadline.unit, trigger: deadline.trigger, rule: deadline.rule))
            } else if submission.respondedAt == nil {
                result.append(clock(deadline.words, from: submission.submittedAt, deadline.amount, deadline.unit, trigger: deadline.trigger, rule: deadline.rule))
            }
        }
        return result
    }

    /// The bodies that could take a case against `organization` after the firm's own process:
    /// same region, and the organization's kind in the body's scope (a wallet or bank in CN goes to
    /// 12363 and 12378; SAMR's 12315 does not take bank and payment disputes).
    public func nextBodies(for organization: Organization) -> [BodyProfile] {
        let region = Self.region(organization.jurisdiction)
        return bodies.bodies.filter { body in
            body.type != .company && Self.region(body.jurisdiction) == region && Self.isWithinRemit(body, organization)
        }
    }

    /// True when `body` takes complaints about organizations of this kind.
    public static func isWithinRemit(_ body: BodyProfile, _ organization: Organization) -> Bool {
        body.scope.contains("any") || body.scope.contains(organization.kind.rawValue)
    }

    /// The body whose rule gives the firm's deadline to answer a complaint: among the next bodies
    /// with a deadline from receipt of the complaint, the one whose rule is written for this kind
    /// of firm (NFRA's for banks and insurers, PBoC's for wallets and payment firms).
    public func firmRule(for organization: Organization) -> BodyProfile? {
        let candidates = nextBodies(for: organization).filter { $0.firmDeadline?.trigger == "complaint_received" }
        return candidates.first { $0.firmDeadline?.appliesTo?.contains(organization.kind.rawValue) ?? false }
            ?? candidates.first { $0.firmDeadline?.appliesTo == nil } ?? candidates.first
    }

    /// The deadline that applies, and the rule that sets it: a variant when the organization's kind
    /// or the case's category is one it names (FOS: 15 business days for payment services, a bank's
    /// card payment included), else the main deadline.
    public static func period(_ deadline: BodyProfile.Deadline, for organization: Organization, category: CaseCategory)
        -> (amount: Int, unit: BodyProfile.Unit, rule: BodyProfile.Citation?, extensions: [BodyProfile.Period]) {
        if let variant = deadline.variants?.first(where: { ($0.kinds ?? []).contains(organization.kind.rawValue)
                                                          || ($0.categories ?? []).contains(category.rawValue) }) {
            return (variant.amount, variant.unit, variant.rule ?? deadline.rule, variant.extensions ?? deadline.extensions ?? [])
        }
        return (deadline.amount, deadline.unit, deadline.rule, deadline.extensions ?? [])
    }

    private static let europeanUnion: Set<String> = ["EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                                                    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]

    static func region(_ jurisdiction: String?) -> String {
        guard let code = jurisdiction?.uppercased() else { return "" }
        if europeanUnion.contains(code) { return "EU" }
        if code == "UK" || code.hasPrefix("GB") { return "GB" }
        return code
    }
}
