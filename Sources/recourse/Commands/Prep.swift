import ArgumentParser
import Channels
import Escalation
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse prep CASE`: the sheet to read before calling about a case.
    struct Prep: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prep",
            abstract: Message.helpPrepAbstract.literal,
            discussion: Message.helpPrepDiscussion.literal)

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal)) var caseID: Int64
        @Option(help: ArgumentHelp(Message.helpPrepFormat.literal, valueName: "format")) var format = "md"

        func validate() throws {
            if format != "md" && format != "txt" { throw ValidationError("unknown format '\(format)'; use md or txt") }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let language = Language(rawValue: Language.current.rawValue) ?? .en  // the user reads it: the interface language
            let calendars = try session.calendarLibrary()
            let draft = try ComplaintDraft.make(
                store: store, caseID: caseID, bodies: try session.bodyLibrary(calendars: calendars), calendars: calendars,
                profile: try UserProfile.load(path: session.configFolder + "/profile"), now: session.now, zone: session.zone,
                redact: true, language: language, forReading: true)
            let sheet = PrepSheet(draft: draft, genuineChannels: try genuineChannels(of: draft, store: store, session: session))
            Console.write(Data(sheet.render(markdown: format == "md").utf8))
        }

        /// The user's own official channels first, then the registry's.
        private func genuineChannels(of draft: ComplaintDraft, store: JournalStore, session: Session) throws -> [PrepSheet.Channel] {
            let organization = draft.timeline.organization
            let entry = try store.organizations().first { $0.organization.id == organization.id }
            let yours = entry?.officialChannels.map { PrepSheet.Channel(kind: $0.kind.rawValue, address: $0.address, unconfirmed: false) } ?? []
            let names = [organization.name] + (entry?.aliases ?? [])
            let registry = try session.channelAdvisor().registry
            let institution = names.lazy.compactMap(registry.institution(named:)).first
            let known = institution?.channels.filter { $0.kind == .phone || $0.kind == .site || $0.kind == .app }
                .map { PrepSheet.Channel(kind: $0.kind.rawValue, address: $0.written, unconfirmed: $0.confidence == .unconfirmed) } ?? []
            // The same line however written ("4008108866", "400-810-8866"): both are shown alike, so list it once.
            let same = { (a: PrepSheet.Channel, b: PrepSheet.Channel) in a.address == b.address || ContactAddress(a.address).map { $0 == ContactAddress(b.address) } == true }
            return PrepSheet.ranked(yours + known.filter { channel in !yours.contains { same($0, channel) } }, timeline: draft.timeline)
        }
    }
}
