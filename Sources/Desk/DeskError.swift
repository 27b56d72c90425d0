import Foundation

/// An error the desk raises itself (a time out of range, a due time missing, a bad channel word),
/// with the catalog's sentence and the kind of failure the command line turns into an exit code.
public struct DeskError: Error, LocalizedError, Sendable {
    /// What went wrong, as the documented exit codes group it.
    public enum Kind: Sendable {
        /// The input was not understood (exit 64).
        case usage
        /// The input was understood but cannot be accepted (exit 65).
        case badData
        /// What the input names is not there (exit 66).
        case notFound
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var errorDescription: String? { message }
}

/// Any error met while settling one of `log`'s fields, kept as it was (so the command line prints
/// and exits exactly as before) with the field it concerns, so a form can show it beside that field.
public struct LogFieldError: Error, LocalizedError {
    public let field: LogField
    public let underlying: any Error

    public init(_ field: LogField, _ underlying: any Error) {
        // Settled inside another field's step: the innermost field is the precise one.
        if let inner = underlying as? LogFieldError {
            self = inner
            return
        }
        self.field = field
        self.underlying = underlying
    }

    public var errorDescription: String? { (underlying as? LocalizedError)?.errorDescription ?? "\(underlying)" }

    /// The error a skin reports: the underlying one, whatever field it was found in.
    public static func unwrap(_ error: any Error) -> any Error { (error as? LogFieldError)?.underlying ?? error }
}

/// `log`'s fields, named as its long options (and the web form's inputs) are.
public enum LogField: String, Sendable, CaseIterable {
    case organization, via, direction, number, agent, ref, duration, summary, advice, outcome
    case promise, extends, due, `case`, newCase = "new-case", at, attach, impersonation
}

/// Runs `body`, marking any error it throws as concerning `field`.
func settling<T>(_ field: LogField, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw LogFieldError(field, error) }
}
