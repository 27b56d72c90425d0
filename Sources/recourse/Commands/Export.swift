import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse export`: the whole journal (or one case) as versioned JSON lines.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the journal: every record and its history, as JSON lines (docs/export-format.md).",
            discussion: """
                jsonl is complete and lossless: 'recourse import' reads it back into any journal. It is your own \
                data in full, so identity, card and account numbers are NOT masked: keep the file private. \
                --with-files copies the evidence files into a folder, each named by its SHA-256.

                Example: recourse export --output ~/recourse.jsonl --with-files ~/recourse-files
                """)

        /// What `--format` accepts; csv and md are answered by a clear refusal until they exist.
        enum Format: String, CaseIterable, ExpressibleByArgument { case jsonl, csv, md }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("jsonl (complete), csv or md.", valueName: "format"))
        var format: Format = .jsonl

        @Option(name: .customLong("case"), help: ArgumentHelp("Only this case, with its organization.", valueName: "id"))
        var caseID: Int64?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the --output file if it exists.")
        var force = false

        @Option(name: .customLong("with-files"), help: ArgumentHelp("Copy the evidence files into this folder, named by SHA-256.", valueName: "dir"))
        var withFiles: String?

        func validate() throws {
            if format != .jsonl { throw ValidationError(Message.exportFormatNotYet.text(format.rawValue)) }
            if global.json && output == nil { throw ValidationError(Message.jsonNeedsOutput.text()) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let file = try output.map { try OutputFile($0, force: force, journal: session.location) }
            if let withFiles, let folder = OutputFile.protectedFolder(containing: withFiles, journal: session.location) {
                throw CLIError.usage(Message.exportFilesIntoJournal.text(folder))
            }
            let export = try session.openJournal().exportLines(caseID: caseID, now: session.now)
            let files = try withFiles.map { try EvidenceFolder.write(export.evidence, to: $0) }
            if let withFiles, let files {
                Console.error(Message.exportFilesCopied.text(files.copied, withFiles, files.present))
            }
            guard let file else {
                FileHandle.standardOutput.write(Data(export.text.utf8))
                return
            }
            try file.write(export.text)
            try session.output(ExportSummary(file: file.path, records: export.recordCount, events: export.eventCount,
                                             filesCopied: files?.copied, filesPresent: files?.present)) {
                Message.exportWrote.text(export.recordCount, export.eventCount, file.path)
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
