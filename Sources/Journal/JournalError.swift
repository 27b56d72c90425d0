import Foundation
import Lexicon

/// Everything the journal can refuse, each with a message that names the bad value and says what
/// to do. The CLI maps `category` to its documented exit codes in one place.
public enum JournalError: Error, Equatable, Sendable {
    public enum Category: Sendable { case data, notFound, io, busy }

    case emptyField(field: String)
    case textTooLong(field: String, bytes: Int, limit: Int)
    case controlCharacter(field: String, codePoint: UInt32)
    case lineBreakInName(field: String)
    case invalidOfficialChannel(String)
    case contactInFuture(String)
    case caseNotFound(Int64)
    case contactNotFound(Int64)
    case promiseNotFound(Int64)
    case organizationNotFound(String)
    case organizationIDNotFound(Int64)
    case nothingToEdit
    case ambiguousOrganization(String, ids: [Int64])
    case ambiguousCase(organization: String, cases: [String])
    case caseClosed(Int64)
    case caseOfOtherOrganization(caseID: Int64, organization: String)
    case promiseNotPending(id: Int64, status: PromiseStatus)
    /// The promise was extended: `current` is the one that now stands for it.
    case promiseSuperseded(id: Int64, current: Int64, currentStatus: PromiseStatus)
    case contactOnOtherCase(contactID: Int64, promiseID: Int64, caseID: Int64)
    case caseAlreadyInState(id: Int64, status: CaseStatus)
    case nothingToCorrect
    case contactAlreadyVoided(Int64)
    case contactAlreadyOnCase(contactID: Int64, caseID: Int64)
    case submissionNotFound(Int64)
    case submissionNotOpen(id: Int64, status: String)
    case attachmentMissing(String)
    case attachmentNotAFile(String)
    case attachmentUnreadable(String)
    case attachmentTooLarge(String, bytes: Int64, limit: Int64)
    case attachmentChanged(String)
    case attachmentsFolderIsLink(String)
    case folderNotPrivate(String)
    case folderOfOtherUser(String, owner: UInt32)
    case backupUnusable(path: String, reason: String)
    case journalIsDirectory(String)
    case journalNotSQLite(String)
    case journalNotRecourse(String)
    case journalFromNewerVersion(path: String, found: Int, known: Int)
    case journalReadOnly(String)
    case journalBusy(String)
    case diskFull(String)
    case journalIO(path: String, reason: String)

    /// Longest free text accepted in one field, in UTF-8 bytes. Long transcripts belong in
    /// attachments, where they keep their original form and hash.
    public static let textLimit = 65_536
    /// Longest name-like value (organization, agent, reference), in UTF-8 bytes.
    public static let nameLimit = 512
    /// Largest attachment accepted, in bytes.
    public static let attachmentLimit: Int64 = 256 * 1024 * 1024

    public var category: Category {
        switch self {
        case .emptyField, .textTooLong, .controlCharacter, .lineBreakInName, .invalidOfficialChannel,
             .contactInFuture, .ambiguousOrganization, .ambiguousCase, .caseClosed, .caseOfOtherOrganization,
             .promiseNotPending, .promiseSuperseded, .contactOnOtherCase, .caseAlreadyInState, .nothingToCorrect, .contactAlreadyVoided, .contactAlreadyOnCase, .nothingToEdit, .attachmentTooLarge, .submissionNotOpen,
             .journalNotSQLite, .journalNotRecourse, .journalFromNewerVersion, .backupUnusable:
            return .data
        case .caseNotFound, .contactNotFound, .promiseNotFound, .organizationNotFound, .organizationIDNotFound, .attachmentMissing, .submissionNotFound:
            return .notFound
        case .attachmentNotAFile, .attachmentUnreadable, .attachmentChanged, .attachmentsFolderIsLink, .folderNotPrivate, .folderOfOtherUser, .journalIsDirectory, .journalReadOnly, .diskFull, .journalIO:
            return .io
        case .journalBusy:
            return .busy
        }
    }
}

