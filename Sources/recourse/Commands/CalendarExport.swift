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
            let store = try session.openJournal()
            let items = try store.pendingPromises(dueBefore: .distantFuture, asOf: session.snapshot)
            // The escalation clocks too: the day the firm's deadline passes and a body opens.
            let clocks = try store.openSubmissions(asOf: session.snapshot).isEmpty ? [] : try session.escalationClocks(store).clocks(asOf: session.now)
            let time = session.time
            let ics = ICalendarWriter(asOf: session.now).render(items, clocks: clocks) { item in
                var lines = [Message.icsCase.text(item.caseID, item.caseTitle), Message.icsPromised.text(item.promise.text),
                             Message.icsWords.text(item.promise.dueWords), Message.icsSaidOn.text(time.short(item.contactAt))]
                if let agent = item.agent { lines.append(Message.icsAgent.text(agent)) }
                if let reference = item.reference { lines.append(Message.icsReference.text(reference)) }
                if item.slips > 0 { lines.append(Message.icsMoved.text(item.slips)) }
                return lines.joined(separator: "\n")
            }
            guard let file else {
                Console.write(Data(ics.utf8))
                return
            }
            try file.write(ics)
            try session.output(["file": file.path, "events": String(items.count)]) { Message.wroteEvents.text(items.count, file.path) }
        }
    }
}
