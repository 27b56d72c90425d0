import Desk
import ArgumentParser
import Escalation
import Foundation
import Journal
import Lexicon
import Reminders

extension Recourse {
    /// `recourse draft complaint|regulator|evidence CASE`: documents drafted from a case's history.
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: Message.helpDraftAbstract.literal,
            discussion: Message.helpDraftDiscussion.literal,
            subcommands: [Complaint.self, Regulator.self, Evidence.self, Police.self, Bank.self])

        /// What every draft takes.
        struct Options: ParsableArguments {
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal), completion: ValueCompletion.openCases) var caseID: Int64
            @Option(help: ArgumentHelp(Message.helpDraftFormat.literal, valueName: "format"), completion: ValueCompletion.formats) var format = "md"
            @Option(name: .shortAndLong, help: ArgumentHelp(Message.helpOutputFile.literal, valueName: "file")) var output: String?
            @Option(help: ArgumentHelp(Message.helpDraftTemplate.literal, valueName: "file")) var template: String?
            @Flag(help: ArgumentHelp(Message.helpDraftNoRedact.literal)) var noRedact = false
            @Flag(help: ArgumentHelp(Message.helpDraftForce.literal)) var force = false
            @Flag(help: ArgumentHelp(Message.helpDraftCheck.literal)) var check = false

            func validate() throws {
                if DraftFormat(rawValue: format) == nil { throw ValidationError(Message.unknownFormat.text(format)) }
            }

            /// The draft's words: `--lang` (the global one, which also sets the interface), else the
            /// recipient's language (the body's, or the firm's), else the interface language (the lang
            /// setting, else the locale): a Chinese user's letter to a firm of unknown jurisdiction is Chinese.
            /// The draft's language when the user named one (`--lang`).
            var language: Language? { global.lang.flatMap(Language.init(userInput:)).flatMap { Language(rawValue: $0.rawValue) } }

            func words(_ session: Session, store: JournalStore, body: BodyProfile? = nil) throws -> DraftWords {
                try DraftReading.words(caseID, store: store, desk: session.desk, body: body, language: language, redact: !noRedact)
            }

            /// Renders `document`, converts it to the format, and prints or writes it; with
            /// `--check`, prints what to fix or confirm instead and exits 1 when it is not ready.
            func emit(_ document: some DraftDocument, title: String, session: Session) throws {
                if check {
                    let report = DraftCheckReport(findings: try document.check(userFolder: session.configFolder + "/templates", explicit: template),
                                                  language: document.draftLanguage)
                    try session.output(report) { report.text }
                    if !report.ready { throw ExitCode(ExitStatus.attention.rawValue) }
                    return
                }
                let file = try output.map { try OutputFile($0, force: force, journal: session.location) }
                let text = try DraftReading.text(document, format: DraftFormat(rawValue: format) ?? .md, title: title, desk: session.desk, template: template)
                guard let file else {
                    Console.write(Data(text.utf8))
                    return
                }
                try file.write(text)
                try session.output(["file": file.path]) { Message.wroteDraft.text(title, file.path) }
            }
        }

        struct Complaint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "complaint",
                abstract: Message.helpDraftComplaintAbstract.literal,
                discussion: Message.helpDraftComplaintDiscussion.literal)
            @OptionGroup var options: Options
            @Option(help: ArgumentHelp(Message.helpDraftReplyBy.literal, valueName: "date")) var replyBy: String?

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                var draft = try DraftReading.complaint(options.caseID, store: store, desk: session.desk, words: try options.words(session, store: store))
                if let replyBy {
                    draft.replyBy = try session.replyBy(replyBy, after: session.now) { Message.checkReplyByPassed.text($0) }
                }
                try options.emit(draft, title: Message.draftComplaint.text(), session: session)
            }
        }

        struct Regulator: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "regulator",
                abstract: Message.helpDraftRegulatorAbstract.literal,
                discussion: Message.helpDraftRegulatorDiscussion.literal)
            @OptionGroup var options: Options
            @Option(help: ArgumentHelp(Message.helpDraftRegulatorTo.literal, valueName: "body"), completion: ValueCompletion.bodies) var to: String

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                let (draft, body) = try DraftReading.regulator(options.caseID, to: to, store: store, desk: session.desk,
                                                               language: options.language, redact: !options.noRedact)
                if !draft.unmet.isEmpty, !options.check {
                    guard options.force else { throw DraftError.preconditions(draft.unmetPreconditions) }
                    draft.unmetPreconditions.forEach { Console.warn($0) }
                }
                try options.emit(draft, title: Message.draftSubmission.text(body.name), session: session)
            }
        }

        struct Evidence: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "evidence", abstract: Message.helpDraftEvidenceAbstract.literal,
                                                            discussion: Message.helpDraftEvidenceDiscussion.literal)
            @OptionGroup var options: Options

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                let draft = try DraftReading.evidence(options.caseID, store: store, desk: session.desk, words: try options.words(session, store: store))
                try options.emit(draft, title: Message.draftEvidence.text(), session: session)
            }
        }
    }

    /// `recourse template list|show|path`: the draft templates and where to override them.
    struct TemplateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template", abstract: Message.helpTemplateCommandAbstract.literal,
            discussion: Message.helpTemplateCommandDiscussion.literal,
            subcommands: [List.self, ShowTemplate.self, Path.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpTemplateCommandListAbstract.literal,
                                                            discussion: Message.helpTemplateCommandListDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            func run() throws {
                let session = try Session(global, .reading)
                let folder = session.configFolder + "/templates"
                let rows = DraftTemplates.names.map { ($0, FileManager.default.fileExists(atPath: DraftTemplates.userPath($0, userFolder: folder))) }
                try session.output(Dictionary(uniqueKeysWithValues: rows.map { ($0.0, $0.1 ? "user" : "built-in") })) {
                    rows.map { "\($0.0)\($0.1 ? Message.templateOverride.text() : "")" }.joined(separator: "\n")
                }
            }
        }

        struct ShowTemplate: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpTemplateCommandShowTemplateAbstract.literal,
                                                            discussion: Message.helpTemplateCommandShowTemplateDiscussion.literal)
            @Argument(help: ArgumentHelp(Message.helpTemplateCommandShowTemplateName.literal)) var name: String
            func run() throws {
                guard let text = DraftTemplates.builtIn(name) else {
                    throw CLIError(status: .notFound, message: Message.noTemplate.text(name, DraftTemplates.names.joined(separator: ", ")))
                }
                Console.write(Data(text.utf8))
            }
        }

        struct Path: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "path", abstract: Message.helpTemplateCommandPathAbstract.literal,
                                                            discussion: Message.helpTemplateCommandPathDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpTemplateCommandPathName.literal)) var name: String
            func run() throws {
                let session = try Session(global, .reading)
                guard DraftTemplates.names.contains(name) else {
                    throw CLIError(status: .notFound, message: Message.noTemplate.text(name, DraftTemplates.names.joined(separator: ", ")))
                }
                Console.out(DraftTemplates.userPath(name, userFolder: session.configFolder + "/templates"))
            }
        }
    }

    /// `recourse profile`: your details for the signature block of drafts.
    struct ProfileCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profile", abstract: Message.helpProfileCommandAbstract.literal,
            discussion: Message.helpProfileCommandDiscussion.literal,
            subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpProfileCommandShowAbstract.literal,
                                                            discussion: Message.helpProfileCommandShowDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            func run() throws {
                let session = try Session(global, .reading)
                let profile = try UserProfile.load(path: session.configFolder + "/profile")
                let shown = Dictionary(uniqueKeysWithValues: UserProfile.keys.compactMap { key in
                    profile[key].map { (key, ["phone", "phone2", "dob", "id-number"].contains(key) ? Redaction.maskValue($0) : $0) }
                })
                try session.output(shown) { UserProfile.keys.map { "\($0) = \(shown[$0] ?? "")" }.joined(separator: "\n") }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: Message.helpProfileCommandSetAbstract.literal,
                                                            discussion: Message.helpProfileCommandSetDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpProfileCommandSetKey.literal)) var key: String
            @Argument(help: ArgumentHelp(Message.helpProfileCommandSetValue.literal)) var value: String
            func run() throws {
                let session = try Session(global, .recording)
                let path = session.configFolder + "/profile"
                var profile = try UserProfile.load(path: path)
                try profile.set(key, to: value)
                try FileManager.default.createDirectory(atPath: session.configFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try PrivateFile.write(profile.fileText, to: path)
                try session.output(["key": key]) { Message.profileSaved.text(key) }
            }
        }
    }
}
