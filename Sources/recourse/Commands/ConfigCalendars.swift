import ArgumentParser
import Foundation
import Reminders
import Lexicon

extension Recourse.ConfigCommand {
    /// `recourse config calendars`: every business-day calendar, the years it knows, and which one
    /// the user's region picks, so that a count past the known years is never a surprise.
    struct Calendars: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "calendars", abstract: Message.helpConfigCalendarsAbstract.literal,
                                                        discussion: Message.helpConfigCalendarsDiscussion.literal)
        @OptionGroup var global: GlobalOptions

        /// One calendar in `--json`: `years` absent when a rule covers every year.
        struct Row: Encodable {
            let id: String
            let name: String
            let years: [Int]?
        }

        func run() throws {
            let session = try Session(global, .reading)
            let library = try session.calendarLibrary()
            let rows = library.calendars.values.sorted { $0.id < $1.id }.map { calendar in
                Row(id: calendar.id, name: calendar.name, years: calendar.knownYears.map { [$0.lowerBound, $0.upperBound] })
            }
            let region = session.settings.region ?? CalendarLibrary.region(forZone: session.zone)
            try session.output(["calendars": rows]) {
                var table = TextTable([.init(title: Message.colId.text()), .init(title: Message.colName.text(), flexible: true),
                                       .init(title: Message.colYears.text())])
                for row in rows {
                    table.add([row.id, row.name, row.years.map { "\($0[0])–\($0[1])" } ?? Message.calendarsByRule.text()])
                }
                return table.render() + "\n" + Message.calendarsRegion.text(region) + "\n"
                    + Message.calendarsFolder.text(session.configFolder + "/calendars")
            }
        }
    }
}
