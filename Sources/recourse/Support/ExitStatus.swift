import ArgumentParser
import Foundation
import Journal
import Reminders
import Escalation
import Channels

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

    init(for error: Error) {
        switch error {
        case let error as JournalError:
            switch error.category {
            case .data: self = .badData
            case .notFound: self = .notFound
            case .io: self = .ioError
            case .busy: self = .busy
            }
        case let error as DraftError:
            if case .unreadable = error { self = .ioError } else { self = .badData }
        case is WhenError, is CalendarFileError, is SettingsError, is BodyProfileError, is UserProfileError, is ChannelDataError: self = .badData
        case let error as CLIError: self = error.status
        case is ValidationError: self = .usage
        default: self = .internalError
        }
    }
}

/// Errors the command-line layer itself raises.
struct CLIError: Error, LocalizedError {
    let status: ExitStatus
    let message: String

    static func usage(_ message: String) -> CLIError { CLIError(status: .usage, message: message) }
    var errorDescription: String? { message }
}

/// Prints one line for any error and exits with its documented code; never a stack trace.
enum ErrorReporter {
    static func exit(with error: Error) -> Never {
        let status: ExitStatus
        let message: String
        switch error {
        case let code as ExitCode:
            // A deliberate status, such as `overdue --exit-status` finding something late.
            Foundation.exit(code.rawValue)
        case is JournalError, is WhenError, is CalendarFileError, is SettingsError, is BodyProfileError, is UserProfileError, is DraftError, is CLIError,
             is ChannelDataError:
            status = ExitStatus(for: error)
            message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        default:
            let code = Recourse.exitCode(for: error)
            // Help, --version and other clean exits go through ArgumentParser's own printing.
            if code == .success { Recourse.exit(withError: error) }
            status = code == .validationFailure ? .usage : ExitStatus(for: error)
            message = Recourse.message(for: error)
        }
        // One line, with account and ID numbers masked: errors end up in logs and cron mail.
        let line = Redaction.maskNumbers(message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "failed")
        if CommandLine.arguments.contains("--json") {
            Console.error(JSONOutput.errorLine(code: status.rawValue, message: line))
        } else {
            Console.error("recourse: " + line)
        }
        Foundation.exit(status.rawValue)
    }
}
