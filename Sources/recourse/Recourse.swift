import ArgumentParser
import Foundation
import Lexicon

/// The `recourse` command: a journal of customer-service contacts, the promises made in them,
/// and what to do when those promises are broken.
@main
struct Recourse: ParsableCommand {
    /// Also given to the commands `DirectParse` parses as roots, so their help lists `--version` as before.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "recourse",
        abstract: Message.helpRecourseAbstract.literal,
        discussion: Message.helpRecourseDiscussion.literal,
        version: version,
        subcommands: [Log.self, Show.self, Cases.self, Search.self, Overdue.self, AgendaCommand.self, PromiseCommand.self,
                      Escalate.self, EscalationCommand.self, Draft.self, TemplateCommand.self, ProfileCommand.self,
                      CaseCommand.self, OrgCommand.self, Correct.self, VoidCommand.self, Move.self, Attach.self, CalendarExport.self, Bodies.self, ConfigCommand.self,
                      Verify.self, Backup.self, Restore.self, Sync.self, Doctor.self, Demo.self, SeedBenchmark.self, Manual.self, Check.self, Prep.self,
                      Export.self, Import.self, Conflicts.self, Serve.self, When.self]
    )

    static func main() {
        // Journal files, backups and attachments are private whatever the user's umask.
        umask(0o077)
        // Past a file-size limit (ulimit -f), fail the write with EFBIG instead of being killed.
        signal(SIGXFSZ, SIG_IGN)
        Language.current = LanguageChoice.resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                                  environment: ProcessInfo.processInfo.environment)
        do {
            try ExactInput.check()
            let arguments = Array(CommandLine.arguments.dropFirst())
            try UnknownCommand.check(arguments, root: Recourse.self)
            var command = try DirectParse.command(arguments) ?? parseAsRoot(arguments)
            try command.run()
        } catch {
            ErrorReporter.exit(with: error)
        }
    }
}
