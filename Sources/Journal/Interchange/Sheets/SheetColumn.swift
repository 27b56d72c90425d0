import Foundation
import Lexicon

/// A column of the spreadsheet files, with its heading in each language.
///
/// Headings are written in the user's language; on import a heading in any language the
/// catalog speaks is accepted, so a sheet exported under `zh` imports under `en` and back.
public enum SheetColumn: String, CaseIterable, Sendable {
    case contactID, caseID, caseTitle, caseStatus, organization, occurredAt, zone, channel, direction, number, agent,
         reference, summary, advice, outcome, attachments
    case promiseID, promise, due, dueWords, promiseStatus, resolvedAt, note, supersedes

    private var message: Message {
        switch self {
        case .contactID: .sheetContactID
        case .caseID: .sheetCaseID
        case .caseTitle: .sheetCaseTitle
        case .caseStatus: .sheetCaseStatus
        case .organization: .sheetOrganization
        case .occurredAt: .sheetOccurredAt
        case .zone: .sheetZone
        case .channel: .sheetChannel
        case .direction: .sheetDirection
        case .number: .sheetNumber
        case .agent: .sheetAgent
        case .reference: .sheetReference
        case .summary: .sheetSummary
        case .advice: .sheetAdvice
        case .outcome: .sheetOutcome
        case .attachments: .sheetAttachments
        case .promiseID: .sheetPromiseID
        case .promise: .sheetPromise
        case .due: .sheetDue
        case .dueWords: .sheetDueWords
        case .promiseStatus: .sheetPromiseStatus
        case .resolvedAt: .sheetResolvedAt
        case .note: .sheetNote
        case .supersedes: .sheetSupersedes
        }
    }

    /// The heading in the user's language.
    public var heading: String { message.text() }

    /// The heading in `language`.
    public func heading(in language: Language) -> String { message.text(in: language) }

    /// Whether the column holds a time, which an export writes as the wall clock of one zone.
    var isTime: Bool { [.occurredAt, .due, .resolvedAt].contains(self) }

    /// The heading as an export writes it: a time column names the zone its times are in
    /// ("发生时间（Asia/Shanghai）"), so the cells can be plain local times a spreadsheet reads as such.
    public func heading(zone: TimeZone) -> String {
        isTime ? Message.sheetTimeInZone.text(heading, zone.identifier) : heading
    }

    /// `contacts.csv`: one row per contact with its case and organization.
    public static let contactColumns: [SheetColumn] = [
        .contactID, .caseID, .caseTitle, .caseStatus, .organization, .occurredAt, .zone, .channel, .direction, .number,
        .agent, .reference, .summary, .advice, .outcome, .attachments,
    ]

    /// `promises.csv`: one row per promise, linked to its contact's row by `contactID`.
    public static let promiseColumns: [SheetColumn] = [
        .promiseID, .contactID, .caseID, .promise, .due, .dueWords, .promiseStatus, .resolvedAt, .note, .supersedes,
    ]

    /// What `import FILE.csv` reads, in the template's order.
    public static let importColumns: [SheetColumn] = [
        .organization, .caseTitle, .occurredAt, .zone, .channel, .direction, .number, .agent, .reference, .summary, .advice,
        .outcome, .promise, .due,
    ]

    /// Columns of `contacts.csv` that import reads past: the exported file imports as it is.
    static let ignoredOnImport: Set<SheetColumn> = [.contactID, .caseID, .caseStatus, .attachments]

    /// A heading read back: its column and, for a time column whose heading names a zone in
    /// brackets (half- or full-width), that zone, in which its cells' times are read.
    static func reading(_ heading: String) -> (column: SheetColumn, zone: TimeZone?)? {
        if let column = named(heading) { return (column, nil) }
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        guard let close = trimmed.last, close == ")" || close == "）",
              let open = trimmed.lastIndex(where: { $0 == (close == ")" ? "(" : "（") }) else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(in: .whitespaces)
        guard let zone = TimeZone(identifier: inner), let column = named(String(trimmed[..<open])), column.isTime else { return nil }
        return (column, zone)
    }

    /// The column a heading names, in any language, ignoring case and surrounding spaces.
    static func named(_ heading: String) -> SheetColumn? {
        let key = heading.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { column in Language.allCases.contains { column.heading(in: $0).lowercased() == key } }
    }
}
