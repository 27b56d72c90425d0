import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse export`: the whole journal (or one case) as versioned JSON lines.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: Message.helpExportAbstract.literal,
            discussion: Message.helpExportDiscussion.literal)

        /// What `--format` accepts; csv and md are answered by a clear refusal until they exist.
        enum Format: String, CaseIterable, ExpressibleByArgument { case jsonl, csv, md }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(Message.helpExportFormat.literal, valueName: "format"))
        var format: Format = .jsonl

        @Option(name: .customLong("case"), help: ArgumentHelp(Message.helpExportCaseID.literal, valueName: "id"))
        var caseID: Int64?

        @Option(name: .shortAndLong, help: ArgumentHelp(Message.helpOutputFile.literal, valueName: "file"))
        var output: String?

        @Flag(help: ArgumentHelp(Message.helpCalendarExportForce.literal))
        var force = false

        @Flag(help: ArgumentHelp(Message.helpExportNoRedact.literal))
        var noRedact = false

        @Option(name: .customLong("with-files"), help: ArgumentHelp(Message.helpExportWithFiles.literal, valueName: "dir"))
        var withFiles: String?

        func validate() throws {
            if format != .jsonl, withFiles != nil { throw ValidationError(Message.sheetWithFilesNeedsJsonl.text()) }
            if format == .jsonl, noRedact { throw ValidationError(Message.sheetNoRedactNotJsonl.text()) }
            // A past snapshot of the journal cannot be imported or synced as its history: refused, not ignored.
            if format == .jsonl, global.asOf != nil { throw ValidationError(Message.exportAsOfNotJsonl.text()) }
            if global.json && output == nil { throw ValidationError(Message.jsonNeedsOutput.text()) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            switch format {
            case .csv:
                return try SheetCommands.exportCSV(session, store: try session.openJournal(), caseID: caseID, output: output, force: force, redact: !noRedact)
            case .md:
                return try SheetCommands.exportMarkdown(session, store: try session.openJournal(), caseID: caseID, output: output, force: force, redact: !noRedact)
            case .jsonl: break
            }
            let file = try output.map { try OutputFile($0, force: force, journal: session.location) }
            if let withFiles, let folder = OutputFile.protectedFolder(containing: withFiles, journal: session.location) {
                throw CLIError.usage(Message.exportFilesIntoJournal.text(folder))
            }
            let export = try session.openJournal().exportLines(caseID: caseID, now: session.now)
            let files = try withFiles.map { try Self.copyEvidence(export.evidence, to: $0) }
            if let withFiles, let files {
                Console.error(Message.exportFilesCopied.text(files.copied, withFiles, files.present))
            }
            guard let file else {
                Console.write(Data(export.text.utf8))
                return
            }
            try file.write(export.text)
            try session.output(ExportSummary(file: file.path, records: export.recordCount, events: export.eventCount,
                                             filesCopied: files?.copied, filesPresent: files?.present)) {
                Message.exportWrote.text(export.recordCount, export.eventCount, file.path)
            }
        }

        /// The evidence files into `folder`; the journal's own copy missing or altered is said as such.
        static func copyEvidence(_ files: [EvidenceFile], to folder: String) throws -> EvidenceFolder.Result {
            do {
                return try EvidenceFolder.write(files, to: folder)
            } catch let error as InterchangeError {
                switch error {
                case let .evidenceMissing(_, path): throw InterchangeError.journalEvidenceMissing(path: path)
                case let .evidenceMismatch(_, path): throw InterchangeError.journalEvidenceAltered(path: path)
                default: throw error
                }
            }
        }
    }
}

/// `export --json`: what was written where.
struct ExportSummary: Encodable {
    let file: String
    let records: Int
    let events: Int
    let filesCopied: Int?
    let filesPresent: Int?
}
