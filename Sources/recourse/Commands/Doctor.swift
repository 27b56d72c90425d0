import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse doctor`: what is wrong, in plain words, and how to recover.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: Message.helpDoctorAbstract.literal,
            discussion: Message.helpDoctorDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Flag(help: ArgumentHelp(Message.helpDeep.literal))
        var deep = false

        @Flag(help: ArgumentHelp(Message.helpDoctorClean.literal))
        var clean = false

        func run() throws {
            // --clean moves files under the write lock, so it opens the journal for writing.
            let session = try Session(global, clean ? .recording : .reading)
            let location = session.location
            let store: JournalStore
            var report: HealthReport
            do {
                store = try session.openJournal()
                report = try store.health(deep: deep)
            } catch let error as JournalError where [.journalNotSQLite(location.path), .journalNotRecourse(location.path)].contains(error)
                || error.category == .io || error.category == .data {
                Console.out(Message.doctorCannotOpen.text(error.localizedDescription))
                Console.out(Self.recoveryAdvice(location))
                throw ExitCode(ExitStatus.attention.rawValue)
            }
            // Outside the catch above: a journal that opens but cannot be written is a one-line error (74).
            if clean, !report.strayFiles.isEmpty {
                let moved = try store.quarantineStrayFiles(now: Date())
                moved.forEach { Console.out(Message.doctorMoved.text($0.from, $0.to)) }
                report = try store.health(deep: deep)
            }
            let lines = [
                Self.line(report.integrity.isEmpty, Message.doctorIntegrity.text(), report.integrity),
                Self.line(report.foreignKeys.isEmpty, Message.doctorReferences.text(), report.foreignKeys),
                Self.line(report.historyProblems.isEmpty,
                          Message.doctorChain.text(report.verification.eventsChecked, report.verification.recordsChecked),
                          report.historyProblems.map(\.description)),
                Self.line(report.attachmentProblems.isEmpty, (deep ? Message.doctorEvidenceDeep : Message.doctorEvidence).text(),
                          report.attachmentProblems.map(\.description)),
                Self.line(report.folderProblems.isEmpty, Message.doctorFolder.text(), report.folderProblems),
                Self.line(report.impossibleValues.isEmpty, Message.doctorValuesInRange.text(), report.impossibleValues.map(\.description)),
                Self.line(report.strayFiles.isEmpty, Message.doctorNoStray.text(),
                          report.strayFiles.map { Message.doctorStray.text(TextRules.escapingControlCharacters($0)) }),
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

        /// The newest backup that passes its own check, and the command that restores it. A backup
        /// that fails (empty, torn, tampered, evidence missing) is named with its reason, never advised.
        static func recoveryAdvice(_ location: JournalLocation) -> String {
            let folder = location.folder + "/backups"
            var skipped: [String] = []
            for backup in JournalStore.backups(in: folder) {
                let check = JournalStore.checkBackup(at: backup, deep: false)
                guard check.isUsable else {
                    skipped.append(Message.doctorSkippedBackup.text((backup as NSString).lastPathComponent, check.problems[0]))
                    continue
                }
                return ([Message.doctorRecover.text(location.path, backup)] + skipped).joined(separator: "\n")
            }
            return ([Message.doctorNoBackup.text(folder)] + skipped).joined(separator: "\n")
        }
    }
}
