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
    public let router: Router

    public init(store: JournalStore, bodies: BodyLibrary, calendars: CalendarLibrary) {
        self.store = store
        self.bodies = bodies
        deadlines = DeadlineCalculator(calendars: calendars)
        router = Router(bodies: bodies, calendars: calendars)
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

    /// The clocks one submission starts: its answer-due clocks and, for a complaint to the firm,
    /// one clock per step of the case's route (from `Router`, which drafts and `--check` also ask),
    /// or a "no legal clock known" line when no rule gives the firm a deadline.
    public func clocks(for open: OpenSubmission, alreadySubmittedTo: Set<String> = []) -> [EscalationClock] {
        guard let body = bodies.body(open.submission.body) else { return [] }
        let zone = TimeZone(identifier: open.caseZone) ?? .current
        let organization = open.organization
        let submission = open.submission
        var result = answerDueClocks(body, open, zone)
        guard body.type == .company else { return result }
        let facts = Router.Case(organization: organization, category: open.caseCategory, complaint: submission,
                                submittedTo: alreadySubmittedTo, zone: zone, subject: open.caseTitle)
        let route = router.route(facts)
        if !route.isFraud, submission.finalResponseAt == nil, body.firmDeadline == nil {
            let what = Message.clockAnswerDue.text(Message.clockAnswerDueWhat.text(), body.name, body.id)
            if let rule = route.firmRule, let lastDay = rule.lastDay {
                let cite = rule.citation.map { $0.in(.current) } ?? rule.body.sources.first?.title.text ?? rule.body.id
                result.append(EscalationClock(caseID: submission.caseId, organizationName: organization.name, step: what, bodyID: body.id, opensAt: nil,
                                              closesAt: lastDay.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone),
                                              source: Message.clockPeriodFrom.text(BodyText.period(rule.amount, rule.unit), BodyText.trigger("complaint_received"), cite)
                                                  + (rule.beyondKnownYears ? Message.clockBeyondCalendar.text() : ""),
                                              confidence: (rule.citation?.isConfirmed ?? true) ? "confirmed" : "unconfirmed", kind: .answerDue))
            } else if route.firmRule == nil, let asked = submission.replyDueAt {
                // The user's own date (`escalate --reply-by`), shown as theirs: no legal clock is claimed.
                result.append(EscalationClock(caseID: submission.caseId, organizationName: organization.name, step: what, bodyID: body.id, opensAt: nil,
                                              closesAt: CalendarDay(asked, in: zone).at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone),
                                              source: Message.clockUserReplyBy.text(), confidence: "confirmed", kind: .answerDue))
            } else if route.firmRule == nil {
                result.append(EscalationClock(caseID: submission.caseId, organizationName: organization.name, step: what, bodyID: body.id,
                                              opensAt: nil, closesAt: nil, source: Message.clockNoLegalClock.text(), confidence: "confirmed", kind: .answerDue))
            }
        }
        for step in route.steps {
            var source = Message.clockNoWaiting.text()
            if step.reason == .firmDeadline, let rule = route.firmRule {
                let ownDeadline = step.body.firmDeadline.flatMap { deadline -> (amount: Int, unit: BodyProfile.Unit, rule: BodyProfile.Citation?, extensions: [BodyProfile.Period])? in
                    guard deadline.trigger == "complaint_received" else { return nil }
                    return router.period(deadline, facts)
                }
                let amount = ownDeadline?.amount ?? rule.amount
                let unit = ownDeadline?.unit ?? rule.unit
                let citation = ownDeadline?.rule ?? rule.citation
                source = Message.clockFirmPeriod.text(BodyText.period(amount, unit), citation.map { $0.in(.current) } ?? rule.body.sources.first?.title.text ?? rule.body.id)
                    + (rule.beyondKnownYears ? Message.clockBeyondCalendar.text() : "")
            } else if step.reason == .afterComplaint, route.firmRule == nil {
                source = Message.clockNoLegalClock.text()
            }
            result.append(EscalationClock(caseID: submission.caseId, organizationName: organization.name,
                                          step: Message.clockNextStep.text(step.body.name, step.body.id), bodyID: step.body.id,
                                          opensAt: step.opensAt, closesAt: step.closesAt, source: source,
                                          confidence: step.confirmed ? "confirmed" : "unconfirmed"))
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
        if let deadline = body.firmDeadline, submission.finalResponseAt == nil {
            let period = router.period(deadline, Router.Case(organization: open.organization, category: open.caseCategory, complaint: submission,
                                                             zone: zone, subject: open.caseTitle))
            result.append(clock(Message.clockAnswerDueWhat.text(), from: submission.submittedAt, period.amount, period.unit, trigger: deadline.trigger, rule: period.rule))
        }
        for deadline in body.regulatorDeadlines ?? [] {
            if deadline.trigger == "complaint_accepted" {
                guard let accepted = submission.respondedAt else { continue }
                result.append(clock(deadline.words, from: accepted, deadline.amount, deadline.unit, trigger: deadline.trigger, rule: deadline.rule))
            } else if submission.finalResponseAt == nil {
                result.append(clock(deadline.words, from: submission.submittedAt, deadline.amount, deadline.unit, trigger: deadline.trigger, rule: deadline.rule))
            }
        }
        return result
    }

    /// The deadline that applies, and the rule that sets it: a variant when the organization's kind
    /// or the case's category is one it names (FOS: 15 business days for payment services, a bank's
    /// card payment included), else the main deadline.
    public static func period(_ deadline: BodyProfile.Deadline, for organization: Organization, category: CaseCategory, holding: Bool = false)
        -> (amount: Int, unit: BodyProfile.Unit, rule: BodyProfile.Citation?, extensions: [BodyProfile.Period]) {
        var result = (deadline.amount, deadline.unit, deadline.rule, deadline.extensions ?? [])
        if let variant = deadline.variants?.first(where: { ($0.kinds ?? []).contains(organization.kind.rawValue)
                                                          || ($0.categories ?? []).contains(category.rawValue) }) {
            result = (variant.amount, variant.unit, variant.rule ?? deadline.rule, variant.extensions ?? deadline.extensions ?? [])
        }
        // After a holding reply the longer period the rule allows runs instead (DISP 1.6.2AR: 35 business days).
        if holding, let longer = result.3.first(where: { $0.after == "holding_reply" }) {
            result.0 = longer.amount
            result.1 = longer.unit
        }
        return result
    }
}
