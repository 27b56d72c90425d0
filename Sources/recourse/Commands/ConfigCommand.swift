import ArgumentParser
import Foundation
import Reminders

extension Recourse {
    /// `recourse config`: the settings file.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change settings: region, end-of-day, quiet-days, agenda-days.",
            discussion: """
                region       business-day calendar when the organization has none (CN, GB-ENG, US, WEEKDAYS; default from TZ)
                end-of-day   what a date without a time means for a due time (default 18:00)
                quiet-days   days without contact before a waiting case counts as quiet (default 7)
                agenda-days  how far ahead 'agenda' looks (default 7)
                File: $XDG_CONFIG_HOME/recourse/config.
                """,
            subcommands: [List.self, Get.self, Set.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show every setting and the file they live in.")
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let session = try Session(global, .reading)
                var values = Dictionary(uniqueKeysWithValues: Settings.keys.compactMap { key in session.settings.value(key).map { (key, $0) } })
                values["file"] = session.configFolder + "/config"
                try session.output(values) {
                    Settings.keys.map { "\($0) = \(session.settings.value($0) ?? "(from TZ: \(CalendarLibrary.region(forZone: session.zone)))")" }
                        .joined(separator: "\n") + "\n# \(session.configFolder)/config"
                }
            }
        }

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print one setting.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "region, end-of-day, quiet-days or agenda-days.") var key: String

            func run() throws {
                let session = try Session(global, .reading)
                guard Settings.keys.contains(key) else { throw CLIError.usage("unknown setting '\(key)'; known: \(Settings.keys.joined(separator: ", "))") }
                let value = session.settings.value(key) ?? ""
                try session.output([key: value]) { value }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Change one setting.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "region, end-of-day, quiet-days or agenda-days.") var key: String
            @Argument(help: "The new value.") var value: String

            func run() throws {
                let session = try Session(global, .recording)
                var settings = session.settings
                try settings.set(key, to: value)
                if key == "region", try CalendarLibrary.load(userFolder: session.configFolder + "/calendars").calendar(value) == nil {
                    throw CLIError(status: .badData, message: "no calendar '\(value)'; use CN, GB-ENG, US or WEEKDAYS, or add a .cal file")
                }
                let folder = session.configFolder
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try PrivateFile.write(settings.fileText, to: folder + "/config")
                try session.output([key: settings.value(key) ?? ""]) { "\(key) = \(settings.value(key) ?? "")" }
            }
        }
    }
}
