import ArgumentParser
import Journal

extension Recourse {
    /// `recourse case close|reopen N`.
    struct CaseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case", abstract: "Close or reopen a case.", subcommands: [Close.self, Reopen.self])

        struct Change: ParsableArguments {
            @OptionGroup var global: GlobalOptions

            @Argument(help: "The case number.")
            var caseID: Int64

            @Option(help: "Why; kept in the history.")
            var note: String?
        }

        struct Close: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Close a case (its history is kept).")
            @OptionGroup var options: Change

            func run() throws {
                let session = try Session(options.global)
                let caseFile = try session.openJournal().closeCase(options.caseID, note: options.note, now: session.now)
                try session.output(["case": caseFile]) { "Closed case #\(caseFile.id!) \(caseFile.title)" }
            }
        }

        struct Reopen: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")
            @OptionGroup var options: Change

            func run() throws {
                let session = try Session(options.global)
                let caseFile = try session.openJournal().reopenCase(options.caseID, note: options.note, now: session.now)
                try session.output(["case": caseFile]) { "Reopened case #\(caseFile.id!) \(caseFile.title)" }
            }
        }
    }
}
