import ArgumentParser
import Escalation
import Foundation
import Journal

extension Recourse {
    /// `recourse draft complaint CASE`: a formal complaint letter from the case's history.
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft documents from a case's history.", subcommands: [Complaint.self])

        struct Complaint: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Draft a formal complaint letter to the company (Markdown).",
                discussion: """
                    The letter gives the dated timeline (channel, agent, reference number, advice), each promise and its \
                    fate, the amount, the remedy you want ('case edit --wants'), the firm's deadline under the rule \
                    that applies, and the journal's integrity fingerprint. Account, card and phone numbers are masked \
                    to their last four digits unless --no-redact. Your name and details come from 'recourse profile'.
                    """)

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The case number.") var caseID: Int64
            @Option(help: ArgumentHelp("zh or en (default: zh for organizations in CN, else en).", valueName: "lang")) var lang: String?
            @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file")) var output: String?
            @Option(help: ArgumentHelp("Use this Mustache template instead of the built-in one.", valueName: "file")) var template: String?
            @Flag(help: "Show account, card, ID and phone numbers in full.") var noRedact = false

            func validate() throws {
                if let lang, DraftLanguage(rawValue: lang) == nil { throw ValidationError("unknown language '\(lang)'; use zh or en") }
            }

            func run() throws {
                let session = try Session(global)
                let store = try session.openJournal()
                let calendars = try session.calendarLibrary()
                let jurisdiction = try store.organization(ofCase: caseID)?.jurisdiction
                let language = lang.flatMap(DraftLanguage.init(rawValue:)) ?? (jurisdiction?.uppercased() == "CN" ? .zh : .en)
                let draft = try ComplaintDraft.make(
                    store: store, caseID: caseID, bodies: try session.bodyLibrary(calendars: calendars), calendars: calendars,
                    profile: try UserProfile.load(path: session.configFolder + "/profile"), now: session.now, zone: session.zone,
                    redact: !noRedact, language: language)
                var templateText: String?
                if let template {
                    guard let data = FileManager.default.contents(atPath: template), data.count <= 256 * 1024,
                          let text = String(data: data, encoding: .utf8) else {
                        throw CLIError(status: .ioError, message: "template '\(template)' cannot be read as a UTF-8 text file of at most 256 KiB")
                    }
                    templateText = text
                }
                let letter = try draft.render(template: templateText, templatePath: template ?? "built-in template")
                guard let output else {
                    FileHandle.standardOutput.write(Data(letter.utf8))
                    return
                }
                try PrivateFile.write(letter, to: output)
                try session.output(["file": output]) { "Wrote the complaint letter to \(output)" }
            }
        }
    }

    /// `recourse profile`: your details for the signature block of drafts.
    struct ProfileCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profile", abstract: "Your name and contact details for drafts: name, phone, email, address, id-number.",
            subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show your details (numbers masked).")
            @OptionGroup var global: GlobalOptions
            func run() throws {
                let session = try Session(global)
                let profile = try UserProfile.load(path: session.configFolder + "/profile")
                let shown = Dictionary(uniqueKeysWithValues: UserProfile.keys.compactMap { key in
                    profile[key].map { (key, ["phone", "id-number"].contains(key) ? Redaction.maskValue($0) : $0) }
                })
                try session.output(shown) { UserProfile.keys.map { "\($0) = \(shown[$0] ?? "")" }.joined(separator: "\n") }
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Set one detail.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "name, phone, email, address or id-number.") var key: String
            @Argument(help: "The value (\"\" clears it).") var value: String
            func run() throws {
                let session = try Session(global)
                let path = session.configFolder + "/profile"
                var profile = try UserProfile.load(path: path)
                try profile.set(key, to: value)
                try FileManager.default.createDirectory(atPath: session.configFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try PrivateFile.write(profile.fileText, to: path)
                try session.output(["key": key]) { "Saved \(key)" }
            }
        }
    }
}
