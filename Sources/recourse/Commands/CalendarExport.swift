import Desk
import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse calendar`: every pending due time as iCalendar.
    struct CalendarExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: Message.helpCalendarExportAbstract.literal,
            discussion: Message.helpCalendarExportDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Option(name: .shortAndLong, help: ArgumentHelp(Message.helpOutputFile.literal, valueName: "file"))
        var output: String?

        @Flag(help: ArgumentHelp(Message.helpCalendarExportForce.literal))
        var force = false

        func validate() throws {
            if global.json && output == nil { throw ValidationError(Message.jsonNeedsOutput.text()) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            // "-" is standard output, as for every Unix tool.
            let file = try output.flatMap { $0 == "-" ? nil : try OutputFile($0, force: force, journal: session.location) }
            let (ics, events) = try CalendarFeed.ics(store: try session.openJournal(), desk: session.desk, snapshot: session.snapshot != nil)
            guard let file else {
                Console.write(Data(ics.utf8))
                return
            }
            try file.write(ics)
            try session.output(["file": file.path, "events": String(events)]) { Message.wroteEvents.text(events, file.path) }
        }
    }
}
