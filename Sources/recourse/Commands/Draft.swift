import ArgumentParser
import Escalation
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse draft complaint|regulator|evidence CASE`: documents drafted from a case's history.
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Draft a complaint letter, a regulator submission or an evidence list from a case's history.",
            discussion: "Example: recourse draft complaint 1 --format html --output 投诉信.html",
            subcommands: [Complaint.self, Regulator.self, Evidence.self])

        /// What every draft takes.
        struct Options: ParsableArguments {
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The case number.", completion: ValueCompletion.openCases) var caseID: Int64
            @Option(help: ArgumentHelp("md (Markdown, default), txt or html (printable).", valueName: "format"), completion: ValueCompletion.formats) var format = "md"
            @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file")) var output: String?
            @Option(help: ArgumentHelp("Use this Mustache template instead of the built-in or your override.", valueName: "file")) var template: String?
            @Flag(help: "Show card, ID, account and personal phone numbers in full.") var noRedact = false
            @Flag(help: "Replace an existing --output file; for 'regulator', also draft when a precondition is not met.") var force = false
            @Flag(help: "Do not draft: list what is missing, unconfirmed or risky; exit 1 when something must be fixed.") var check = false

            func validate() throws {
                if DraftFormat(rawValue: format) == nil { throw ValidationError(Message.unknownFormat.text(format)) }
            }

            /// The draft's words: `--lang` (the global one, which also sets the interface), else the
            /// recipient's language (the body's, or the firm's), else the interface language (the lang
            /// setting, else the locale): a Chinese user's letter to a firm of unknown jurisdiction is Chinese.
            func words(_ session: Session, store: JournalStore, body: BodyProfile? = nil) throws -> DraftWords {
                let organization = try store.organization(ofCase: caseID)
                let jurisdiction = organization.flatMap { Language.recipientJurisdiction(body: body, organization: $0) }
                let language = global.lang.flatMap(Language.init(userInput:)).flatMap { Language(rawValue: $0.rawValue) }
                    ?? Language.forRecipient(jurisdiction: jurisdiction, userLanguage: Language(rawValue: Language.current.rawValue))
                return DraftWords(language: language, zone: session.zone, date: session.now, redact: !noRedact)
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
                let markdown = try document.render(userFolder: session.configFolder + "/templates", explicit: template)
                let text = DraftFormatter.convert(markdown, to: DraftFormat(rawValue: format) ?? .md, title: title, language: document.draftLanguage)
                guard let file else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                    return
                }
                try file.write(text)
                try session.output(["file": file.path]) { Message.wroteDraft.text(title, file.path) }
            }
        }

        struct Complaint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "complaint",
                abstract: "A formal complaint letter to the company.",
                discussion: """
                    The letter gives the dated timeline (channel, agent, reference number, advice), each promise and its \
                    fate, the amount, the remedy you want ('case edit --wants'), the firm's deadline under the rule \
                    that applies, and the journal's integrity fingerprint. Account, card and phone numbers are masked \
                    to their last four digits unless --no-redact. Your name and details come from 'recourse profile'.

                    Example: recourse draft complaint 1 --lang zh --output 投诉信.md
                    """)
            @OptionGroup var options: Options

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                let calendars = try session.calendarLibrary()
                let words = try options.words(session, store: store)
                let draft = try ComplaintDraft.make(
                    store: store, caseID: options.caseID, bodies: try session.bodyLibrary(calendars: calendars), calendars: calendars,
                    profile: try UserProfile.load(path: session.configFolder + "/profile"), now: session.now, zone: session.zone,
                    redact: words.redact, language: words.language)
                try options.emit(draft, title: Message.draftComplaint.text(), session: session)
            }
        }

        struct Regulator: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "regulator",
                abstract: "A submission to a regulator or ombudsman, in its own field order; missing fields are listed.",
                discussion: """
                    When the body's precondition is not met (no complaint to the firm yet, its deadline not passed) it says \
                    so and the date it opens; --force drafts anyway.

                    Example: recourse draft regulator 1 --to cn.nfra --format txt
                    """)
            @OptionGroup var options: Options
            @Option(help: ArgumentHelp("The body: cn.nfra, cn.pboc, cn.samr, uk.fos, us.cfpb, eu.adr… ('recourse bodies').", valueName: "body"), completion: ValueCompletion.bodies) var to: String

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                let calendars = try session.calendarLibrary()
                let bodies = try session.bodyLibrary(calendars: calendars)
                let body = try session.body(to, in: bodies)
                let draft = try SubmissionDraft.make(store: store, caseID: options.caseID, body: body, bodies: bodies, calendars: calendars,
                                                     profile: try UserProfile.load(path: session.configFolder + "/profile"),
                                                     words: try options.words(session, store: store, body: body))
                if !draft.unmet.isEmpty, !options.check {
                    guard options.force else { throw DraftError.preconditions(draft.unmetPreconditions) }
                    draft.unmetPreconditions.forEach { Console.warn($0) }
                }
                try options.emit(draft, title: Message.draftSubmission.text(body.name), session: session)
            }
        }

        struct Evidence: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "evidence", abstract: "The list of evidence files kept for the case, with their SHA-256.",
                                                            discussion: "Example: recourse draft evidence 1 --output 证据清单.md")
            @OptionGroup var options: Options

            func run() throws {
                let session = try Session(options.global, .reading)
                let store = try session.openJournal()
                let timeline = try store.timeline(ofCase: options.caseID)
                let words = try options.words(session, store: store)
                    .knowing(timeline, submissions: try store.submissions(ofCase: options.caseID),
                             profile: try UserProfile.load(path: session.configFolder + "/profile"))
                let draft = EvidenceDraft(timeline: timeline, words: words, fingerprint: try store.chainHead())
                try options.emit(draft, title: Message.draftEvidence.text(), session: session)
            }
        }
    }

    /// `recourse template list|show|path`: the draft templates and where to override them.
    struct TemplateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template", abstract: "List, show or locate the draft templates (Mustache); copy one to its path to override it.",
            discussion: "Example: recourse template show complaint.zh > \"$(recourse template path complaint.zh)\"",
            subcommands: [List.self, ShowTemplate.self, Path.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "The templates, and which ones you have overridden.",
                                                            discussion: "Example: recourse template list")
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
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a built-in template.",
                                                            discussion: "Example: recourse template show regulator.zh")
            @Argument(help: "e.g. complaint.zh, regulator.en, evidence.zh.") var name: String
            func run() throws {
                guard let text = DraftTemplates.builtIn(name) else {
                    throw CLIError(status: .notFound, message: Message.noTemplate.text(name, DraftTemplates.names.joined(separator: ", ")))
                }
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }

        struct Path: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "path", abstract: "Where your override of a template goes.",
                                                            discussion: "Example: recourse template path complaint.en")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "e.g. complaint.zh.") var name: String
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
            commandName: "profile", abstract: "Your details for drafts: name, title, dob, phone, phone2, email, address, preferred-contact, id-number.",
            discussion: "Example: recourse profile set name 王小明",
            subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Show your details (numbers masked).",
                                                            discussion: "Example: recourse profile show")
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
            static let configuration = CommandConfiguration(commandName: "set", abstract: "Set one detail.",
                                                            discussion: "Example: recourse profile set phone 13800138000")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "name, title, dob (date of birth), phone, phone2, email, address, preferred-contact or id-number.") var key: String
            @Argument(help: "The value (\"\" clears it).") var value: String
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
