import Journal
import Lexicon

/// The confirmation `log` prints (and the web's log page shows after saving): what was created,
/// and when each promise falls due.
public struct LogView {
    public let logged: LoggedContact
    /// What was guessed about the organization, shown when this contact created it.
    public let guessed: OrganizationInference
    public let time: TimeFormat

    public init(logged: LoggedContact, guessed: OrganizationInference, time: TimeFormat) {
        self.logged = logged
        self.guessed = guessed
        self.time = time
    }

    public func lines() -> [String] {
        var lines: [String] = []
        let org = logged.organization
        if logged.createdOrganization {
            lines.append(Message.newOrganization.text(org.id!, org.name))
            lines.append(InferenceWords.line(org, guessed: guessed))
        }
        if logged.openedCase { lines.append(Message.openedCase.text(logged.caseFile.id!, logged.caseFile.title)) }
        var line = Message.loggedContact.text(logged.contact.id!, logged.caseFile.id!, org.name)
        for promise in logged.promises { line += Message.loggedPromise.text(promise.id!, time.short(promise.dueAt)) }
        lines.append(line)
        for change in logged.extensions {
            lines.append(LogWords.promiseExtended(change.previous.id!, current: change.current.id!,
                                                  due: time.short(change.current.dueAt), was: time.short(change.previous.dueAt)))
        }
        for attachment in logged.attachments {
            lines.append(Message.keptEvidence.text(attachment.displayName, attachment.id!, attachment.sha256.prefix(12)))
        }
        return lines
    }

    public func render() -> String { lines().joined(separator: "\n") }
}
