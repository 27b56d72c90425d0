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
        abstract: "Keep a dated record of every customer-service contact and chase the promises made.",
        discussion: """
            Log a call right after hanging up, see what is overdue each morning, and keep the \
            history you need for a formal complaint. Journal: --db, else $RECOURSE_DB, else \
            $XDG_DATA_HOME/recourse/journal.sqlite. Exit codes: see 'recourse help exit-codes' \
            in the README (0 ok, 64 usage, 65 bad data, 66 not found, 70 internal, 74 I/O, 75 busy). \
            Language: --lang, else 'recourse config set lang zh|en', else LC_ALL/LC_MESSAGES/LANG.

            Example: recourse log 中国移动 --summary "套餐被擅自变更" --promise 回电 --due 24小时内
            """,
        version: version,
        subcommands: [Log.self, Show.self, Cases.self, Search.self, Overdue.self, AgendaCommand.self, PromiseCommand.self,
                      Escalate.self, EscalationCommand.self, Draft.self, TemplateCommand.self, ProfileCommand.self,
                      CaseCommand.self, OrgCommand.self, Correct.self, CalendarExport.self, Bodies.self, ConfigCommand.self,
                      Verify.self, Backup.self, Restore.self, Sync.self, Doctor.self, Demo.self, SeedBenchmark.self, Manual.self, Check.self, Prep.self,
                      Export.self, Import.self, Conflicts.self]
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
