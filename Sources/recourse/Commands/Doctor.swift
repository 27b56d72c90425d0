import ArgumentParser
import Foundation
import Journal

extension Recourse {
    /// `recourse doctor`: what is wrong, in plain words, and how to recover.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the journal's integrity, references, history and evidence files, and say how to recover.",
            discussion: "Exits 0 when healthy, 1 when something needs attention.")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Also re-hash every evidence file (slower).")
        var deep = false

        @Flag(help: "Move files under attachments/ that no record refers to, and are over an hour old, into quarantine/ beside the journal (never deleted).")
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
                Console.out("✗ The journal cannot be opened: \(error.localizedDescription)")
                Console.out(Self.recoveryAdvice(location))
                throw ExitCode(ExitStatus.attention.rawValue)
            }
            // Outside the catch above: a journal that opens but cannot be written is a one-line error (74).
            if clean, !report.strayFiles.isEmpty {
                let moved = try store.quarantineStrayFiles(now: Date())
                // zh: 已将 attachments/… 移至 …
                moved.forEach { Console.out("moved attachments/\($0.from) to \($0.to)") }
                report = try store.health(deep: deep)
            }
            let lines = [
                Self.line(report.integrity.isEmpty, "SQLite integrity check", report.integrity),
                Self.line(report.foreignKeys.isEmpty, "references between records", report.foreignKeys),
                Self.line(report.historyProblems.isEmpty, "history chain and records (\(report.verification.eventsChecked) events, \(report.verification.recordsChecked) records)",
                          report.historyProblems.map(\.description)),
                Self.line(report.attachmentProblems.isEmpty, "evidence files" + (deep ? " (re-hashed)" : ""), report.attachmentProblems.map(\.description)),
                // zh: 日志文件夹为私有，attachments/ 是真正的文件夹
                Self.line(report.folderProblems.isEmpty, "journal folder private, attachments/ a real folder", report.folderProblems),
                // zh: attachments/ 下的 … 没有任何记录引用（被中断的记录，或恢复备份后新增联系的证据）；'recourse doctor --clean' 一小时后将其移入 quarantine/
                Self.line(report.strayFiles.isEmpty, "no stray files under attachments/",
                          report.strayFiles.map { "attachments/\($0) is referenced by no record (an interrupted log, or evidence of contacts logged after a restored backup); 'recourse doctor --clean' moves it to quarantine/ after an hour" }),
            ]
            try session.output(["healthy": report.isHealthy]) {
                (lines + (report.isHealthy ? ["Healthy. Chain head: \(report.verification.head)"] : [Self.recoveryAdvice(location)]))
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
                    skipped.append("  (not \((backup as NSString).lastPathComponent): \(check.problems[0]))")
                    continue
                }
                // zh: 恢复方法：恢复最新的、通过自检的备份；当前日志会被保留在一旁，不会删除
                return (["""
                    To recover: restore the newest backup that checks out; the current journal is kept aside, not deleted:
                      recourse restore \(backup) --db \(location.path)
                    Then run 'recourse doctor' again. Contacts logged since that backup must be logged again.
                    """] + skipped).joined(separator: "\n")
            }
            // zh: 在 … 中没有可用的备份。请保留损坏的文件作为证据，并从现在起定期运行 'recourse backup'
            return (["No usable backup found in \(folder). Keep the damaged file as evidence, and from now on run 'recourse backup' regularly."]
                + skipped).joined(separator: "\n")
        }
    }
}
