import Journal
import Lexicon

/// `log`'s long options as the user typed them: the one input of `LogDesk`, whether they came
/// from the command line, from the interview's answers or from the web form (whose field names
/// are these options' names).
public struct LogRequest: Sendable {
    public var organization: String?
    public var via: String?
    public var direction = "outbound"
    public var number: String?
    public var agent: String?
    public var ref: String?
    public var duration: String?
    public var summary: String?
    public var advice: String?
    public var outcome: String?
    public var promise: [String] = []
    /// Promises this contact moves; their due times follow the promises' in `due`.
    public var extends: [Int64] = []
    /// Due phrases in order: one per promise, then one per extended promise.
    public var due: [String] = []
    public var caseID: Int64?
    public var newCase: String?
    public var at: String?
    /// Files to keep as evidence, hashed and copied into the journal's attachments folder.
    public var attach: [String] = []
    public var impersonation = false

    public init() {}

    /// The checks that need no journal, in the order the command line has always made them.
    /// `asking` is true when a missing organization or case will be asked for instead.
    public func validate(asking: Bool = false) throws {
        if caseID != nil && newCase != nil { throw LogFieldError(.newCase, DeskError(.usage, Message.caseWithNewCase.text())) }
        if organization == nil && caseID == nil && extends.isEmpty && !asking {
            throw LogFieldError(.organization, DeskError(.usage, Message.nameOrCase.text()))
        }
        if due.count > promise.count + extends.count {
            throw LogFieldError(.due, DeskError(.usage, Message.dueWithoutPromise.text(due[promise.count + extends.count])))
        }
        if let via { _ = try settling(.via) { try LogChoices.channel(via) } }
        _ = try settling(.direction) { try LogChoices.direction(direction) }
    }
}

/// Option words read into the journal's vocabularies, with errors that list what is accepted.
public enum LogChoices {
    public static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(userInput: text) else {
            throw DeskError(.usage, Message.unknownChannel.text(text, Channel.allCases.map(\.words).joined(separator: ", ")))
        }
        return channel
    }

    /// A case number typed in a form, refused as the command line refuses `--case abc`.
    public static func caseID(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            throw LogFieldError(.case, DeskError(.usage, Message.parseInvalidValue.text("'\(text)'", "'--case <id>'")))
        }
        return id
    }

    public static func direction(_ text: String) throws -> Direction {
        guard let direction = Direction(userInput: text) else { throw DeskError(.usage, Message.unknownDirection.text(text)) }
        return direction
    }
}
