import ArgumentParser
import Foundation
import Journal
import Reminders
import Escalation
import Channels
import Desk
import Lexicon

/// The documented exit codes (BSD sysexits), mapped from errors in this one place.
enum ExitStatus: Int32 {
    case success = 0
    /// A check found something to act on (e.g. `overdue --exit-status` with overdue promises).
    case attention = 1
    case usage = 64
    case badData = 65
    case notFound = 66
    case internalError = 70
    case ioError = 74
    case busy = 75
    /// Left at a prompt with Ctrl-C or Ctrl-D, or the record not confirmed: nothing was saved.
    case abandoned = 130

    init(for error: Error) {
        switch LogFieldError.unwrap(error) {
        case let error as JournalError: self.init(error.category)
        case let error as SyncError: self.init(error.category)
        case let error as InterchangeError: self.init(error.category)
        case let error as DraftError:
            if case .unreadable = error { self = .ioError } else { self = .badData }
        case is WhenError, is CalendarFileError, is SettingsError, is BodyProfileError, is UserProfileError, is ChannelDataError, is SheetError: self = .badData
        case let error as CLIError: self = error.status
        case let error as DeskError:
            switch error.kind {
            case .usage: self = .usage
            case .badData: self = .badData
            case .notFound: self = .notFound
            }
        case is ValidationError: self = .usage
        default: self = .internalError
        }
    }

    private init(_ category: JournalError.Category) {
        switch category {
        case .data: self = .badData
        case .notFound: self = .notFound
        case .io: self = .ioError
        case .busy: self = .busy
        }
    }
}

/// Errors the command-line layer itself raises.
struct CLIError: Error, LocalizedError {
    let status: ExitStatus
    let message: String

    static func usage(_ message: String) -> CLIError { CLIError(status: .usage, message: message) }
    static var abandoned: CLIError { CLIError(status: .abandoned, message: Message.promptAbandoned.text()) }
    var errorDescription: String? { message }
}

/// Prints one line for any error and exits with its documented code; never a stack trace.
enum ErrorReporter {
    static func exit(with error: Error) -> Never {
        // A field's error from `log`'s desk is reported as the error it wraps.
        let error = LogFieldError.unwrap(error)
        let status: ExitStatus
        let message: String
        switch error {
        case let code as ExitCode:
            // A deliberate status, such as `overdue --exit-status` finding something late.
            Foundation.exit(code.rawValue)
        case is JournalError, is InterchangeError, is SyncError, is WhenError, is CalendarFileError, is SettingsError, is BodyProfileError, is UserProfileError, is DraftError, is CLIError, is DeskError,
             is ChannelDataError, is SheetError:
            status = ExitStatus(for: error)
            message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        default:
            let code = Recourse.exitCode(for: error)
            // Help, --version and other clean exits go through ArgumentParser's own printing.
            if code == .success { HelpScreen.exit(with: error) }
            status = code == .validationFailure ? .usage : ExitStatus(for: error)
            message = ParserMessage.translate(Recourse.message(for: error))
        }
        // One line, with card, ID, account and phone numbers masked: errors end up in logs and cron mail.
        let line = ErrorLine.masked(message)
        if CommandLine.arguments.contains("--json") {
            Console.error(JSONOutput.errorLine(code: status.rawValue, message: line))
        } else {
            Console.error(Message.errorPrefix.text(line))
        }
        Foundation.exit(status.rawValue)
    }
}

/// ArgumentParser's own usage errors, in the user's language.
///
/// ArgumentParser words its errors in English; the common ones are recognised by their English
/// opening and re-worded, keeping the option or value they quote. Anything else is kept, marked
/// as a command-line error.
enum ParserMessage {
    static func translate(_ message: String) -> String {
        guard Language.current != .en else { return message }
        var line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? message
        // "Unknown option '--at'. Did you mean '--db'?"
        if let range = line.range(of: ". Did you mean ") {
            let suggestion = String(line[range.upperBound...].dropLast(line.hasSuffix("?") ? 1 : 0))
            line = String(line[..<range.lowerBound])
            return Message.parseDidYouMean.text(translate(line), suggestion)
        }
        let patterns: [(String, Message)] = [
            ("Missing expected argument ", .parseMissingArgument), ("Unknown option ", .parseUnknownOption),
            ("Missing value for ", .parseMissingValue), ("Unexpected argument ", .parseUnexpected),
        ]
        for (prefix, key) in patterns where line.hasPrefix(prefix) { return key.text(String(line.dropFirst(prefix.count))) }
        // "The value 'x' is invalid for '<case-id>'"
        if line.hasPrefix("The value "), let range = line.range(of: " is invalid for ") {
            let value = line[line.index(line.startIndex, offsetBy: "The value ".count)..<range.lowerBound]
            let option = line[range.upperBound...].prefix { $0 != ":" }
            return Message.parseInvalidValue.text(value, option)
        }
        // Our own ValidationError messages come from the catalog already.
        if line.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { return line }
        if line.hasPrefix("Error: ") { return Message.parseOther.text(String(line.dropFirst("Error: ".count))) }
        return Message.parseOther.text(line)
    }
}
