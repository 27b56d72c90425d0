import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse agenda`: the morning view across every company.
    struct AgendaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda",
            abstract: "The morning view: overdue, due soon, escalation clocks, cases gone quiet.",
            discussion: """
                Items are ranked by urgency: days late, plus 2 for each time the deadline was already \
                moved, plus about a point per factor of ten of money at stake (see 'case edit --amount'). \
                --notify sends one desktop notification (notify-send) summarising the day.

                Example: recourse agenda --days 3 --exit-status
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("How many days ahead to look (default: the agenda-days setting, 7).", valueName: "n"))
        var days: Int?

        @Option(help: ArgumentHelp("Cases waiting on the company with no contact for this many days count as quiet (default: quiet-days setting, 7).", valueName: "n"))
        var quietDays: Int?

        @Flag(help: "Send a desktop notification with the day's summary (needs notify-send).")
        var notify = false

        @Flag(help: "Exit 1 when anything is overdue.")
        var exitStatus = false

        @Flag(help: "Show every item; by default each section shows its 25 most urgent.")
        var all = false

        func validate() throws {
            if let days, !(0...366).contains(days) { throw ValidationError(Message.daysRange.text(days)) }
            if let quietDays, !(1...366).contains(quietDays) { throw ValidationError(Message.quietDaysRange.text(quietDays)) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            // Body profiles are only read when a submission is open: most mornings have none.
            let clocks: [any ClockSource] = try store.openSubmissions().isEmpty ? [] : [try session.escalationClocks(store)]
            let agenda = try ReminderEngine(store: store, clockSources: clocks)
                .agenda(asOf: session.now, days: days ?? session.settings.agendaDays, quietDays: quietDays ?? session.settings.quietDays)
            let view = AgendaView(agenda: agenda, time: session.time, limit: all ? nil : 25)
            try session.output(AgendaJSON(agenda)) { view.render() }
            if notify { Notifier.send(title: view.notification.title, body: view.notification.body, environment: session.environment) }
            if exitStatus && !agenda.overdue.isEmpty { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}
