import Foundation
import Lexicon

/// What `importLines` refuses. Every refusal leaves the journal exactly as it was: the whole
/// import is one transaction, and evidence files are checked before it starts.
public enum InterchangeError: Error, Equatable, Sendable {
    /// What is wrong with one line.
    public enum Problem: Equatable, Sendable {
        case notJSON
        case notAnObject
        /// The first line is not a `recourse-export` header.
        case notAHeader
        case headerNotFirst
        case missingField(String)
        /// A key the format (of the file's version) does not have: refused rather than dropped.
        case unknownField(String)
        case wrongType(field: String, expected: String)
        case unknownType(String)
        case badUUID(field: String, value: String)
        /// A reference to a record that is neither in the file (above this line) nor in the journal.
        case unknownReference(field: String, uuid: String)
        case duplicateRecord(String)
        /// The journal's rules refuse the record (SQLite's CHECK or UNIQUE constraint, as it says).
        case rejected(String)
        /// Fewer (or more) lines than the header announces: the file was cut short or added to.
        case countMismatch(records: Int, events: Int, foundRecords: Int, foundEvents: Int)
        /// A time outside `Admission.years`.
        case timeOutOfRange(field: String, value: Int64)
        /// An amount, duration or size outside what `log` accepts.
        case outOfRange(field: String, value: Int64, lower: Int64, upper: Int64)
        /// An attachment's `sha256` that is not 64 lowercase hex digits (it becomes a path).
        case badSHA256(field: String)
        /// The uuid already names a record of another type in this journal.
        case uuidOfOtherType(uuid: String, existing: String, incoming: String)
        /// A text or name `log` would refuse: a control character, a line break in a name, too long.
        case badText(JournalError)
    }

    case badLine(line: Int, problem: Problem)
    /// Written by a newer Recourse: its format version is greater than the one this build reads.
    case newerFormat(found: Int, known: Int)
    case noLines(source: String)
    /// The file cannot be read (permissions, a folder vanished).
    case unreadable(path: String)
    /// Bytes that are not UTF-8, on this 1-based line: damaged, or not an export.
    case notUTF8(source: String, line: Int)
    /// An attachment's file is not in the evidence folder (or there is no such folder).
    case evidenceMissing(sha256: String, name: String)
    /// The file named by an attachment's SHA-256 has other bytes or another size.
    case evidenceMismatch(sha256: String, name: String)
    case conflictNotFound(Int64)
    /// A file named by a SHA-256 already exists in an evidence folder with other bytes; never replaced.
    case evidenceTargetDiffers(path: String)
    /// `export --with-files`: the journal's own copy is missing or unreadable, or no longer has its
    /// SHA-256 (`EvidenceFolder.write` reports these as `evidenceMissing`/`evidenceMismatch` with the path as name).
    case journalEvidenceMissing(path: String)
    case journalEvidenceAltered(path: String)

    /// The exit-code family, as `JournalError.Category`.
    public var category: JournalError.Category {
        switch self {
        case .badLine, .newerFormat, .noLines, .evidenceMismatch, .notUTF8: .data
        case .evidenceMissing, .conflictNotFound: .notFound
        case .evidenceTargetDiffers, .journalEvidenceMissing, .unreadable: .io
        case .journalEvidenceAltered: .data
        }
    }
}

extension InterchangeError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case let .badLine(line, problem): Message.errImportLine.text(line, problem.text)
        case let .newerFormat(found, known): Message.errImportNewerFormat.text(found, known)
        case let .noLines(source): Message.errImportEmpty.text(source)
        case let .unreadable(path): Message.importUnreadable.text(path)
        case let .notUTF8(source, line): Message.importNotUTF8.text(source, line)
        case let .evidenceMissing(sha, name): Message.errImportEvidenceMissing.text(Attachment.displayName(of: name), sha)
        case let .evidenceMismatch(sha, name): Message.errImportEvidenceMismatch.text(Attachment.displayName(of: name), sha)
        case let .conflictNotFound(id): Message.errConflictNotFound.text(id)
        case let .evidenceTargetDiffers(path): Message.exportFileDiffers.text(path)
        case let .journalEvidenceMissing(path): Message.exportEvidenceMissing.text(path)
        case let .journalEvidenceAltered(path): Message.exportEvidenceAltered.text(path)
        }
    }
}

extension InterchangeError.Problem {
    /// The problem in the user's language, without the line number.
    public var text: String {
        switch self {
        case .notJSON: Message.importProblemNotJSON.text()
        case .notAnObject: Message.importProblemNotObject.text()
        case .notAHeader: Message.importProblemNotHeader.text()
        case .headerNotFirst: Message.importProblemHeaderNotFirst.text()
        case let .missingField(field): Message.importProblemMissingField.text(field)
        case let .unknownField(field): Message.importProblemUnknownField.text(field)
        case let .wrongType(field, expected): Message.importProblemWrongType.text(field, expected)
        case let .unknownType(type): Message.importProblemUnknownType.text(type)
        case let .badUUID(field, value): Message.importProblemBadUUID.text(field, value)
        case let .unknownReference(field, uuid): Message.importProblemUnknownReference.text(field, uuid)
        case let .duplicateRecord(uuid): Message.importProblemDuplicate.text(uuid)
        case let .rejected(reason): Message.importProblemRejected.text(reason)
        case let .countMismatch(records, events, foundRecords, foundEvents):
            Message.importProblemCountMismatch.text(records, events, foundRecords, foundEvents)
        case let .timeOutOfRange(field, value):
            Message.importProblemTimeOutOfRange.text(field, value, Admission.years.lowerBound, Admission.years.upperBound)
        case let .outOfRange(field, value, lower, upper): Message.importProblemValueOutOfRange.text(field, value, lower, upper)
        case let .badSHA256(field): Message.importProblemBadSHA256.text(field)
        case let .uuidOfOtherType(uuid, existing, incoming): Message.importProblemUUIDOfOtherType.text(uuid, existing, incoming)
        case let .badText(error): error.errorDescription ?? "\(error)"
        }
    }
}
