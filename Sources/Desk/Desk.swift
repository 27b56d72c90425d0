import Channels
import Escalation
import Foundation
import Journal
import Lexicon
import Reminders

/// What every skin needs to read the user's words the same way: the clock, the user's zone, the
/// settings and the configuration folder. The command line builds one per invocation (`Session`),
/// the web server one per request, so both read a time, a due phrase or a channel file alike.
public struct Desk {
    public let zone: TimeZone
    public let now: Date
    public let settings: Settings
    /// `$XDG_CONFIG_HOME/recourse`: calendars, channels and bodies the user added.
    public let configFolder: String

    public init(zone: TimeZone, now: Date, settings: Settings, configFolder: String) {
        self.zone = zone
        self.now = now
        self.settings = settings
        self.configFolder = configFolder
    }

    public var time: TimeFormat { TimeFormat(zone: zone, now: now) }

    /// The user's region: the `region` setting, else the one the time zone suggests.
    public var region: String { settings.region ?? CalendarLibrary.region(forZone: zone) }

    public func calendarLibrary() throws -> CalendarLibrary { try CalendarLibrary.load(userFolder: configFolder + "/calendars") }

    /// The built-in body profiles and the user's, checked against the known calendars.
    public func bodyLibrary(calendars: CalendarLibrary) throws -> BodyLibrary {
        try BodyLibrary.load(userFolder: configFolder + "/bodies", knownCalendars: Set(calendars.calendars.keys))
    }

    /// The escalation clocks running on `store`'s open submissions; `snapshot` when `now` is a past moment.
    public func escalationClocks(_ store: JournalStore, snapshot: Bool) throws -> EscalationClocks {
        let calendars = try calendarLibrary()
        var clocks = EscalationClocks(store: store, bodies: try bodyLibrary(calendars: calendars), calendars: calendars)
        clocks.snapshot = snapshot
        return clocks
    }

    /// The business-day calendar for an organization's jurisdiction, else the user's region.
    public func businessCalendar(jurisdiction: String?) throws -> RegionCalendar {
        let library = try calendarLibrary()
        guard let calendar = library.calendar(jurisdiction: jurisdiction, region: region) else {
            throw DeskError(.badData, Message.regionWithoutCalendar.text(region, library.calendars.keys.sorted().joined(separator: ", ")))
        }
        return calendar
    }

    /// What a new organization's name and the user's region say about its kind and jurisdiction.
    public func inferOrganization(named name: String) -> OrganizationInference {
        OrganizationInference.infer(name: name, region: region)
    }

    /// Resolves a when-expression counted from `anchor` (for a promise: the contact's time). Its
    /// warnings (a due date before the contact, a count past the calendar's years) are returned,
    /// for the skin to show. A year outside `TimeBounds.years` is refused, naming `option`.
    public func when(_ text: String, from anchor: Date? = nil, dateOnlyTime: TimeOfDay? = nil,
                     calendar: (any BusinessCalendar)? = nil, purpose: WhenContext.Purpose = .moment,
                     option: String = "--due") throws -> ResolvedWhen {
        // The user wrote the words, so the user's region (not the organization's) orders a numeric date.
        let context = WhenContext(now: anchor ?? now, zone: zone, dateOnlyTime: dateOnlyTime ?? settings.endOfDay,
                                  calendar: calendar ?? WeekendCalendar(), purpose: purpose,
                                  dateOrder: NumericDateOrder.of(region: region))
        let resolved = try WhenParser.parse(text, context: context)
        _ = try TimeBounds.accept(resolved.date, zone: zone, option: option, words: text)
        return resolved
    }

