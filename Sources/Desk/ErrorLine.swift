import Foundation
import Journal
import Lexicon

/// The one line an error is shown as, on a terminal or beside a form's field: its first line,
/// with card, ID, account and phone numbers masked (errors end up in logs and cron mail).
public enum ErrorLine {
    /// "error: …" in the user's language.
    public static func text(_ error: any Error) -> String { Message.errorPrefix.text(masked(message(error))) }

    /// The masked first line of `message`, without the prefix (`--json`'s error object carries it).
    public static func masked(_ message: String) -> String {
        Redactor().redact(message.split(whereSeparator: \.isNewline).first.map(String.init) ?? Message.failed.text())
    }

    /// The error's own sentence; a field's error says the error it wraps.
    public static func message(_ error: any Error) -> String {
        let error = LogFieldError.unwrap(error)
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}
