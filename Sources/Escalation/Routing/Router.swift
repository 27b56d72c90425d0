import Foundation
import Journal
import Reminders

/// The one answer to "where does this case go, from when, until when, and why".
///
/// `escalate` (and its prompt), `agenda`, `show`, `prep`, `draft … --check` and the drafts all ask
/// this type, so they cannot disagree. It reads the case's facts (the firm's jurisdiction and kind,
/// the case's category, the submissions recorded) and the body profiles; it never invents a period:
/// where no profile gives the firm a deadline for this kind of firm and case, the route says so
/// (`firmRule == nil`) and nobody claims a date.
public struct Router: Sendable {
    public let bodies: BodyLibrary
    public let deadlines: DeadlineCalculator

    public init(bodies: BodyLibrary, calendars: CalendarLibrary) {
        self.bodies = bodies
        deadlines = DeadlineCalculator(calendars: calendars)
    }

    /// The facts a route depends on.
    public struct Case: Sendable {
        public let organization: Organization
        public let category: CaseCategory
        /// The formal complaint to the firm, if recorded (`escalate --to company`).
        public let complaint: Submission?
        /// Bodies the case has already gone to: they get no "opens" step.
        public let submittedTo: Set<String>
        public let zone: TimeZone
        /// The case's title: what it is about when the category alone does not say (a card dispute filed as `other`).
        public let subject: String

        public init(organization: Organization, category: CaseCategory, complaint: Submission?, submittedTo: Set<String> = [], zone: TimeZone,
                    subject: String = "") {
            self.organization = organization
            self.category = category
            self.complaint = complaint
            self.submittedTo = submittedTo
            self.zone = zone
            self.subject = subject
        }
    }

    /// The rule that gives the firm its deadline to answer a complaint, and the period it sets for
    /// this firm and case (a variant when one applies: FOS's 15 business days for payment services).
    public struct FirmRule: Sendable {
        public let body: BodyProfile
        public let amount: Int
        public let unit: BodyProfile.Unit
        public let citation: BodyProfile.Citation?
        /// The last day to answer, counted from the recorded complaint; nil before one is recorded.
        public let lastDay: CalendarDay?
        /// True when the count ran past the years the calendar knows.
        public let beyondKnownYears: Bool
    }

    /// Why a step opens when it does.
    public enum Reason: Sendable, Equatable {
        /// The firm's deadline under `FirmRule` has passed (or will on `opensAt`).
        case firmDeadline
        /// The firm's final response was recorded.
        case finalResponse
        /// The body asks for a complaint to the firm first, and sets no waiting period after it.
        case afterComplaint
        /// The body takes the case without a complaint to the firm first.
        case noPrecondition
        /// No complaint to the firm is recorded yet, and the body requires one.
        case needsComplaint
    }

    /// One body the case can go to after the firm, in order.
    public struct Step: Sendable {
        public let body: BodyProfile
        /// nil while the step waits for a complaint to the firm to be recorded.
        public let opensAt: Date?
        /// When the consumer's window closes, where a profile sets one from a recorded event.
        public let closesAt: Date?
        public let reason: Reason
        /// True when every rule behind the dates is confirmed.
        public let confirmed: Bool
    }

    public struct Route: Sendable {
        /// nil when no known rule gives the firm a deadline: no date is claimed anywhere.
        public let firmRule: FirmRule?
        public let steps: [Step]
        /// A fraud case is not a complaint against the firm: no firm-complaint route (the fraud path adds its own).
        public let isFraud: Bool
        /// `undecided` only where the answer would change the firm's deadline (a payment-services variant exists).
        public var paymentService: PaymentService = .no
    }

    /// The route for a case.
    public func route(_ facts: Case) -> Route {
        if facts.category == .fraud {
            // A fraud case is no complaint against the impersonated firm. The one complaint it can
            // hold is the reimbursement claim to the user's own bank (UK APP scams: `uk.app`), which
            // the bank answers for like any payment-services complaint: that claim routes as one,
            // to a bank, so `agenda` and the FOS draft give the FOS the same opening day.
            guard let claim = facts.complaint, claim.body == AppReimbursementClock.bodyID else {
                return Route(firmRule: nil, steps: [], isFraud: true)
            }
            var bank = facts.organization
            bank.kind = .bank
            if bank.jurisdiction == nil { bank.jurisdiction = "GB" }
            return route(Case(organization: bank, category: .transaction, complaint: claim, submittedTo: facts.submittedTo,
                              zone: facts.zone, subject: facts.subject))
        }
        let rule = firmRule(facts)
        let steps = candidates(for: facts.organization, category: facts.category)
            .filter { !facts.submittedTo.contains($0.id) }
            .map { step($0, facts, rule) }
        var route = Route(firmRule: rule, steps: steps, isFraud: false)
        let decided = paymentService(facts)
        let matters = rule?.body.firmDeadline?.variants?.contains { ($0.categories ?? []).contains(CaseCategory.transaction.rawValue) } ?? false
        route.paymentService = decided == .undecided && !matters ? .no : decided
        return route
    }

