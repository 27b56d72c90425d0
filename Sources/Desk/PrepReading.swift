import Channels
import Escalation
import Foundation
import Journal
import Lexicon

/// The sheet to read before calling about a case (`prep`, the web's prep page): the complaint's
/// facts, redacted, in the interface language, and the organization's genuine channels, the
/// user's own first.
public enum PrepReading {
    public static func sheet(_ caseID: Int64, store: JournalStore, desk: Desk) throws -> PrepSheet {
        let language = Language(rawValue: Language.current.rawValue) ?? .en  // the user reads it: the interface language
        let calendars = try desk.calendarLibrary()
        let draft = try ComplaintDraft.make(
            store: store, caseID: caseID, bodies: try desk.bodyLibrary(calendars: calendars), calendars: calendars,
            profile: try UserProfile.load(path: desk.configFolder + "/profile"), now: desk.now, zone: desk.zone,
            redact: true, language: language, forReading: true)
        return PrepSheet(draft: draft, genuineChannels: try genuineChannels(of: draft, store: store, desk: desk))
    }

    /// The user's own official channels first, then the registry's.
    private static func genuineChannels(of draft: ComplaintDraft, store: JournalStore, desk: Desk) throws -> [PrepSheet.Channel] {
        let organization = draft.timeline.organization
        let entry = try store.organizations().first { $0.organization.id == organization.id }
        let yours = entry?.officialChannels.map { PrepSheet.Channel(kind: $0.kind.rawValue, address: $0.address, unconfirmed: false) } ?? []
        let names = [organization.name] + (entry?.aliases ?? [])
        let registry = try desk.channelAdvisor().registry
        let institution = names.lazy.compactMap(registry.institution(named:)).first
        let known = institution?.channels.filter { $0.kind == .phone || $0.kind == .site || $0.kind == .app }
            .map { PrepSheet.Channel(kind: $0.kind.rawValue, address: $0.written, unconfirmed: $0.confidence == .unconfirmed) } ?? []
        // The same line however written ("4008108866", "400-810-8866"): both are shown alike, so list it once.
        let same = { (a: PrepSheet.Channel, b: PrepSheet.Channel) in a.address == b.address || ContactAddress(a.address).map { $0 == ContactAddress(b.address) } == true }
        return PrepSheet.ranked(yours + known.filter { channel in !yours.contains { same($0, channel) } }, timeline: draft.timeline)
    }
}
