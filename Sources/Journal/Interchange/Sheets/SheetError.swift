import Foundation
import Lexicon

/// What a spreadsheet import refuses. Every refusal leaves the journal as it was (the import is
/// one transaction) and maps to exit 65 in the command line.
public enum SheetError: Error, Equatable, Sendable {
    /// What a file that is not UTF-8 seems to be, for the advice.
    public enum Encoding: Sendable { case utf16, legacy }

    /// What is wrong with one row (or the header).
    public enum Problem: Equatable, Sendable {
        case unclosedQuote
        case strayQuote
        case tooManyFields(Int, header: Int)
        case unknownColumn(String, known: [String])
        case duplicateColumn(String)
        case missingColumn(SheetColumn)
        case required(SheetColumn)
        case badTime(String, column: SheetColumn)
        case badZone(String)
        case badChannel(String)
        case badDirection(String)
        case promiseWithoutDue
        case dueWithoutPromise
        /// The journal refused the row as it would refuse `log` (too long, a control character, a time in the future…).
        case refused(String)
    }

    case notUTF8(file: String, looksLike: Encoding)
    case noHeader(file: String)
    case noRows(file: String)
    case line(Int, Problem)
    /// A masked export (`export --format csv` without `--no-redact`): for reading, not importing.
    case maskedExport(file: String)
}

extension SheetError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case let .notUTF8(file, encoding):
            Message.sheetNotUTF8.text(file, encoding == .utf16 ? Message.sheetEncodingUTF16.text() : Message.sheetEncodingLegacy.text())
        case let .noHeader(file): Message.sheetEmpty.text(file)
        case let .maskedExport(file): Message.importMaskedExport.text(file)
        case let .noRows(file): Message.sheetNoRows.text(file)
        case let .line(number, problem): Message.sheetLine.text(number, Self.words(problem))
        }
    }

    private static func words(_ problem: Problem) -> String {
        switch problem {
        case .unclosedQuote: Message.sheetUnclosedQuote.text()
        case .strayQuote: Message.sheetStrayQuote.text()
        case let .tooManyFields(count, header): Message.sheetTooManyFields.text(count, header)
        case let .unknownColumn(name, known): Message.sheetUnknownColumn.text(name, known.joined(separator: ", "))
        case let .duplicateColumn(name): Message.sheetDuplicateColumn.text(name)
        case let .missingColumn(column): Message.sheetMissingColumn.text(column.heading)
        case let .required(column): Message.sheetRequired.text(column.heading)
        case let .badTime(value, column): Message.sheetBadTime.text(value, column.heading)
        case let .badZone(value): Message.sheetBadZone.text(value)
        case let .badChannel(value): Message.sheetBadChannel.text(value, Channel.allCases.map(\.words).joined(separator: ", "))
        case let .badDirection(value): Message.sheetBadDirection.text(value)
        case .promiseWithoutDue: Message.sheetPromiseWithoutDue.text(SheetColumn.due.heading)
        case .dueWithoutPromise: Message.sheetDueWithoutPromise.text(SheetColumn.promise.heading)
        case let .refused(message): message
        }
    }
}
