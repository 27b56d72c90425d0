import ArgumentParser
import Foundation
import Reminders
import Lexicon

extension Recourse {
    /// `recourse config`: the settings file.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change settings: region, end-of-day, quiet-days, agenda-days, lang.",
            discussion: """
                region       business-day calendar when the organization has none (CN, GB-ENG, US, WEEKDAYS; default from TZ)
                end-of-day   what a date without a time means for a due time (default 18:00)
                quiet-days   days without contact before a waiting case counts as quiet (default 7)
                agenda-days  how far ahead 'agenda' looks (default 7)
                lang         the interface language, zh or en (default from LC_ALL, LC_MESSAGES or LANG)
                File: $XDG_CONFIG_HOME/recourse/config.

                Example: recourse config set lang zh
                """,
            subcommands: [List.self, Get.self, Set.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show every setting and the file they live in.",
                                                            discussion: "Example: recourse config list")
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let session = try Session(global, .reading)
                var values = Dictionary(uniqueKeysWithValues: Settings.keys.compactMap { key in session.settings.value(key).map { (key, $0) } })
                values["file"] = session.configFolder + "/config"
                try session.output(values) {
                    Settings.keys.map { "\($0) = \(session.settings.value($0) ?? Self.derived($0, session))" }
                        .joined(separator: "\n") + "\n# \(session.configFolder)/config"
                }
            }

            /// What an unset setting falls back to.
            static func derived(_ key: String, _ session: Session) -> String {
                switch key {
                case "lang": Message.configFromLocale.text(Language.resolve(environment: session.environment).rawValue)
                default: Message.configFromZone.text(CalendarLibrary.region(forZone: session.zone))
                }
            }
        }

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print one setting.",
                                                            discussion: "Example: recourse config get region")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "region, end-of-day, quiet-days, agenda-days or lang.") var key: String

            func run() throws {
                let session = try Session(global, .reading)
                guard Settings.keys.contains(key) else { throw CLIError.usage(Message.unknownSetting.text(key, Settings.keys.joined(separator: ", "))) }
                let value = session.settings.value(key) ?? ""
                try session.output([key: value]) { value }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Change one setting.",
                                                            discussion: "Example: recourse config set end-of-day 17:30")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "region, end-of-day, quiet-days, agenda-days or lang.") var key: String
            @Argument(help: "The new value.") var value: String

            func run() throws {
                let session = try Session(global, .recording)
                var settings = session.settings
                try settings.set(key, to: value)
                if key == "region", try CalendarLibrary.load(userFolder: session.configFolder + "/calendars").calendar(value) == nil {
                    throw CLIError(status: .badData, message: Message.noCalendarForRegion.text(value))
                }
                let folder = session.configFolder
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try PrivateFile.write(settings.fileText, to: folder + "/config")
                try session.output([key: settings.value(key) ?? ""]) { "\(key) = \(settings.value(key) ?? "")" }
            }
        }
    }
}
