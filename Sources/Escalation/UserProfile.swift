import Foundation
import Lexicon

/// The user's own details for the signature block of drafts, from
/// `$XDG_CONFIG_HOME/recourse/profile` (`key = value` lines, mode 0600).
public struct UserProfile: Sendable, Equatable {
    /// Everything a body's form may ask of the complainant (FOS: title, date of birth, two phones,
    /// preferred contact method); `bank` is the user's own bank, to which `draft bank` is addressed.
    public static let keys = ["name", "title", "dob", "phone", "phone2", "email", "address", "preferred-contact", "id-number", "bank"]
    public private(set) var values: [String: String] = [:]

    public init() {}

    public subscript(key: String) -> String? { values[key] }

    public static func load(path: String) throws -> UserProfile {
        var profile = UserProfile()
        guard let data = FileManager.default.contents(atPath: path) else { return profile }
        guard data.count <= 64 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw UserProfileError(message: Message.profileFileNotText.text(path))
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { throw UserProfileError(message: Message.profileFileLine.text(path, index + 1, Message.profileExpectedKeyValue.text())) }
            do { try profile.set(parts[0], to: parts[1]) } catch let error as UserProfileError {
                throw UserProfileError(message: Message.profileFileLine.text(path, index + 1, error.message))
            }
        }
        return profile
    }

    public mutating func set(_ key: String, to value: String) throws {
        guard Self.keys.contains(key) else {
            throw UserProfileError(message: Message.profileUnknownKey.text(key, Self.keys.joined(separator: ", ")))
        }
        guard !value.contains(where: { $0.isNewline }), value.utf8.count <= 512 else {
            throw UserProfileError(message: Message.profileValueTooLong.text(key))
        }
        values[key] = value.isEmpty ? nil : value
    }

    public var fileText: String {
        "# Recourse profile: your details for drafts (recourse profile set KEY VALUE)\n"
            + Self.keys.compactMap { key in values[key].map { "\(key) = \($0)" } }.joined(separator: "\n") + "\n"
    }
}

public struct UserProfileError: Error, Equatable, Sendable, LocalizedError {
    public let message: String
    public var errorDescription: String? { message }
}
