import Foundation
import Lexicon

/// `export --format csv`: the journal as two spreadsheet files, for people who keep records in
/// Excel, WPS or Numbers.
///
/// `contacts.csv` has one row per contact with its case and organization; `promises.csv` one row
/// per promise, linked to its contact's row by the contact number. Both are UTF-8 with a BOM,
/// CRLF, RFC 4180 quoting, headings in the user's language, and formula cells disarmed (see
/// `CSVText`). Times are the user's local time, the zone named in the column's heading
/// (`SheetTime.format`), so a spreadsheet shows them as dates and a later import reads the same
/// instant; the zone column is the one the contact was lived in.
/// Free text is masked like a draft's unless `redact` is off: these files are for sharing.
public struct ContactSheets: Sendable {
    public static let contactsName = "contacts.csv"
    public static let promisesName = "promises.csv"

    public let contacts: Data
    public let promises: Data

    /// - Parameters:
    ///   - zone: the user's zone, in which times are written.
    ///   - secrets: the user's own identifiers (the profile's ID number), masked wherever they appear.
    public init(cases: [SheetCase], zone: TimeZone, redact: Bool, secrets: [String]) {
        // A masked export says so in its first row, so nobody takes it for a copy of the journal and
        // `import` refuses it (its numbers are `****`: importing it would add masked duplicates).
        let notice = redact ? [[Self.maskedNotice()]] : []
        var contactRows = notice + [SheetColumn.contactColumns.map { $0.heading(zone: zone) }]
        var promiseRows = notice + [SheetColumn.promiseColumns.map { $0.heading(zone: zone) }]
        for sheetCase in cases {
            let timeline = sheetCase.timeline
            let redactor = sheetCase.redactor(redact: redact, secrets: secrets, mask: "****")
            func text(_ value: String?) -> String { value.map { redactor?.redact($0) ?? $0 } ?? "" }
            func time(_ date: Date?) -> String { date.map { SheetTime.format($0, zone: zone) } ?? "" }
            let caseFile = timeline.caseFile
            for entry in timeline.entries {
                let contact = entry.contact
                contactRows.append(SheetColumn.contactColumns.map { column in
                    switch column {
                    case .contactID: String(contact.id!)
                    case .caseID: String(caseFile.id!)
                    case .caseTitle: text(caseFile.title)
                    case .caseStatus: caseFile.status.words
                    case .organization: timeline.organization.name
                    case .occurredAt: time(contact.occurredAt)
                    case .zone: contact.zone
                    case .channel: contact.channel.words
                    case .direction: contact.direction.sheetWords
                    case .number: text(contact.address)
                    case .agent: contact.agent ?? ""
                    case .reference: contact.reference ?? ""
                    case .summary: text(contact.summary)
                    case .advice: text(contact.advice)
                    case .outcome: text(contact.outcome)
                    case .attachments: String(entry.attachments.count)
                    default: ""
                    }
                })
                for promise in entry.promises {
                    promiseRows.append(SheetColumn.promiseColumns.map { column in
                        switch column {
                        case .promiseID: String(promise.id!)
                        case .contactID: String(contact.id!)
                        case .caseID: String(caseFile.id!)
                        case .promise: text(promise.text)
                        case .due: time(promise.dueAt)
                        case .dueWords: text(promise.dueWords)
                        case .promiseStatus: promise.status.words
                        case .resolvedAt: time(promise.resolvedAt)
                        case .note: text(promise.note)
                        case .supersedes: promise.supersedesId.map { String($0) } ?? ""
                        default: ""
                        }
                    })
                }
            }
        }
        contacts = CSVText.encode(contactRows)
        promises = CSVText.encode(promiseRows)
    }

    /// The first row of a masked export, in the user's language.
    public static func maskedNotice() -> String { Message.exportMaskedHeader.text() }

    /// Whether `cell` is a masked export's notice, in any language (a file exported in Chinese
    /// may be imported with the interface in English).
    static func isMaskedNotice(_ cell: String) -> Bool {
        Language.allCases.contains { Message.exportMaskedHeader.form(in: $0) == cell }
    }

    /// `import --template csv`: the import columns' headings in the user's language and one example row.
    ///
    /// Times are written as an export writes them (`SheetTime.format`, the zone named in the
    /// heading), so a filled-in template and an export read the same; import also takes the older
    /// form without the zone in the heading.
    public static func template(zone: TimeZone) -> Data {
        let example: [String] = SheetColumn.importColumns.map { column in
            switch column {
            case .organization: Message.sheetExampleOrganization.text()
            case .caseTitle: Message.sheetExampleCaseTitle.text()
            case .occurredAt: Self.exampleTime(zone: zone)
            case .zone: zone.identifier
            case .channel: Channel.phone.words
            case .direction: Direction.outbound.sheetWords
            case .number: "95566"
            case .agent: Message.sheetExampleAgent.text()
            case .reference: "CS20261116-88"
            case .summary: Message.sheetExampleSummary.text()
            case .advice: Message.sheetExampleAdvice.text()
            case .promise: Message.sheetExamplePromise.text()
            case .due: Message.sheetExampleDue.text()
            default: ""
            }
        }
        return CSVText.encode([SheetColumn.importColumns.map { $0.heading(zone: zone) }, example])
    }

    /// 16 November 2026, 10:00 on the wall clock of `zone`, as an export writes it.
    static func exampleTime(zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let date = calendar.date(from: DateComponents(year: 2026, month: 11, day: 16, hour: 10))!
        return SheetTime.format(date, zone: zone)
    }
}

extension Direction {
    /// The direction as a spreadsheet cell: "outbound" / "去电"; import reads either.
    var sheetWords: String { self == .outbound ? Message.sheetOutbound.text() : Message.sheetInbound.text() }
}
