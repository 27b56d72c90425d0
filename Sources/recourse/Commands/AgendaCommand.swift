import Desk
import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse agenda`: the morning view across every company.
    struct AgendaCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda", _superCommandName: DirectParse.superCommand,
            abstract: Message.helpAgendaCommandAbstract.literal,
            discussion: Message.helpAgendaCommandDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(Message.helpAgendaCommandDays.literal, valueName: "n"))
        var days: Int?

        @Option(help: ArgumentHelp(Message.helpAgendaCommandQuietDays.literal, valueName: "n"))
        var quietDays: Int?

        @Flag(help: ArgumentHelp(Message.helpAgendaCommandNotify.literal))
        var notify = false

        @Flag(help: ArgumentHelp(Message.helpAgendaCommandExitStatus.literal))
        var exitStatus = false

        @Flag(help: ArgumentHelp(Message.helpAgendaCommandAll.literal))
        var all = false

        func validate() throws {
            if let days, !(0...366).contains(days) { throw ValidationError(Message.daysRange.text(days)) }
            if let quietDays, !(1...366).contains(quietDays) { throw ValidationError(Message.quietDaysRange.text(quietDays)) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let reading = try AgendaReading(store: store, desk: session.desk, snapshot: session.snapshot != nil, days: days, quietDays: quietDays)
            let (agenda, flagged) = (reading.agenda, reading.flagged)
            let view = AgendaView(agenda: agenda, time: session.time, flagged: flagged, limit: all ? nil : 25)
            try session.output(AgendaJSON(agenda, flagged: flagged)) { view.render() }
            if notify { Notifier.send(title: view.notification.title, body: view.notification.body, environment: session.environment) }
            if exitStatus && !agenda.overdue.isEmpty { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}
