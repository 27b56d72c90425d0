import Foundation

/// A complaint-handling body — a regulator, an ombudsman, an ADR body, or the company's own
/// formal complaint step — as data: who it is, what it needs, and the deadlines it sets.
///
/// Built-in profiles live in `Sources/Escalation/Bodies/*.json` (embedded in the binary); a file in
/// `$XDG_CONFIG_HOME/recourse/bodies/` with the same `id` replaces one, a new `id` adds one. Every
/// fact carries its source, and a source marked `unconfirmed` is shown as such wherever it is used.
public struct BodyProfile: Codable, Sendable, Equatable {
    public struct Names: Codable, Sendable, Equatable {
        public let zh: String
        public let en: String
        /// The body's own name where it works in a language Recourse does not speak (German schemes):
        /// what a letter to it is addressed to.
        public let de: String?
    }

    public enum Kind: String, Codable, Sendable, CaseIterable { case regulator, ombudsman, adr, mediation, enforcement, company }

    public struct ContactPoint: Codable, Sendable, Equatable {
        public let kind: String
        public let address: String
        public let hours: Prose?
        public let zone: String?
    }

    public struct Precondition: Codable, Sendable, Equatable {
        public let kind: String
        public let required: Bool
        public let note: Prose?
    }

    /// How a period is counted.
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case calendarDays = "calendar_days", businessDays = "business_days", workingDays = "working_days"
        case weeks, months, years
    }

    public struct Period: Codable, Sendable, Equatable {
        public let amount: Int
        public let unit: Unit
        public let condition: Prose?
        /// `holding_reply`: this longer period replaces the deadline once the firm's holding reply
        /// is recorded (`escalation respond --holding`), still counted from the complaint.
        public let after: String?
    }

    /// The rule behind one fact (a deadline, a window), named in both languages, with its own
    /// confidence: an unconfirmed side note in a profile does not make its confirmed deadlines doubtful.
    public struct Citation: Codable, Sendable, Equatable {
        public let zh: String
        public let en: String
        /// Absent means confirmed.
        public let confidence: Confidence?

        public init(zh: String, en: String, confidence: Confidence?) {
            self.zh = zh
            self.en = en
            self.confidence = confidence
        }

        public var isConfirmed: Bool { confidence != .unconfirmed }
    }

    /// Another deadline for some complaints: it applies when the organization's kind is in `kinds`
    /// or the case's category is in `categories` (UK DISP 1.6.2AR: payment services, whatever the firm).
    public struct Variant: Codable, Sendable, Equatable {
        public let when: Prose
        public let amount: Int
        public let unit: Unit
        public let extensions: [Period]?
        public let source: String?
        public let kinds: [String]?
        public let categories: [String]?
        public let rule: Citation?
    }

    /// The firm's deadline to answer: `amount` `unit` after `trigger` (e.g. complaint_received).
    public struct Deadline: Codable, Sendable, Equatable {
        public let trigger: String
        public let amount: Int
        public let unit: Unit
        public let extensions: [Period]?
        public let variants: [Variant]?
        public let pauses: Prose?
        public let then: Prose?
        /// The rule that sets this deadline.
        public let rule: Citation?
        /// The organization kinds for which this is *the* rule a complaint letter cites (NFRA's
        /// measures for banks and insurers, PBoC's for payment firms and wallets); nil means all in scope.
        public let appliesTo: [String]?
    }

    /// A deadline the body itself must keep (SAMR: accept or refuse within 7 working days).
    public struct BodyDeadline: Codable, Sendable, Equatable {
        /// What the body must do by then.
        public let what: Prose
        /// `complaint_received` / `complete_file_received` count from the submission; `complaint_accepted`
        /// from the body's answer recorded with `escalation respond`.
        public let trigger: String
        public let amount: Int
        public let unit: Unit
        public let note: Prose?
        public let rule: Citation?
    }

    /// How long the consumer has to bring the complaint, from `trigger`.
    public struct Window: Codable, Sendable, Equatable {
        public let trigger: String
        public let amount: Int
        public let unit: Unit
        public let what: Prose?
        public let longStop: Prose?
        public let rule: Citation?
    }

    /// A field a submission must (or may) carry, in the body's own order.
    public struct Field: Codable, Sendable, Equatable {
        public let key: String
        public let labels: Names
        public let required: Bool
        /// Masked in drafts unless the user asks otherwise.
        public let sensitive: Bool
    }

    public struct DayCount: Codable, Sendable, Equatable {
        /// A calendar id (CN, GB-ENG, US, WEEKDAYS) or `organization` for the firm's own region.
        public let calendar: String
        public let startDayExcluded: Bool
        public let rollForward: Bool
        public let adjustedWorkdaysCount: Bool
    }

    public enum Confidence: String, Codable, Sendable { case confirmed, unconfirmed }

    public struct Source: Codable, Sendable, Equatable {
        public let title: Prose
        public let article: Prose
        public let url: String
        public let confidence: Confidence
        /// When someone last checked this fact against its source (YYYY-MM-DD); `bodies --stale`
        /// lists facts not checked within 12 months, or never.
        public let lastChecked: String?
    }

    public let id: String
    public let jurisdiction: String
    public let names: Names
    public let type: Kind
    /// The organization kinds the body takes complaints about (`any` for all).
    public let scope: [String]
    /// The banking groups it takes (`BankSector` raw values, `unknown` for a bank whose group is not
    /// known); nil for all. Germany's schemes are one per group: the firm's group picks the scheme.
    public let sectors: [String]?
    /// The case categories it takes; nil for all (Regulation Z: billing errors only).
    public let categories: [String]?
    public let channels: [ContactPoint]
    public let preconditions: [Precondition]
    public let firmDeadline: Deadline?
    public let regulatorDeadlines: [BodyDeadline]?
    public let consumerWindow: Window?
    public let fields: [Field]
    public let dayCount: DayCount
    public let sources: [Source]
    public let validFrom: String?
    /// The languages the body works in (ISO 639-1); nil: the language of its jurisdiction that
    /// Recourse writes (zh for CN, en elsewhere). A language Recourse does not write is named in `--check`.
    public let languages: [String]?
    public let notes: Prose?

    /// True when any source behind this profile could not be checked against a primary text.
    public var hasUnconfirmedFacts: Bool { sources.contains { $0.confidence == .unconfirmed } }
}
