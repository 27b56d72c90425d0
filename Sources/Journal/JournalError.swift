import Foundation

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
             .promiseNotPending, .promiseSuperseded, .contactOnOtherCase, .caseAlreadyInState, .nothingToCorrect, .nothingToEdit, .attachmentTooLarge, .submissionNotOpen,
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
        case let .emptyField(field):
            return "\(field) is empty; give it some text"
        case let .textTooLong(field, bytes, limit):
            return "\(field) is \(bytes) bytes, over the limit of \(limit); attach long text as a file with --attach"
        case let .controlCharacter(field, codePoint):
            return "\(field) contains control character U+\(String(format: "%04X", codePoint)); remove it and try again"
        case let .lineBreakInName(field):
            return "\(field) contains a line break; it must be a single line"
        case let .invalidOfficialChannel(text):
            return "official channel '\(text)' is not KIND:ADDRESS with KIND one of \(Channel.acceptedNames) (e.g. phone:95566)"
        case let .contactInFuture(when):
            return "contact time \(when) is in the future; --at is when the contact happened"
        case let .caseNotFound(id):
            return "no case #\(id); 'recourse cases --all' lists them"
        case let .contactNotFound(id):
            return "no contact #\(id); 'recourse show CASE' lists a case's contacts"
        case let .promiseNotFound(id):
            return "no promise #\(id); 'recourse show CASE' lists a case's promises"
        case let .organizationNotFound(name):
            return "no organization named '\(name)'; 'recourse org list' lists them"
        case let .organizationIDNotFound(id):
            return "no organization #\(id); 'recourse org list' lists them"
        case .nothingToEdit:
            return "nothing to change; give at least one of --name, --kind, --jurisdiction, --address"
        case let .ambiguousOrganization(name, ids):
            return "'\(name)' names several organizations (\(ids.map { "#\($0)" }.joined(separator: ", "))); use one name per organization"
        case let .ambiguousCase(organization, cases):
            return "\(organization) has several open cases (\(cases.joined(separator: "; "))); choose one with --case N or open another with --new-case TITLE"
        case let .caseClosed(id):
            return "case #\(id) is closed; reopen it with 'recourse case reopen \(id)' or use --new-case TITLE"
        case let .caseOfOtherOrganization(caseID, organization):
            return "case #\(caseID) belongs to \(organization), not the organization given; check the case number"
        case let .promiseNotPending(id, status):
            return "promise #\(id) is already \(status.rawValue); only a pending promise can change"
        case let .promiseSuperseded(id, current, status):
            return status == .pending
                ? "promise #\(id) was extended; the current one is promise #\(current); give #\(current) instead (promise commands also take --current)"
                : "promise #\(id) was extended; the current one, promise #\(current), is already \(status.rawValue)"
        case let .contactOnOtherCase(contactID, promiseID, caseID):
            return "contact #\(contactID) is not on case #\(caseID), where promise #\(promiseID) was made; give a contact of that case"
        case let .caseAlreadyInState(id, status):
            return "case #\(id) is already \(status.rawValue)"
        case let .submissionNotFound(id):
            return "no submission #\(id); 'recourse show CASE' lists a case's submissions"
        case let .submissionNotOpen(id, status):
            return "submission #\(id) is already \(status)"
        case .nothingToCorrect:
            return "nothing to correct; give at least one field to change (e.g. --agent, --ref, --summary)"
        case let .attachmentMissing(path):
            return "attachment '\(path)' does not exist; check the path"
        case let .attachmentNotAFile(path):
            return "attachment '\(path)' is not a regular file; attach files, not folders or devices"
        case let .attachmentUnreadable(path):
            return "attachment '\(path)' cannot be read; check its permissions"
        case let .attachmentTooLarge(path, bytes, limit):
            return "attachment '\(path)' is \(bytes) bytes, over the limit of \(limit)"
        case let .attachmentChanged(path):
            // zh: 附件 '\(path)' 在复制过程中被改动（大小或修改时间变了）；等它写完后再试
            return "attachment '\(path)' changed while it was being copied (its size or modification time moved); nothing was saved, wait until it is complete and try again"
        case let .attachmentsFolderIsLink(path):
            // zh: '\(path)' 是符号链接；证据必须放在日志自己的文件夹里：删除该链接，把文件移入真正的文件夹（mkdir -m 700 '\(path)'）
            return "'\(path)' is a symbolic link; evidence must live in the journal's own folder: remove the link, then move the files into a real folder (mkdir -m 700 '\(path)')"
        case let .folderNotPrivate(path):
            // zh: 日志文件夹 '\(path)' 其他用户可写，他们可以替换证据；请改为私有：chmod 700 '\(path)'
            return "journal folder '\(path)' can be written by other users, who could replace evidence; make it private: chmod 700 '\(path)'"
        case let .folderOfOtherUser(path, owner):
            // zh: 日志文件夹 '\(path)' 属于另一个用户（uid \(owner)）；请用自己的文件夹（--db），或 chown 给自己后 chmod 700
            return "journal folder '\(path)' belongs to another user (uid \(owner)); use a folder you own (--db), or chown it to yourself and chmod 700 '\(path)'"
        case let .backupUnusable(path, reason):
            // zh: 备份 '\(path)' 无法使用：\(reason)；请选择另一个备份（recourse doctor 会列出可用的）
            return "backup '\(path)' cannot be used: \(reason); choose another backup ('recourse doctor' names one that checks out)"
        case let .journalIsDirectory(path):
            return "journal path '\(path)' is a directory; give a file path such as \(path)/journal.sqlite"
        case let .journalNotSQLite(path):
            return "'\(path)' is not a SQLite database; check --db or RECOURSE_DB"
        case let .journalNotRecourse(path):
            return "'\(path)' is a SQLite database but not a Recourse journal; check --db or RECOURSE_DB"
        case let .journalFromNewerVersion(path, found, known):
            return "journal '\(path)' has schema \(found), newer than this recourse knows (\(known)); upgrade recourse"
        case let .journalReadOnly(path):
            return "journal '\(path)' is read-only; check the permissions of the file and its folder"
        case let .journalBusy(path):
            return "journal '\(path)' stayed busy (another program holds a lock); try again"
        case let .diskFull(path):
            return "the disk holding '\(path)' is full; nothing was saved, free some space and try again"
        case let .journalIO(path, reason):
            return "cannot use journal '\(path)': \(reason)"
        }
    }
}