    /// When something happened (`--at`): now when absent; a date alone means 12:00, because a
    /// contact "yesterday" did not happen at closing time and 18:00 today may still be ahead.
    /// A moment in the future is refused the same way everywhere (a minute's grace for clock skew).
    public func moment(_ text: String?, option: String = "--at") throws -> ResolvedWhen {
        guard let text else { return ResolvedWhen(date: now, hasTime: true) }
        let resolved = try when(text, dateOnlyTime: TimeOfDay(hour: 12, minute: 0)!, option: option)
        if resolved.date.timeIntervalSince(now) > 60 {
            throw DeskError(.badData, option == "--at" ? Message.atInFuture.text(text, time.short(resolved.date))
                                                       : Message.optionInFuture.text(option, text, time.short(resolved.date)))
        }
        return resolved
    }

    // MARK: - Channels

    /// The genuine-channel registry and red-flag phrases, built in and from `channels/`.
    public func channelAdvisor() throws -> ChannelAdvisor {
        let folder = configFolder + "/channels"
        return ChannelAdvisor(registry: try ChannelRegistry.load(userFolder: folder), redFlags: try RedFlags.load(userFolder: folder))
    }

    /// The channels the user stored with `org add --official`, by organization, as `check` weighs them.
    public static func officialChannels(_ store: JournalStore?) throws -> [ChannelAdvisor.UserChannel] {
        try store?.organizations().flatMap { entry in
            entry.officialChannels.filter(\.isCallable).map { ChannelAdvisor.UserChannel(organization: entry.organization.name, address: $0.address) }
        } ?? []
    }

    /// `check THING`: whether a number, an address or a text is a genuine channel or holds red flags.
    public func check(_ thing: String, store: JournalStore?) throws -> ChannelAdvisor.CheckResult {
        try channelAdvisor().check(thing, officialChannels: try Self.officialChannels(store), language: .current)
    }

    /// What `log` checks a contact with, loaded before the write so that a bad user file stops
    /// the command with the journal untouched. The registry is read only when a number was given,
    /// so a plain `log` pays for the phrase check alone; nothing at all when there is nothing to check.
    public func contactAdvisor(number: String?, texts: [String]) throws -> ChannelAdvisor? {
        guard number != nil || texts.contains(where: { !$0.isEmpty }) else { return nil }
        let folder = configFolder + "/channels"
        let registry = number == nil ? ChannelRegistry(institutions: []) : try ChannelRegistry.load(userFolder: folder)
        return ChannelAdvisor(registry: registry, redFlags: try RedFlags.load(userFolder: folder))
    }

    /// Warnings for a contact just logged: a number that is not a genuine channel of the
    /// organization (or is another institution's), and red-flag phrases in what was said.
    public func contactWarnings(_ logged: LoggedContact, store: JournalStore, advisor: ChannelAdvisor, texts: [String]) throws -> [ChannelAdvisor.ContactWarning] {
        var contact = ChannelAdvisor.LoggedContact(organizationNames: [logged.organization.name], officialAddresses: [],
                                                   inbound: logged.contact.direction == .inbound, address: logged.contact.address,
                                                   texts: texts.filter { !$0.isEmpty }, caseID: logged.caseFile.id,
                                                   organizationKind: logged.organization.kind.rawValue, region: logged.organization.jurisdiction)
        if logged.contact.address != nil, let entry = try store.organizations().first(where: { $0.organization.id == logged.organization.id }) {
            contact.organizationNames += entry.aliases
            contact.officialAddresses = entry.officialChannels.filter(\.isCallable).map(\.address)
        }
        return advisor.contactWarnings(for: contact, language: .current)
    }

    /// Keeps a contact's warnings on it, so `show` and `agenda` still say them later.
    public func keepWarnings(_ warnings: [ChannelAdvisor.ContactWarning], on contactID: Int64, store: JournalStore) throws {
        try store.flagContact(contactID, warnings.map { warning in
            (kind: warning.kind == .channel ? ContactFlag.Kind.channel : .redFlags, message: warning.message)
        }, now: now)
    }
}

extension OfficialChannel {
    /// A channel a contact can come from or go to: not the postal address letters go to
    /// (`org edit --address`) or a place to visit, which are never a number to call back.
    public var isCallable: Bool { ![.letter, .visit].contains(kind) }
}