    /// The bodies that could take a case after the firm's own process: same country, the firm's
    /// kind (and banking group) in the body's remit, the case's category among those the body takes.
    /// Profile order. A national scheme that takes the case replaces the EU-wide ADR entry, which
    /// names no body: the user needs the scheme's name and address (a German bank's Ombudsmann).
    public func candidates(for organization: Organization, category: CaseCategory) -> [BodyProfile] {
        let covering = bodies.bodies.filter { $0.type != .company && covers($0, organization, category) }
        func isDisputeScheme(_ body: BodyProfile) -> Bool { [.adr, .ombudsman].contains(body.type) }
        func isEUWide(_ body: BodyProfile) -> Bool { ["EU", "ANY"].contains(body.jurisdiction.uppercased()) }
        guard covering.contains(where: { isDisputeScheme($0) && !isEUWide($0) }) else { return covering }
        return covering.filter { !(isDisputeScheme($0) && isEUWide($0)) }
    }

    /// True when `body` takes complaints about this firm (its country, kind and banking group) and
    /// this case (its category): the one remit test every command and draft uses.
    public func covers(_ body: BodyProfile, _ organization: Organization, _ category: CaseCategory) -> Bool {
        remitProblem(body, organization, category) == nil
    }

    /// Why `body` does not cover the case, or nil when it does.
    public func remitProblem(_ body: BodyProfile, _ organization: Organization, _ category: CaseCategory) -> RemitProblem? {
        if !Self.sameCountry(body, organization) { return .country }
        if !(body.scope.contains("any") || body.scope.contains(organization.kind.rawValue)) { return .kind }
        if let sectors = body.sectors, !sectors.contains(Self.sector(organization)) { return .sector }
        if let categories = body.categories, !categories.contains(category.rawValue) { return .category }
        return nil
    }

    public enum RemitProblem: Sendable, Equatable { case country, kind, sector, category }

    /// The firm's banking group as body profiles name it: the one set or read from its name, else `unknown`.
    public static func sector(_ organization: Organization) -> String {
        OrganizationInference.sector(of: organization)?.rawValue ?? unknownSector
    }

    /// A bank whose group neither the user nor its name gives.
    public static let unknownSector = "unknown"

    /// The rule setting the firm's deadline: among the profiles (regulators' and firm-level ones
    /// such as PSD2, Regulation E) covering the case whose deadline runs from the complaint, the
    /// one written for this kind of firm; nil when there is none.
    func firmRule(_ facts: Case) -> FirmRule? {
        let organization = facts.organization
        let candidates = bodies.bodies.filter { body in
            guard let deadline = body.firmDeadline, ["complaint_received", "notice_received"].contains(deadline.trigger) else { return false }
            return covers(body, organization, facts.category)
        }
        guard let body = candidates.first(where: { $0.firmDeadline?.appliesTo?.contains(organization.kind.rawValue) ?? false })
            ?? candidates.first(where: { $0.firmDeadline?.appliesTo == nil }),
            let deadline = body.firmDeadline else { return nil }
        let period = self.period(deadline, facts)
        let last = facts.complaint.map {
            deadlines.lastDay(after: $0.submittedAt, amount: period.amount, unit: period.unit, dayCount: body.dayCount,
                              jurisdiction: organization.jurisdiction, zone: facts.zone)
        }
        return FirmRule(body: body, amount: period.amount, unit: period.unit, citation: period.rule, lastDay: last?.day,
                        beyondKnownYears: last?.beyondKnownYears ?? false)
    }

