import Desk
import Foundation
import Journal
import Reminders
import Escalation
import Lexicon

/// What one command invocation works with: the clock, the user's zone, settings and the journal.
///
/// The clock is read once, here. `--as-of` replaces it for commands that read, so every view is
/// reproducible; a command that records something refuses it, so nothing is stored at a made-up time.
struct Session {
    /// What a command does with the journal, which decides how it opens and whose clock it uses.
    enum Purpose {
        /// Shows the journal or the settings: the journal opens read-only; `--as-of` allowed.
        case reading
        /// Records something: the journal opens for writing; `--as-of` refused.
        case recording
        /// Writes a throw-away journal from a made-up story (`demo`, the benchmark's seed): opened
        /// for writing, and `--as-of` allowed so the story is the same on every run.
        case generating
    }

    let options: GlobalOptions
    let purpose: Purpose
    let zone: TimeZone
    let now: Date
    let environment: [String: String]
    let settings: Settings

    init(_ options: GlobalOptions, _ purpose: Purpose, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        if purpose == .recording, options.asOf != nil { throw CLIError.usage(Message.asOfOnWrite.text()) }
        self.options = options
        self.purpose = purpose
        self.environment = environment
        zone = TimeZone.current
        settings = try Settings.load(path: Self.configFolder(environment) + "/config")
        let clock = Date()
        if let asOf = options.asOf {
            let parsed = try WhenParser.parse(asOf, context: WhenContext(now: clock, zone: zone, dateOnlyTime: TimeOfDay(hour: 9, minute: 0)!)).date
            now = try TimeBounds.accept(parsed, zone: zone, option: "--as-of", words: asOf)
        } else {
            now = clock
        }
    }

    /// `$XDG_CONFIG_HOME/recourse`, else `~/.config/recourse`.
    static func configFolder(_ environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/recourse" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/recourse"
    }

    var configFolder: String { Self.configFolder(environment) }
    var location: JournalLocation { JournalLocation.resolve(explicit: options.db, environment: environment) }
    var time: TimeFormat { TimeFormat(zone: zone, now: now) }
    /// The past moment to see the journal as it stood (`--as-of`); nil when reading it as it is now.
    var snapshot: Date? { options.asOf == nil ? nil : now }

    /// The journal, read-only for a command that only reads.
    ///
    /// With `RECOURSE_DEBUG_CONNECTION` set, the connection's settings as SQLite reports them go to
    /// stderr, so tests can check what each command really runs under (a hidden hook, not a feature).
    func openJournal() throws -> JournalStore {
        var store = try JournalStore.open(location, now: now, access: purpose == .reading ? .read : .write)
        // A reading command sees the journal as it stood at `--as-of` in every read, drafts included.
        if purpose == .reading { store.snapshot = snapshot }
        if environment["RECOURSE_DEBUG_CONNECTION"] != nil {
            let settings = try store.connectionSettings()
            Console.error("connection: access=\(settings.access.rawValue) journal_mode=\(settings.journalMode) "
                          + "synchronous=\(settings.synchronous) query_only=\(settings.queryOnly ? 1 : 0)")
        }
        return store
    }

    /// The clock, zone, settings and configuration folder as the libraries read the user's words with.
    var desk: Desk { Desk(zone: zone, now: now, settings: settings, configFolder: configFolder) }

    func calendarLibrary() throws -> CalendarLibrary { try desk.calendarLibrary() }

    /// The built-in body profiles and the user's, checked against the known calendars.
    func bodyLibrary(calendars: CalendarLibrary) throws -> BodyLibrary { try desk.bodyLibrary(calendars: calendars) }

    /// The escalation clocks running on `store`'s open submissions.
    func escalationClocks(_ store: JournalStore) throws -> EscalationClocks { try desk.escalationClocks(store, snapshot: snapshot != nil) }

    /// The business-day calendar for an organization's jurisdiction, else the user's region, else
    /// the region the time zone suggests.
    func businessCalendar(jurisdiction: String?) throws -> RegionCalendar { try desk.businessCalendar(jurisdiction: jurisdiction) }

    /// What a new organization's name and the user's region (the `region` setting, else the time
    /// zone) say about its kind and jurisdiction.
    func inferOrganization(named name: String) -> OrganizationInference { desk.inferOrganization(named: name) }

    /// Resolves a when-expression as `Desk.when` does, with its warnings on stderr here (and
    /// returned for the JSON `warnings`).
    func when(_ text: String, from anchor: Date? = nil, dateOnlyTime: TimeOfDay? = nil,
              calendar: (any BusinessCalendar)? = nil, purpose: WhenContext.Purpose = .moment,
              option: String = "--due") throws -> ResolvedWhen {
        let resolved = try desk.when(text, from: anchor, dateOnlyTime: dateOnlyTime, calendar: calendar, purpose: purpose, option: option)
        resolved.warnings.forEach(Console.warn)
        return resolved
    }

    /// The day a `--reply-by` names (the user's date for the firm's answer), which must come after
    /// `after` (the complaint's sending, or today for a draft): one reading for `escalate` and `draft`.
    func replyBy(_ text: String, after moment: Date, tooEarly: (String) -> String) throws -> CalendarDay {
        let day = CalendarDay(try when(text, dateOnlyTime: TimeOfDay(hour: 12, minute: 0)!, option: "--reply-by").date, in: zone)
        guard day > CalendarDay(moment, in: zone) else { throw CLIError.usage(tooEarly(text)) }
        return day
    }

    /// When something happened (`--at`), as `Desk.moment` reads it, with its warnings on stderr.
    func moment(_ text: String?, option: String = "--at") throws -> Date {
        let resolved = try desk.moment(text, option: option)
        resolved.warnings.forEach(Console.warn)
        return resolved.date
    }

    /// The body profile `id`, or a not-found error listing the known ones.
    func body(_ id: String, in library: BodyLibrary) throws -> BodyProfile { try DraftReading.body(id, in: library) }

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
