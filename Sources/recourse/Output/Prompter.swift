import Desk
import Foundation
import Lexicon
import Journal

/// Questions on a terminal that never throw an answer away.
///
/// A bad answer is explained and the same question asked again; Enter skips (or takes the
/// default); Ctrl-D abandons with `CLIError.abandoned` and Ctrl-C exits at once — in both cases
/// before anything is written, because commands ask everything first and save once at the end.
struct Prompter {
    init() { Self.installInterruptHandler() }

    /// Asks `label` until `parse` accepts the answer. Enter answers nil, or when `required` is
    /// given, explains that and asks again.
    func ask<T>(_ label: String, hint: String? = nil, required: String? = nil, parse: (String) throws -> T) throws -> T? {
        while true {
            guard let answer = try readAnswer(Words.question(label, hint: hint)) else {
                if let required { explain(required); continue }
                return nil
            }
            do { return try parse(answer) } catch { explain(Self.message(for: error)) }
        }
    }

    /// A single-line value (agent, reference): checked as the journal will check it.
    func askName(_ label: String, field: String, hint: String? = Message.promptEnterSkips.text()) throws -> String? {
        try ask(label, hint: hint) { try TextRules.name($0, field: field) }.flatMap { $0 }
    }

    /// A free-text value (summary, advice, note).
    func askText(_ label: String, field: String, hint: String? = Message.promptEnterSkips.text()) throws -> String? {
        try ask(label, hint: hint) { try TextRules.text($0, field: field) }.flatMap { $0 }
    }

    /// A yes/no question; Enter takes `defaultAnswer`.
    func confirm(_ question: String, defaultAnswer: Bool) throws -> Bool {
        let answer = try ask("\(question) \(defaultAnswer ? Message.promptYesNoYes.text() : Message.promptYesNoNo.text())", parse: { text -> Bool in
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "y", "yes", "是", "好", "对": return true
            case "n", "no", "否", "不": return false
            default: throw CLIError.usage(Message.promptAnswerYesOrNo.text())
            }
        })
        return answer ?? defaultAnswer
    }

    /// Asks to save the record just shown; "n" abandons. Once the user said yes, Ctrl-C no longer
    /// claims "nothing was saved": it interrupts the save, which the transaction rolls back.
    func confirmSave() throws {
        guard try confirm(Message.promptSave.text(), defaultAnswer: true) else { throw CLIError.abandoned }
        signal(SIGINT, SIG_DFL)
    }

    /// Prints lines (a list to choose from, the record before saving) where the questions go.
    func show(_ lines: [String]) {
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    // MARK: - Reading

    /// One line from the terminal; nil for an empty answer. Ctrl-D abandons.
    private func readAnswer(_ question: String) throws -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        guard let line = readLine(strippingNewline: true) else {
            FileHandle.standardError.write(Data("\n".utf8))
            throw CLIError.abandoned
        }
        return line.allSatisfy(\.isWhitespace) ? nil : line
    }

    private func explain(_ message: String) {
        FileHandle.standardError.write(Data("  ↳ \(message)\n".utf8))
    }

    private static func message(for error: Error) -> String {
        let error = LogFieldError.unwrap(error)
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }

    /// Ctrl-C: say that nothing was saved and exit 130, the shell's code for an interrupt. Only
    /// async-signal-safe calls run in the handler; the message is prepared beforehand.
    private static func installInterruptHandler() {
        guard interruptMessage == nil else { return }
        interruptMessage = strdup("\n" + Message.errorPrefix.text(Message.promptAbandoned.text()) + "\n")
        signal(SIGINT) { _ in
            if let message = interruptMessage { _ = write(STDERR_FILENO, message, strlen(message)) }
            _exit(ExitStatus.abandoned.rawValue)
        }
    }
}

/// Written once, before the handler that reads it is installed.
nonisolated(unsafe) private var interruptMessage: UnsafeMutablePointer<CChar>?
