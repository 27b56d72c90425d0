import ArgumentParser
import Desk
import Journal
import Lexicon

/// Turns option strings into journal vocabularies, with errors that list what is accepted.
///
/// Throws `ValidationError` (exit 64) so the same checks work from `validate()`, where
/// ArgumentParser would wrap any other error type.
enum ChoiceParsing {
    static func channel(_ text: String) throws -> Channel {
        do { return try LogChoices.channel(text) } catch { throw ValidationError(error.localizedDescription) }
    }

    static func direction(_ text: String) throws -> Direction {
        do { return try LogChoices.direction(text) } catch { throw ValidationError(error.localizedDescription) }
    }

    static func organizationKind(_ text: String) throws -> OrganizationKind {
        guard let kind = OrganizationKind(rawValue: text.lowercased()) else {
            throw ValidationError(Message.unknownOrgKind.text(text, OrganizationKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return kind
    }

    static func bankSector(_ text: String) throws -> BankSector {
        guard let sector = BankSector(rawValue: text.lowercased()) else {
            throw ValidationError(Message.unknownSector.text(text, BankSector.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return sector
    }
}
