import Channels
import Foundation
import Journal
import Lexicon

extension Session {
    /// The genuine-channel registry and red-flag phrases, built in and from
    /// `$XDG_CONFIG_HOME/recourse/channels/`.
    func channelAdvisor() throws -> ChannelAdvisor {
        let folder = configFolder + "/channels"
        return ChannelAdvisor(registry: try ChannelRegistry.load(userFolder: folder), redFlags: try RedFlags.load(userFolder: folder))
    }

    /// The channels the user stored with `org add --official`, by organization; none when there is
    /// no journal yet (checking a number must not create one).
    func journalOfficialChannels() throws -> [ChannelAdvisor.UserChannel] {
        guard FileManager.default.fileExists(atPath: location.path) else { return [] }
        return try openJournal().organizations().flatMap { entry in
            entry.officialChannels.filter(\.isCallable).map { ChannelAdvisor.UserChannel(organization: entry.organization.name, address: $0.address) }
        }
    }

    /// What `log` checks a contact with, loaded before the write so that a bad user file stops
    /// the command with the journal untouched. The registry is read only when a number was given,
    /// so a plain `log` pays for the phrase check alone; nothing at all when there is nothing to check.
    func contactAdvisor(number: String?, texts: [String]) throws -> ChannelAdvisor? {
        guard number != nil || texts.contains(where: { !$0.isEmpty }) else { return nil }
        let folder = configFolder + "/channels"
        let registry = number == nil ? ChannelRegistry(institutions: []) : try ChannelRegistry.load(userFolder: folder)
        return ChannelAdvisor(registry: registry, redFlags: try RedFlags.load(userFolder: folder))
    }

    /// Warnings for a contact just logged: a number that is not a genuine channel of the
    /// organization (or is another institution's), and red-flag phrases in what was said.
    func contactWarnings(_ logged: LoggedContact, store: JournalStore, advisor: ChannelAdvisor, texts: [String]) throws -> [ChannelAdvisor.ContactWarning] {
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
    func keepWarnings(_ warnings: [ChannelAdvisor.ContactWarning], on contactID: Int64, store: JournalStore, now: Date) throws {
        try store.flagContact(contactID, warnings.map { warning in
            (kind: warning.kind == .channel ? ContactFlag.Kind.channel : .redFlags, message: warning.message)
        }, now: now)
    }

    /// Marks a contact as an impersonation (`log --impersonation`, `correct --impersonation`, the
    /// offer `log` makes) and tells the user, on stderr, what the case has become and which drafts
    /// now serve it.
    @discardableResult
    func markImpersonation(_ contactID: Int64, store: JournalStore) throws -> MarkedImpersonation {
        let marked = try store.markImpersonation(contactID, now: now)
        Console.error(Message.impersonationMarked.text(contactID, marked.organizationName, marked.caseID))
        return marked
    }
}

extension OfficialChannel {
    /// A channel a contact can come from or go to: not the postal address letters go to
    /// (`org edit --address`) or a place to visit, which are never a number to call back.
    var isCallable: Bool { ![.letter, .visit].contains(kind) }
}