extension JournalError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case let .emptyField(field): Message.errEmptyField.text(FieldWords.name(field))
        case let .textTooLong(field, bytes, limit): Message.errTextTooLong.text(FieldWords.name(field), bytes, limit)
        case let .controlCharacter(field, codePoint): Message.errControlCharacter.text(FieldWords.name(field), String(format: "%04X", codePoint))
        case let .lineBreakInName(field): Message.errLineBreakInName.text(FieldWords.name(field))
        case let .invalidOfficialChannel(text): Message.errInvalidOfficialChannel.text(text, Channel.acceptedNames)
        case let .contactInFuture(when): Message.errContactInFuture.text(when)
        case let .caseNotFound(id): Message.errCaseNotFound.text(id)
        case let .contactNotFound(id): Message.errContactNotFound.text(id)
        case let .promiseNotFound(id): Message.errPromiseNotFound.text(id)
        case let .organizationNotFound(name): Message.errOrganizationNotFound.text(name)
        case let .organizationIDNotFound(id): Message.errOrganizationIDNotFound.text(id)
        case .nothingToEdit: Message.errNothingToEdit.text()
        case let .ambiguousOrganization(name, ids): Message.errAmbiguousOrganization.text(name, ids.map { "#\($0)" }.joined(separator: ", "))
        case let .ambiguousCase(organization, cases): Message.errAmbiguousCase.text(organization, cases.joined(separator: "; "))
        case let .caseClosed(id): Message.errCaseClosed.text(id)
        case let .caseOfOtherOrganization(caseID, organization): Message.errCaseOfOtherOrganization.text(caseID, organization)
        case let .promiseNotPending(id, status): Message.errPromiseNotPending.text(id, status.words)
        case let .promiseSuperseded(id, current, status):
            status == .pending ? Message.errPromiseSupersededPending.text(id, current)
                : Message.errPromiseSupersededDone.text(id, current, status.words)
        case let .contactOnOtherCase(contactID, promiseID, caseID): Message.errContactOnOtherCase.text(contactID, caseID, promiseID)
        case let .caseAlreadyInState(id, status): Message.errCaseAlreadyInState.text(id, status.words)
        case let .submissionNotFound(id): Message.errSubmissionNotFound.text(id)
        case let .submissionNotOpen(id, status): Message.errSubmissionNotOpen.text(id, Submission.Status(rawValue: status)?.words ?? status)
        case .nothingToCorrect: Message.errNothingToCorrect.text()
        case let .contactAlreadyVoided(id): Message.errContactAlreadyVoided.text(id)
        case let .contactAlreadyOnCase(contactID, caseID): Message.errContactAlreadyOnCase.text(contactID, caseID)
        case let .attachmentMissing(path): Message.errAttachmentMissing.text(path)
        case let .attachmentNotAFile(path): Message.errAttachmentNotAFile.text(path)
        case let .attachmentUnreadable(path): Message.errAttachmentUnreadable.text(path)
        case let .attachmentTooLarge(path, bytes, limit): Message.errAttachmentTooLarge.text(path, bytes, limit)
        case let .attachmentChanged(path): Message.errAttachmentChanged.text(path)
        case let .attachmentsFolderIsLink(path): Message.errAttachmentsFolderIsLink.text(path)
        case let .folderNotPrivate(path): Message.errFolderNotPrivate.text(path)
        case let .folderOfOtherUser(path, owner): Message.errFolderOfOtherUser.text(path, owner)
        case let .backupUnusable(path, reason): Message.errBackupUnusable.text(path, reason)
        case let .journalIsDirectory(path): Message.errJournalIsDirectory.text(path)
        case let .journalNotSQLite(path): Message.errJournalNotSQLite.text(path)
        case let .journalNotRecourse(path): Message.errJournalNotRecourse.text(path)
        case let .journalFromNewerVersion(path, found, known): Message.errJournalFromNewerVersion.text(path, found, known)
        case let .journalReadOnly(path): Message.errJournalReadOnly.text(path)
        case let .journalBusy(path): Message.errJournalBusy.text(path)
        case let .diskFull(path): Message.errDiskFull.text(path)
        case let .journalIO(path, reason): Message.errJournalIO.text(path, reason)
        }
    }
}
