import Crypto
import Foundation
import GRDB

/// `import FILE.csv`: contacts from a spreadsheet, written exactly as `log` writes them.
///
/// Each row becomes a `ContactDraft` (organization, case title, time, channel, agent, reference,
/// summary, advice, outcome, one promise and its due time) and all rows are written in one
/// transaction through the same path as `log` (`JournalStore.insertLog`), so organizations,
/// cases, history events and row digests are exactly what `log` would have made. A bad row stops
/// the import with `line N: …` and the journal unchanged.
///
/// Importing the same file twice adds nothing: a row's contact gets a uuid derived from its
/// content (`rowUUID`), and a row is skipped when a contact with that uuid, or the same
/// organization, time and summary, is already in the journal, so the rows of an export
/// (`contacts.csv`) imported back into their own journal are skipped too.
public struct ContactSheetImport {
    /// Resolves a due time's words ("三个工作日内", "friday") counted from the contact's time, for
    /// the named organization's business calendar; it lives above this library (in `Reminders`).
    public typealias DueResolver = (_ words: String, _ contactTime: Date, _ organization: String) throws -> Date

    /// One row, ready to write.
    public struct Row: Sendable {
        public let line: Int
        public var draft: ContactDraft
        /// The case title the row names; nil lets the row join the organization's only open case, as `log` does.
        public let caseTitle: String?
    }

    public let rows: [Row]

    /// Reads and checks every row before anything is written.
    ///
    /// - Parameters:
    ///   - zone: the user's zone: rows without a zone column (or with it empty) were lived in it.
    ///   - infer: the kind and jurisdiction a new organization gets, as `log` guesses them.
    /// - Throws: `SheetError` naming the line of the first bad row.
    public init(_ data: Data, name: String, zone: TimeZone, infer: (String) -> OrganizationInference, resolveDue: DueResolver) throws {
        let records = try CSVText.decode(data, name: name)
        guard let header = records.first else { throw SheetError.noHeader(file: name) }
        if header.fields.count == 1, ContactSheets.isMaskedNotice(header.fields[0]) { throw SheetError.maskedExport(file: name) }
        let (columns, zones) = try Self.columns(header)
        guard records.count > 1 else { throw SheetError.noRows(file: name) }
        rows = try records.dropFirst().map { record in
            do {
                return try Self.row(record, columns: columns, zones: zones, zone: zone, infer: infer, resolveDue: resolveDue)
            } catch let error as SheetError {
                throw error
            } catch {
                throw SheetError.line(record.line, .refused(error.localizedDescription))
            }
        }
    }

    /// The column of each field of the header (nil for the export's columns import reads past),
    /// and the zone a time column's heading names (an export's: "发生时间（Asia/Shanghai）").
    private static func columns(_ header: CSVText.Record) throws -> ([SheetColumn?], [SheetColumn: TimeZone]) {
        var seen: Set<SheetColumn> = []
        var zones: [SheetColumn: TimeZone] = [:]
        let columns = try header.fields.map { heading -> SheetColumn? in
            guard let read = SheetColumn.reading(heading),
                  SheetColumn.importColumns.contains(read.column) || SheetColumn.ignoredOnImport.contains(read.column) else {
                throw SheetError.line(header.line, .unknownColumn(heading, known: SheetColumn.importColumns.map(\.heading)))
            }
            let column = read.column
            guard seen.insert(column).inserted else { throw SheetError.line(header.line, .duplicateColumn(heading)) }
            zones[column] = read.zone
            return SheetColumn.importColumns.contains(column) ? column : nil
        }
        for required in [SheetColumn.organization, .occurredAt] where !seen.contains(required) {
            throw SheetError.line(header.line, .missingColumn(required))
        }
        return (columns, zones)
    }

