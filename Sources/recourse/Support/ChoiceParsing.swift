import ArgumentParser
import Journal

/// Turns option strings into journal vocabularies, with errors that list what is accepted.
///
/// Throws `ValidationError` (exit 64) so the same checks work from `validate()`, where
/// ArgumentParser would wrap any other error type.
enum ChoiceParsing {
    static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(userInput: text) else {
            throw ValidationError("unknown channel '\(text)'; use one of \(Channel.acceptedNames) (or 电话, 在线客服, 微信, 微博, 邮件, 信函, 到访)")
        }
        return channel
    }

    static func direction(_ text: String) throws -> Direction {
        guard let direction = Direction(userInput: text) else {
            throw ValidationError("unknown direction '\(text)'; use outbound (I contacted them) or inbound (they contacted me)")
        }
        return direction
    }

    static func organizationKind(_ text: String) throws -> OrganizationKind {
        guard let kind = OrganizationKind(rawValue: text.lowercased()) else {
            throw ValidationError("unknown organization kind '\(text)'; use one of \(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }
}
