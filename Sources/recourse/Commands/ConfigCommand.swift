import ArgumentParser
import Foundation
import Reminders
import Lexicon

extension Recourse {
    /// `recourse config`: the settings file.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: Message.helpConfigCommandAbstract.literal,
            discussion: Message.helpConfigCommandDiscussion.literal,
            subcommands: [List.self, Get.self, Set.self, Calendars.self],
            defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpConfigCommandListAbstract.literal,
                                                            discussion: Message.helpConfigCommandListDiscussion.literal)
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
            static let configuration = CommandConfiguration(commandName: "get", abstract: Message.helpConfigCommandGetAbstract.literal,
                                                            discussion: Message.helpConfigCommandGetDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpSettingKey.literal)) var key: String

            func run() throws {
                let session = try Session(global, .reading)
                guard Settings.keys.contains(key) else { throw CLIError.usage(Message.unknownSetting.text(key, Settings.keys.joined(separator: ", "))) }
                let value = session.settings.value(key) ?? ""
                try session.output([key: value]) { value }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: Message.helpConfigCommandSetAbstract.literal,
                                                            discussion: Message.helpConfigCommandSetDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpSettingKey.literal)) var key: String
            @Argument(help: ArgumentHelp(Message.helpConfigCommandSetValue.literal)) var value: String

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
