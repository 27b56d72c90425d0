import Foundation
import Journal
import Reminders

/// The escalation deadlines running on open submissions, for the agenda and `show`.
///
/// After a formal complaint to the company, each body that could take the case next (same
/// jurisdiction, the organization's kind in its scope) gets a clock: it opens when the firm's
/// deadline under that body's rules has passed, or at once when the body sets no waiting period;
/// once the firm's final response is recorded it opens then, and closes when the consumer's window
/// (e.g. FOS: 6 months) runs out. A submission to a regulator or ombudsman gets an "answer due" clock.
public struct EscalationClocks: ClockSource {
    public let store: JournalStore
    public let bodies: BodyLibrary
    public let deadlines: DeadlineCalculator

    public init(store: JournalStore, bodies: BodyLibrary, calendars: CalendarLibrary) {
        self.store = store
        self.bodies = bodies
        deadlines = DeadlineCalculator(calendars: calendars)
    }

    public func clocks(asOf: Date) throws -> [EscalationClock] {
        try store.openSubmissions().flatMap(clocks(for:))
    }

    /// The clocks one submission starts.
    public func clocks(for open: OpenSubmission) -> [EscalationClock] {
        guard let body = bodies.body(open.submission.body) else { return [] }
        let zone = TimeZone(identifier: open.caseZone) ?? .current
        let organization = open.organization
        let submission = open.submission
        // A firm-level rule with its own deadline (Regulation E, PSD2) also says when the answer is due.
        let answerDue = body.firmDeadline.map { answerDueClock(body, $0, open, zone) }.map { [$0] } ?? []
        if body.type == .company {
            return answerDue + nextBodies(for: organization).map { next in
                var opens = submission.submittedAt
                var source = "no waiting period after a complaint to the firm"
                if let deadline = next.firmDeadline, deadline.trigger == "complaint_received" {
                    let (amount, unit) = Self.period(deadline, for: organization)
                    let last = deadlines.lastDay(after: submission.submittedAt, amount: amount, unit: unit, dayCount: next.dayCount,
                                                 jurisdiction: organization.jurisdiction, zone: zone)
                    opens = last.day.adding(days: 1).at(TimeOfDay(hour: 0, minute: 0)!, in: zone)
                    source = "the firm's \(BodyText.period(amount, unit)) from the complaint (\(next.sources.first?.title ?? next.id))"
                        + (last.beyondKnownYears ? "; counted past the calendar's known years" : "")
                }
                var closes: Date?
                if let responded = submission.respondedAt {
                    opens = min(opens, responded)
                    if let window = next.consumerWindow, window.trigger == "final_response" {
                        let last = deadlines.lastDay(after: responded, amount: window.amount, unit: window.unit, dayCount: next.dayCount,
                                                     jurisdiction: organization.jurisdiction, zone: zone)
                        closes = last.day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone)
                    }
                }
                return EscalationClock(caseID: submission.caseId, organizationName: organization.name,
                                       step: "\(next.names.en) (\(next.id))", opensAt: opens, closesAt: closes, source: source,
                                       confidence: next.hasUnconfirmedFacts ? "unconfirmed" : "confirmed")
            }
        }
        return answerDue
    }

    /// When the answer to a submission under `body`'s rule is due.
    private func answerDueClock(_ body: BodyProfile, _ deadline: BodyProfile.Deadline, _ open: OpenSubmission, _ zone: TimeZone) -> EscalationClock {
        let (amount, unit) = Self.period(deadline, for: open.organization)
        let last = deadlines.lastDay(after: open.submission.submittedAt, amount: amount, unit: unit, dayCount: body.dayCount,
                                     jurisdiction: open.organization.jurisdiction, zone: zone)
        return EscalationClock(caseID: open.submission.caseId, organizationName: open.organization.name,
                               step: "answer due under \(body.names.en) (\(body.id))", opensAt: nil,
                               closesAt: last.day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone),
                               source: "\(BodyText.period(amount, unit)) from \(deadline.trigger.replacingOccurrences(of: "_", with: " ")) (\(body.sources.first?.title ?? body.id))",
                               confidence: body.hasUnconfirmedFacts ? "unconfirmed" : "confirmed")
    }

    /// The bodies that could take a case against `organization` after the firm's own process.
    func nextBodies(for organization: Organization) -> [BodyProfile] {
        let region = Self.region(organization.jurisdiction)
        return bodies.bodies.filter { body in
            body.type != .company && Self.region(body.jurisdiction) == region
                && (body.scope.contains("any") || body.scope.contains(organization.kind.rawValue))
        }
    }

    /// The deadline that applies to this organization: payment and e-money firms have their own
    /// variant under some rules (FOS: 15 business days instead of 8 weeks).
    static func period(_ deadline: BodyProfile.Deadline, for organization: Organization) -> (Int, BodyProfile.Unit) {
        if [.payment, .wallet].contains(organization.kind),
           let variant = deadline.variants?.first(where: { $0.when.contains("payment") || $0.when.contains("e-money") }) {
            return (variant.amount, variant.unit)
        }
        return (deadline.amount, deadline.unit)
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

/// Periods in words.
public enum BodyText {
    public static func period(_ amount: Int, _ unit: BodyProfile.Unit) -> String {
        let word = unit.rawValue.replacingOccurrences(of: "_", with: " ")
        return "\(amount) \(amount == 1 && word.hasSuffix("s") ? String(word.dropLast()) : word)"
    }
}
