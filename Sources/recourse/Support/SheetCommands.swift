import Escalation
import Foundation
import Journal
import Lexicon
import Reminders

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The spreadsheet and Markdown parts of `export` and `import`: `export --format csv|md`,
/// `import --template csv` and `import FILE.csv`. The interchange commands own their options
/// and call these, so those files only gain a case in a switch.
enum SheetCommands {
    /// `export --format csv`: `contacts.csv` and `promises.csv` in the `--output` folder.
    ///
    /// Two files cannot go to standard output, so the folder is required (64 without it, or when
    /// it names a file or a `.csv` that does not exist yet); a missing folder is created (with its parents, mode 0700). Neither
    /// file is written unless both can be: each is checked by `OutputFile` first.
    static func exportCSV(_ session: Session, store: JournalStore, caseID: Int64?, output: String?, force: Bool, redact: Bool) throws {
        guard let output else { throw CLIError.usage(Message.sheetOutputFolder.text()) }
        var info = stat()
        if stat(output, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw CLIError.usage(Message.sheetOutputFolder.text()) }
        } else {
            guard !output.lowercased().hasSuffix(".csv") else { throw CLIError.usage(Message.sheetOutputFolder.text()) }
        }
        let contactsPath = (output as NSString).appendingPathComponent(ContactSheets.contactsName)
        let promisesPath = (output as NSString).appendingPathComponent(ContactSheets.promisesName)
        // Checked before the folder is made, so a refused target leaves nothing behind.
        _ = try OutputFile(contactsPath, force: force, journal: session.location)
        _ = try OutputFile(promisesPath, force: force, journal: session.location)
        let sheets = ContactSheets(cases: try store.sheetCases(caseID: caseID), zone: session.zone, redact: redact,
                                   secrets: try secrets(session))
        if stat(output, &info) != 0 {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw CLIError(status: .ioError, message: Message.sheetCannotCreateFolder.text(output, error.localizedDescription))
            }
        }
        try OutputFile(contactsPath, force: force, journal: session.location).write(String(decoding: sheets.contacts, as: UTF8.self))
        try OutputFile(promisesPath, force: force, journal: session.location).write(String(decoding: sheets.promises, as: UTF8.self))
        try session.output(["files": [contactsPath, promisesPath]]) { Message.sheetWroteFiles.text(contactsPath, promisesPath) }
    }

    /// `export --format md`: the timeline, to standard output or `--output FILE`.
    static func exportMarkdown(_ session: Session, store: JournalStore, caseID: Int64?, output: String?, force: Bool, redact: Bool) throws {
        let file = try output.map { try OutputFile($0, force: force, journal: session.location) }
        let calendars = try session.calendarLibrary()
        let bodies = try session.bodyLibrary(calendars: calendars)
        let timeline = TimelineMarkdown(cases: try store.sheetCases(caseID: caseID), zone: session.zone, now: session.now, redact: redact,
                                        profile: try profile(session), bodyName: { bodies.body($0)?.name ?? $0 }).text
        // A masked timeline says so first: it is for reading, never a copy of the journal.
        let markdown = redact ? "> " + ContactSheets.maskedNotice() + "\n\n" + timeline : timeline
        guard let file else {
            Console.write(Data(markdown.utf8))
            return
        }
        try file.write(markdown)
        try session.output(["file": file.path]) { Message.wroteDraft.text(Message.mdTitle.text(), file.path) }
    }

    /// `import --template csv`: the columns and one example row, in the user's language.
    static func printTemplate(_ session: Session) {
        Console.write(ContactSheets.template(zone: session.zone))
    }

    /// `import FILE.csv`: every row through `log`'s path in one transaction.
    static func importCSV(_ session: Session, store: JournalStore, path: String, now: Date) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(status: .notFound, message: Message.sheetFileMissing.text(path))
        }
        let sheet = try ContactSheetImport(data, name: path, zone: session.zone, infer: session.inferOrganization,
                                           resolveDue: { words, contactTime, organization in
            let jurisdiction = try store.organization(named: organization)?.jurisdiction
                ?? session.inferOrganization(named: organization).jurisdiction
            return try session.when(words, from: contactTime, calendar: try session.businessCalendar(jurisdiction: jurisdiction)).date
        })
        let report = try store.importContactSheet(sheet, now: now)
        try session.output(report) {
            var line = Message.sheetImported.text(report.imported.count)
            if !report.skippedLines.isEmpty { line += Message.sheetImportedSkipped.text(report.skippedLines.count) }
            if report.createdOrganizations + report.openedCases > 0 {
                line += Message.sheetImportedCreated.text(report.createdOrganizations, report.openedCases)
            }
            return line
        }
    }

    /// The user's own identifiers, masked wherever they appear in a sharing export.
    private static func secrets(_ session: Session) throws -> [String] {
        [try profile(session)["id-number"]].compactMap { $0 }
    }

    private static func profile(_ session: Session) throws -> UserProfile {
        try UserProfile.load(path: session.configFolder + "/profile")
    }
}