    private func step(_ body: BodyProfile, _ facts: Case, _ rule: FirmRule?) -> Step {
        let zone = facts.zone
        let needsComplaint = body.preconditions.contains { $0.required && ["complained_to_firm", "firm_deadline_passed_or_final_response"].contains($0.kind) }
        // A body that sets the firm's deadline itself (NFRA, FOS, MIIT) forwards a complaint that comes
        // earlier back to the firm: its step opens when that deadline has passed, as does a body that requires it.
        let waitsForDeadline = body.preconditions.contains { $0.required && $0.kind == "firm_deadline_passed_or_final_response" }
            || body.firmDeadline?.trigger == "complaint_received"
        guard let complaint = facts.complaint else {
            return Step(body: body, opensAt: nil, closesAt: nil, reason: needsComplaint ? .needsComplaint : .noPrecondition, confirmed: true)
        }
        var opens = complaint.submittedAt
        var reason: Reason = needsComplaint ? .afterComplaint : .noPrecondition
        var confirmed = true
        // The body's own rule for the firm's deadline when it has one (FOS, MIIT), else the route's.
        let routeLastDay = rule.flatMap { rule in rule.lastDay.map { (day: $0, citation: rule.citation) } }
        if waitsForDeadline, let lastDay = ownLastDay(body, facts, complaint) ?? routeLastDay {
            opens = lastDay.day.adding(days: 1).at(TimeOfDay(hour: 0, minute: 0)!, in: zone)
            reason = .firmDeadline
            confirmed = lastDay.citation?.isConfirmed ?? true
        }
        var closes: Date?
        if let responded = complaint.finalResponseAt {
            if responded < opens { opens = responded; reason = .finalResponse }
            if let window = body.consumerWindow, window.trigger == "final_response" {
                let last = deadlines.lastDay(after: responded, amount: window.amount, unit: window.unit, dayCount: body.dayCount,
                                             jurisdiction: facts.organization.jurisdiction, zone: zone)
                closes = last.day.at(TimeOfDay(hour: 23, minute: 59, second: 59)!, in: zone)
                confirmed = confirmed && (window.rule?.isConfirmed ?? true)
            }
        }
        return Step(body: body, opensAt: opens, closesAt: closes, reason: reason, confirmed: confirmed)
    }

    /// The last day of the firm's deadline under `body`'s own rule, counted from the complaint.
    private func ownLastDay(_ body: BodyProfile, _ facts: Case, _ complaint: Submission) -> (day: CalendarDay, citation: BodyProfile.Citation?)? {
        guard let deadline = body.firmDeadline, deadline.trigger == "complaint_received" else { return nil }
        let period = self.period(deadline, facts)
        let last = deadlines.lastDay(after: complaint.submittedAt, amount: period.amount, unit: period.unit, dayCount: body.dayCount,
                                     jurisdiction: facts.organization.jurisdiction, zone: facts.zone)
        return (last.day, period.rule)
    }

    /// Whether the complaint is about a payment service (a card payment, a transfer, a wallet), which
    /// some rules give a shorter deadline (DISP 1.6.2AR: 15 business days, 35 after a holding reply,
    /// instead of 8 weeks), whatever the firm; `undecided` when a bank's case says neither way.
    public enum PaymentService: Sendable, Equatable { case yes, no, undecided }

    /// Decided from the case's facts: the firm's kind, the case's category, else the words of its title.
    public func paymentService(_ facts: Case) -> PaymentService {
        if [.payment, .wallet].contains(facts.organization.kind) || [.transaction, .fraud].contains(facts.category) { return .yes }
        let subject = facts.subject.lowercased()
        if Self.paymentWords.contains(where: { subject.contains($0) }) { return .yes }
        // A bank runs payment accounts and cards: a case filed as `other` or `account` may be either.
        if facts.organization.kind == .bank, [.other, .account].contains(facts.category) { return .undecided }
        return .no
    }

    /// Words in a case's title that make it a payment-services complaint (English and Chinese titles).
    static let paymentWords = ["card", "transfer", "transaction", "payment", "direct debit", "standing order", "chargeback",
                               "contactless", "withdrawal", "debit", "刷卡", "银行卡", "信用卡", "转账", "支付", "扣款", "交易"]

    /// The period `deadline` sets for this case: a variant where the firm's kind or the case names
    /// one (a payment-services complaint counts as a `transaction` one), the longer period after a holding reply.
    public func period(_ deadline: BodyProfile.Deadline, _ facts: Case)
        -> (amount: Int, unit: BodyProfile.Unit, rule: BodyProfile.Citation?, extensions: [BodyProfile.Period]) {
        let category: CaseCategory = paymentService(facts) == .yes && facts.category != .fraud ? .transaction : facts.category
        return EscalationClocks.period(deadline, for: facts.organization, category: category, holding: facts.complaint?.hadHoldingReply ?? false)
    }

    private static let europeanUnion: Set<String> = ["EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                                                    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]

    /// An EU-wide body covers every member state; a national one (de.*, uk.*) its own country only.
    static func sameCountry(_ body: BodyProfile, _ organization: Organization) -> Bool {
        switch body.jurisdiction.uppercased() {
        case "ANY": true
        case "EU": region(organization.jurisdiction) == "EU"
        default: country(body.jurisdiction) == country(organization.jurisdiction)
        }
    }

    /// GB-SCT and UK are GB; other codes as written.
    static func country(_ jurisdiction: String?) -> String {
        guard let code = jurisdiction?.uppercased() else { return "" }
        return code == "UK" || code.hasPrefix("GB") ? "GB" : code
    }

    /// The country a jurisdiction counts as for remits: EU members share EU-wide bodies, GB-SCT is GB.
    static func region(_ jurisdiction: String?) -> String {
        guard let code = jurisdiction?.uppercased() else { return "" }
        if europeanUnion.contains(code) { return "EU" }
        if code == "UK" || code.hasPrefix("GB") { return "GB" }
        return code
    }
}
