import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse doctor`: what is wrong, in plain words, and how to recover.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the journal's integrity, references, history and evidence files, and say how to recover.",
            discussion: """
                Exits 0 when healthy, 1 when something needs attention.

                Example: recourse doctor --deep
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Also re-hash every evidence file (slower).")
        var deep = false

        @Flag(help: "Remove stray files under attachments/ (left by an interrupted log) that are over an hour old.")
        var clean = false

        func run() throws {
            let session = try Session(global, .reading)
            let location = session.location
            let report: HealthReport
            do {
                let store = try session.openJournal()
                var found = try store.health(deep: deep)
                if clean, !found.strayFiles.isEmpty {
                    let removed = store.removeStrayFiles(found.strayFiles, now: Date())
                    removed.forEach { Console.out(Message.doctorRemoved.text($0)) }
                    found = try store.health(deep: deep)
                }
                report = found
            } catch let error as JournalError where [.journalNotSQLite(location.path), .journalNotRecourse(location.path)].contains(error)
                || error.category == .io || error.category == .data {
                Console.out(Message.doctorCannotOpen.text(error.localizedDescription))
                Console.out(Self.recoveryAdvice(location))
                throw ExitCode(ExitStatus.attention.rawValue)
            }
            let lines = [
                Self.line(report.integrity.isEmpty, Message.doctorIntegrity.text(), report.integrity),
                Self.line(report.foreignKeys.isEmpty, Message.doctorReferences.text(), report.foreignKeys),
                Self.line(report.verification.isIntact,
                          Message.doctorChain.text(report.verification.eventsChecked, report.verification.recordsChecked),
                          report.verification.problems.map(\.description)),
                Self.line(report.attachmentProblems.isEmpty, (deep ? Message.doctorEvidenceDeep : Message.doctorEvidence).text(), report.attachmentProblems),
                Self.line(report.strayFiles.isEmpty, Message.doctorNoStray.text(), report.strayFiles.map { Message.doctorStray.text($0) }),
            ]
            try session.output(["healthy": report.isHealthy]) {
                (lines + (report.isHealthy ? [Message.doctorHealthy.text(report.verification.head)] : [Self.recoveryAdvice(location)]))
                    .joined(separator: "\n")
            }
            if !report.isHealthy { throw ExitCode(ExitStatus.attention.rawValue) }
        }

        private static func line(_ ok: Bool, _ what: String, _ problems: [String]) -> String {
            ([(ok ? "✓ " : "✗ ") + what] + problems.prefix(10).map { "    " + $0 }).joined(separator: "\n")
        }

        /// Where the newest backup is and the commands that restore it.
        static func recoveryAdvice(_ location: JournalLocation) -> String {
            let folder = location.folder + "/backups"
            let backups = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".sqlite") }.sorted()
            guard let newest = backups.last else {
                return Message.doctorNoBackup.text(folder)
            }
            return Message.doctorRecover.text(location.path, folder + "/" + newest)
        }
    }
}