    /// - Parameters:
    ///   - zones: the zone a time column's heading names; its cells are that zone's wall clock,
    ///     whatever zone the contact was lived in. Without one, the lived zone's (an older export, a template).
    private static func row(_ record: CSVText.Record, columns: [SheetColumn?], zones: [SheetColumn: TimeZone], zone userZone: TimeZone,
                            infer: (String) -> OrganizationInference, resolveDue: DueResolver) throws -> Row {
        let line = record.line
        guard record.fields.count <= columns.count else {
            throw SheetError.line(line, .tooManyFields(record.fields.count, header: columns.count))
        }
        var cells: [SheetColumn: String] = [:]
        for (column, field) in zip(columns, record.fields) {
            guard let column else { continue }
            let value = CSVText.rearm(field)
            if !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { cells[column] = value }
        }
        guard let organization = cells[.organization] else { throw SheetError.line(line, .required(.organization)) }
        guard let when = cells[.occurredAt] else { throw SheetError.line(line, .required(.occurredAt)) }
        let zone: TimeZone
        if let name = cells[.zone]?.trimmingCharacters(in: .whitespaces) {
            guard let named = TimeZone(identifier: name) else { throw SheetError.line(line, .badZone(name)) }
            zone = named
        } else {
            zone = userZone
        }
        guard let occurredAt = SheetTime.parse(when, zone: zones[.occurredAt] ?? zone)?.date else { throw SheetError.line(line, .badTime(when, column: .occurredAt)) }

        var draft = ContactDraft(organization: organization, occurredAt: occurredAt, zone: zone.identifier)
        draft.newOrganization = infer(organization)
        if let channel = cells[.channel] {
            guard let parsed = Channel(userInput: channel) else { throw SheetError.line(line, .badChannel(channel)) }
            draft.channel = parsed
        }
        if let direction = cells[.direction] {
            guard let parsed = Direction(userInput: direction) else { throw SheetError.line(line, .badDirection(direction)) }
            draft.direction = parsed
        }
        draft.address = cells[.number]
        draft.agent = cells[.agent]
        draft.reference = cells[.reference]
        draft.summary = cells[.summary]
        draft.advice = cells[.advice]
        draft.outcome = cells[.outcome]
        switch (cells[.promise], cells[.due]) {
        case let (promise?, due?):
            let dueAt = try SheetTime.parse(due, zone: zones[.due] ?? zone).flatMap { $0.hasTime ? $0.date : nil }
                ?? resolveDue(due, occurredAt, organization)
            draft.promises = [PromiseDraft(text: promise, dueAt: dueAt, dueWords: due)]
        case (_?, nil): throw SheetError.line(line, .promiseWithoutDue)
        case (nil, _?): throw SheetError.line(line, .dueWithoutPromise)
        case (nil, nil): break
        }
        draft.uuid = rowUUID(organization: organization, occurredAt: occurredAt, summary: draft.summary)
        return Row(line: line, draft: draft, caseTitle: cells[.caseTitle])
    }

    /// A fixed namespace for `rowUUID` (a random UUID chosen once; never change it, or imported
    /// rows would no longer be recognised).
    static let namespace: [UInt8] = [0x6b, 0x0f, 0x4c, 0x52, 0x8e, 0x1d, 0x4b, 0x7a, 0x9b, 0x33, 0x3e, 0x54, 0x0d, 0x2a, 0x77, 0x15]

    /// The contact's uuid for a row: a UUIDv5 (RFC 9562, SHA-1 in the namespace above) of the
    /// organization's matching key, the time in Unix seconds and the summary, joined by U+001F.
    static func rowUUID(organization: String, occurredAt: Date, summary: String?) -> String {
        let name = [NameKey.of(organization), String(Int64(occurredAt.timeIntervalSince1970.rounded(.down))), summary ?? ""]
            .joined(separator: "\u{1F}")
        var bytes = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}

/// What `import FILE.csv` did.
public struct SheetImportReport: Sendable, Encodable {
    public var imported: [Int64] = []
    /// Rows whose contact was already in the journal.
    public var skippedLines: [Int] = []
    public var createdOrganizations = 0
    public var openedCases = 0
}

extension JournalStore {
    // MARK: - Writes

    /// Writes every row of `sheet` in one transaction, through `log`'s own path; rows already in
    /// the journal are skipped. Any refusal names its line and leaves the journal unchanged.
    public func importContactSheet(_ sheet: ContactSheetImport, now: Date) throws -> SheetImportReport {
        let prepared = try sheet.rows.map { row in
            do { return (row, try LogRows(row.draft, now: now)) } catch { throw SheetError.line(row.line, .refused(error.localizedDescription)) }
        }
        return try write { db in
            var report = SheetImportReport()
            for (row, rows) in prepared {
                do {
                    if try Self.alreadyImported(db, row.draft, uuid: rows.contact.uuid) {
                        report.skippedLines.append(row.line)
                        continue
                    }
                    var draft = row.draft
                    if let title = row.caseTitle {
                        draft.caseChoice = try Self.openCase(db, titled: title, organization: row.draft.organization!).map(CaseChoice.existing)
                            ?? .new(title: title)
                    }
                    let (logged, _) = try Self.insertLog(db, rows, draft: draft, now: now)
                    report.imported.append(logged.contact.id!)
                    if logged.createdOrganization { report.createdOrganizations += 1 }
                    if logged.openedCase { report.openedCases += 1 }
                } catch let error as SheetError {
                    throw error
                } catch {
                    throw SheetError.line(row.line, .refused(error.localizedDescription))
                }
            }
            return report
        }
    }

    /// Whether the row's contact is in the journal: by its derived uuid, or by the same
    /// organization (name or alias), time and summary.
    private static func alreadyImported(_ db: Database, _ draft: ContactDraft, uuid: String) throws -> Bool {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM contact WHERE uuid = ?)", arguments: [uuid]) == true { return true }
        guard let name = draft.organization, let organizationID = try organizationID(db, named: name) else { return false }
        return try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM contact k JOIN case_file c ON c.id = k.case_id
                           WHERE c.organization_id = ? AND k.occurred_at = ? AND k.summary IS ?)
            """, arguments: [organizationID, Int64(draft.occurredAt.timeIntervalSince1970.rounded(.down)), draft.summary]) == true
    }

    /// The organization's open case with this title, the oldest when several share it.
    private static func openCase(_ db: Database, titled title: String, organization name: String) throws -> Int64? {
        guard let organizationID = try organizationID(db, named: name) else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT id FROM case_file WHERE organization_id = ? AND status = 'open' AND title = ? ORDER BY id LIMIT 1",
                                  arguments: [organizationID, title])
    }
}
