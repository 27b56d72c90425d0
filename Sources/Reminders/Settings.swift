import Foundation
import Lexicon

/// The user's preferences, from `$XDG_CONFIG_HOME/recourse/config` (`key = value` lines).
public struct Settings: Sendable, Equatable {
    /// The business-day calendar when the organization has no jurisdiction (CN, GB-ENG, US…).
    public var region: String?
    /// The time a date without a time means, for due times.
    public var endOfDay = TimeOfDay.endOfBusinessDay
    /// Days without contact after which a case waiting on the company is shown as quiet.
    public var quietDays = 7
    /// How far ahead `agenda` looks.
    public var agendaDays = 7
    /// The interface language; nil means the locale decides (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    public var lang: Language?

    public init() {}

    public static let keys = ["region", "end-of-day", "quiet-days", "agenda-days", "lang"]

    public static func load(path: String) throws -> Settings {
        guard let data = FileManager.default.contents(atPath: path) else { return Settings() }
        guard data.count <= 64 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw SettingsError(path: path, line: 0, message: Message.settingsNotText.text())
        }
        return try parse(text, path: path)
    }

    /// Reads a settings file's text; `path` only names it in errors.
    public static func parse(_ text: String, path: String) throws -> Settings {
        var settings = Settings()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw SettingsError(path: path, line: index + 1, message: Message.settingsExpectedKeyValue.text(line)) }
            do {
                try settings.set(parts[0], to: parts[1])
            } catch let error as SettingsError {
                throw SettingsError(path: path, line: index + 1, message: error.message)
            }
        }
        return settings
    }

    /// Sets one key from its text, checking the value.
    public mutating func set(_ key: String, to value: String) throws {
        switch key {
        case "region":
            guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0 == "-" }) else {
                throw SettingsError(path: "", line: 0, message: Message.settingsBadRegion.text(value))
            }
            region = value.uppercased()
        case "end-of-day":
            let parts = value.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, let time = TimeOfDay(hour: parts[0], minute: parts[1]) else {
                throw SettingsError(path: "", line: 0, message: Message.settingsBadEndOfDay.text(value))
            }
            endOfDay = time
        case "quiet-days", "agenda-days":
            guard let days = Int(value), (1...365).contains(days) else {
                throw SettingsError(path: "", line: 0, message: Message.settingsBadDays.text(key, value))
            }
            if key == "quiet-days" { quietDays = days } else { agendaDays = days }
        case "lang":
            guard let language = Language(userInput: value) else {
                throw SettingsError(path: "", line: 0, message: Message.settingsBadLang.text(value, Language.names))
            }
            lang = language
        default:
            throw SettingsError(path: "", line: 0, message: Message.unknownSetting.text(key, Self.keys.joined(separator: ", ")))
        }
    }

    /// The value of `key` as text, or nil when unset.
    public func value(_ key: String) -> String? {
        switch key {
        case "region": region
        case "end-of-day": String(format: "%02d:%02d", endOfDay.hour, endOfDay.minute)
        case "quiet-days": String(quietDays)
        case "agenda-days": String(agendaDays)
        case "lang": lang?.rawValue
        default: nil
        }
    }

    /// The file's text: every set key, one per line.
    public var fileText: String {
        "# Recourse settings (recourse config set KEY VALUE)\n" + Self.keys.compactMap { key in value(key).map { "\(key) = \($0)" } }.joined(separator: "\n") + "\n"
    }
}

public struct SettingsError: Error, Equatable, Sendable, LocalizedError {
    public let path: String
    public let line: Int
    public let message: String

    public var errorDescription: String? {
        path.isEmpty ? message : line > 0 ? Message.settingsFileLine.text(path, line, message) : Message.settingsFile.text(path, message)
    }
}
