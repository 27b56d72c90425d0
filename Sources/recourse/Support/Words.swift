import Foundation
import Lexicon

/// The prompts, near-match offers, extensions and command suggestions, by name: each is a row of
/// the message catalog (`Message.prompt…`), in the interface language (`Language.current`).
enum Words {
    /// The interface language chosen at start-up (`--lang`, the lang setting, the locale).
    static var chinese: Bool { Language.current == .zh }

    // MARK: - Command suggestions

    static func unknownCommand(_ word: String, suggestion: String?, known: [String]) -> String {
        if let suggestion {
            return Message.promptUnknownCommandSuggest.text(word, suggestion)
        }
        return Message.promptUnknownCommand.text(word, known.joined(separator: ", "))
    }

    // MARK: - Prompts

    /// A question as printed: "Summary (Enter skips): " / "摘要（回车跳过）："
    static func question(_ label: String, hint: String?) -> String {
        chinese ? label + (hint.map { "（\($0)）" } ?? "") + "：" : label + (hint.map { " (\($0))" } ?? "") + ": "
    }

    static func openCases(_ organization: String) -> String {
        Message.promptOpenCases.text(organization)
    }
    static func whichCase(only: Int64?) -> String {
        only.map { Message.promptWhichCaseOnly.text($0) } ?? Message.promptWhichCase.text()
    }
    static func notAChoice(_ answer: String) -> String {
        Message.promptNotAChoice.text(answer)
    }

    // MARK: - The record before saving

    static func extensionLine(_ promiseID: Int64, _ due: String) -> String {
        Message.promptExtensionLine.text(promiseID, due)
    }

    // MARK: - Organizations

    static func meant(_ name: String, id: Int64) -> String {
        Message.promptMeant.text(name, id)
    }
    static func createsNew(_ name: String) -> String {
        Message.promptCreatesNew.text(name)
    }
    static func whichOrganization(_ name: String) -> String {
        Message.promptWhichOrganization.text(name)
    }

    // MARK: - Extensions

    static func supersededPrompt(_ id: Int64, current: Int64, due: String) -> String {
        Message.promptSuperseded.text(id, current, due)
    }
}
