import Foundation
import Journal
import Reminders

/// What one command invocation works with: the clock, the user's zone and the journal.
///
/// The clock is read once, here; `--as-of` replaces it, so every command is reproducible.
struct Session {
    let options: GlobalOptions
    let zone: TimeZone
    let now: Date
    let environment: [String: String]

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.options = options
        self.environment = environment
        zone = TimeZone.current
        let clock = Date()
        if let asOf = options.asOf {
            now = try WhenParser.parse(asOf, context: WhenContext(now: clock, zone: zone, dateOnlyTime: TimeOfDay(hour: 9, minute: 0)!)).date
        } else {
            now = clock
        }
    }

    var location: JournalLocation { JournalLocation.resolve(explicit: options.db, environment: environment) }

    func openJournal() throws -> JournalStore { try JournalStore.open(location, now: now) }

    /// Resolves a when-expression counted from `anchor` (for a promise: the contact's time).
    func when(_ text: String, from anchor: Date? = nil, dateOnlyTime: TimeOfDay = .endOfBusinessDay) throws -> ResolvedWhen {
        let resolved = try WhenParser.parse(text, context: WhenContext(now: anchor ?? now, zone: zone, dateOnlyTime: dateOnlyTime))
        if let warning = resolved.calendarWarning { Console.warn(warning) }
        return resolved
    }

    /// Prints `value` as JSON when `--json` was given, else the text `render` returns.
    func output(_ value: some Encodable, text render: () -> String) throws {
        if options.json {
            Console.out(try JSONOutput.encode(value, zone: zone))
        } else {
            let text = render()
            if !text.isEmpty { Console.out(text) }
        }
    }
}
