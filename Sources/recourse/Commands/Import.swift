import Desk
import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse import PATH`: merge a jsonl export into this journal by uuid.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Message.helpImportAbstract.literal,
            discussion: Message.helpImportDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpImportPath.literal, valueName: "path"))
        var path: String?

        @Option(help: ArgumentHelp(Message.helpImportTemplate.literal, valueName: "format"))
        var template: String?

        @Option(help: ArgumentHelp(Message.helpImportFiles.literal, valueName: "dir"))
        var files: String?

        @Option(help: ArgumentHelp(Message.helpImportAt.literal, valueName: "when"))
        var at: String?

        func validate() throws {
            if let template, template != "csv" { throw ValidationError(Message.sheetUnknownTemplate.text(template)) }
            if template == nil && path == nil { throw ValidationError(Message.sheetImportNeedsPath.text()) }
        }

        func run() throws {
            if template != nil { return SheetCommands.printTemplate(try Session(global, .reading)) }
            guard let path else { return }
            let session = try Session(global, .recording)
            let now = try session.moment(at)
            if path.lowercased().hasSuffix(".csv") {
                return try SheetCommands.importCSV(session, store: try session.openJournal(), path: path, now: now)
            }
            let source = try ImportSource(path)
            let lines = try InterchangeFile.lines(of: source.file)
            let evidence = URL(fileURLWithPath: files ?? source.folder)
            let report = try session.openJournal().importLines(lines, source: source.file, policy: .keepLocal, evidence: evidence, now: now)
            try session.output(ImportSummary(report, source: source.file)) {
                ImportSummary.text(report, source: source.file, time: session.time)
            }
        }
    }
}

/// Where an import reads from: the export file itself, or the one `.jsonl` file in a folder.
struct ImportSource {
    let file: String
    /// The folder evidence files are looked for in by default: the export's own.
    let folder: String

    init(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(status: .notFound, message: Message.importPathMissing.text(path))
        }
        guard isDirectory.boolValue else {
            // A device, pipe or socket is refused by what it is: /dev/zero would never end, and
            // Foundation's reason for it ("permission") is wrong and in English.
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { throw CLIError(status: .badData, message: Message.importNotRegularFile.text(path)) }
            file = path
            folder = PathText.folder(of: path)
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        guard let name = names.first else { throw CLIError(status: .notFound, message: Message.importFolderWithoutExport.text(path)) }
        guard names.count == 1 else { throw CLIError.usage(Message.importFolderAmbiguous.text(path, names.joined(separator: ", "))) }
        file = path + "/" + name
        folder = path
    }
}

/// `import --json` (the report's own fields, and the file it came from), and the text summary.
struct ImportSummary: Encodable {
    let report: ImportReport
    let source: String

    init(_ report: ImportReport, source: String) {
        self.report = report
        self.source = source
    }

    private enum Keys: String, CodingKey { case source }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(source, forKey: .source)
    }

    static func text(_ report: ImportReport, source: String, time: TimeFormat) -> String {
        guard report.changed else { return Message.importNothingNew.text(source) }
        var lines = [Message.importSummary.text(source, report.insertedCount, report.updatedCount, report.unchanged,
                                                report.eventsAppended, report.filesStored)]
        if report.matchedByName > 0 { lines.append(Message.importMatchedByName.text(report.matchedByName)) }
        if !report.conflicts.isEmpty {
            lines.append(Message.importConflicts.text(report.conflicts.count))
            lines += report.conflicts.map { ConflictText.line($0, time: time) }
        }
        return lines.joined(separator: "\n")
    }
}
