import Desk
import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse demo`: fills a throw-away journal with a bilingual story and shows it.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: Message.helpDemoAbstract.literal,
            discussion: Message.helpDemoDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, .generating)
            let folder: String
            if let db = global.db {
                guard !FileManager.default.fileExists(atPath: db) else {
                    throw CLIError.usage(Message.demoExists.text(db))
                }
                folder = JournalLocation(path: db).folder
            } else {
                folder = NSTemporaryDirectory() + "recourse-demo-" + UUID().uuidString.prefix(8).lowercased()
            }
            let location = JournalLocation(path: global.db ?? folder + "/journal.sqlite")
            let store = try JournalStore.open(location, now: session.now)
            let evidence = folder + "/evidence"
            try FileManager.default.createDirectory(atPath: evidence, withIntermediateDirectories: true)
            try DemoStory(store: store, now: session.now, zone: session.zone, evidenceFolder: evidence,
                          calendars: try CalendarLibrary.load(userFolder: nil)).write()

            let cases = try store.caseOverviews()
            if global.json {
                Console.out(try JSONOutput.encode(["journal": location.path], zone: session.zone))
                return
            }
            let time = TimeFormat(zone: session.zone, now: session.now)
            var sections = [Style.bold.apply(Message.demoJournal.text(location.path)), "", CasesView(cases: cases, total: cases.count, includeClosed: false, time: time).render()]
            for overview in cases {
                sections.append("")
                sections.append(TimelineView(timeline: try store.timeline(ofCase: overview.caseFile.id!), history: nil, time: time).render())
            }
            sections.append("")
            sections.append(Message.demoExplore.text(location.path))
            Console.out(sections.joined(separator: "\n"))
        }
    }
}
