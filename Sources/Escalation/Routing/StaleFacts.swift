import Foundation
import Reminders

/// The facts behind the bodies that nobody has checked against their source within 12 months (or
/// ever): laws and hotlines change, and a stale fact is how a user loses a case. `bodies --stale`.
public struct StaleFacts: Sendable, Encodable {
    public struct Item: Sendable, Equatable, Encodable {
        public let body: String
        public let fact: String
        /// YYYY-MM-DD, or nil when never checked.
        public let lastChecked: String?
    }

    /// The day a fact must have been checked on or after (12 months before `asOf`), YYYY-MM-DD.
    public let since: String
    public let items: [Item]

    public init(library: BodyLibrary, asOf: Date, zone: TimeZone) {
        let cutoff = CalendarDay(asOf, in: zone).adding(months: -12)
        let since = String(format: "%04d-%02d-%02d", cutoff.year, cutoff.month, cutoff.day)
        self.since = since
        items = library.bodies.flatMap { body in
            body.sources.compactMap { source -> Item? in
                // ISO dates compare as text.
                if let checked = source.lastChecked, checked >= since { return nil }
                return Item(body: body.id, fact: source.title.text, lastChecked: source.lastChecked)
            }
        }
    }
}
