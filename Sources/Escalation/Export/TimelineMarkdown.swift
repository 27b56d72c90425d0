import Foundation
import Journal
import Lexicon

/// `export --format md`: a readable timeline of every case (or one), for sharing.
///
/// One section per case (organization and status in its heading), each contact dated in the
/// user's zone with its channel, agent, reference and what was said, the promises made in it
/// and what became of them, the evidence with its SHA-256, and the case's complaints and
/// submissions. Headings come from the catalog in the user's language; the sentences about
/// promises and every value are `DraftWords`', so numbers are masked and text escaped exactly
/// as in a draft (`--no-redact` shows them).
public struct TimelineMarkdown: Sendable {
    public let text: String

    /// - Parameters:
    ///   - now: the export's moment: "late" and "not yet due" are said as of it.
    ///   - profile: the user's details; its ID number is masked wherever it appears.
    ///   - bodyName: a body's name from its id (`cn.nfra` → 国家金融监督管理总局), the id when unknown.
    public init(cases: [SheetCase], zone: TimeZone, now: Date, redact: Bool, profile: UserProfile,
                bodyName: (String) -> String) {
        let base = DraftWords(language: Language.current, zone: zone, date: now, redact: redact)
        var lines = ["# " + Message.mdTitle.text(), "", Message.mdExported.text(base.timeline(now), zone.identifier)]
        if cases.isEmpty { lines += ["", Message.mdNoCases.text()] }
        for sheetCase in cases {
            let timeline = sheetCase.timeline
            let words = base.knowing(timeline, submissions: sheetCase.submissions, profile: profile).aboutFirm(timeline.organization.name)
            lines += [""] + Self.caseSection(sheetCase, words: words, bodyName: bodyName)
        }
        if redact { lines += ["", "---", "", Message.mdRedactionNote.text()] }
        text = lines.joined(separator: "\n") + "\n"
    }

    private static func caseSection(_ sheetCase: SheetCase, words: DraftWords, bodyName: (String) -> String) -> [String] {
        let timeline = sheetCase.timeline, caseFile = timeline.caseFile
        var lines = ["## " + Message.mdCaseHeading.text(caseFile.id!, words.text(caseFile.title), words.text(timeline.organization.name),
                                                        caseFile.status.words), ""]
        var opened = Message.mdOpened.text(words.timeline(caseFile.openedAt))
        if let closed = caseFile.closedAt { opened += (Language.current == .zh ? "，" : ", ") + Message.mdClosed.text(words.timeline(closed)) }
        lines.append(opened)
        if timeline.entries.isEmpty { lines += ["", Message.mdNoContacts.text()] }
        let promiseLines = Dictionary(grouping: words.promiseLines(timeline), by: \.contactID)
        for entry in timeline.entries {
            let contact = entry.contact
            var heading = [words.timeline(contact.occurredAt), contact.channel.words + (contact.direction == .inbound ? Message.inboundMark.text() : "")]
            if let agent = contact.agent { heading.append(words.agent(agent)) }
            lines += ["", "### " + heading.joined(separator: " · "), ""]
            let fields: [(SheetColumn, String?)] = [(.number, contact.address), (.reference, contact.reference), (.summary, contact.summary),
                                                    (.advice, contact.advice), (.outcome, contact.outcome)]
            for case let (column, value?) in fields {
                lines.append("- " + column.heading + (Language.current == .zh ? "：" : ": ") + words.text(value))
            }
            // The warnings travel with the contact: what `log` flagged, and an impersonation mark.
            for flag in sheetCase.flags[contact.id!] ?? [] {
                lines.append("- " + flag.kind.words + (Language.current == .zh ? "：" : ": ") + words.text(flag.message))
            }
            if let said = promiseLines[contact.id!] {
                lines.append("- " + Message.mdPromises.text() + (Language.current == .zh ? "：" : ":"))
                lines += said.map { "    - " + $0.line }
            }
            if !entry.attachments.isEmpty {
                lines.append("- " + Message.mdEvidence.text() + (Language.current == .zh ? "：" : ":"))
                lines += entry.attachments.map { "    - " + Message.mdEvidenceLine.text(words.text($0.displayName), words.size($0.size), $0.sha256) }
            }
        }
        if !sheetCase.submissions.isEmpty {
            lines += ["", "### " + Message.mdSubmissions.text(), ""]
            for submission in sheetCase.submissions {
                var line = Message.mdSubmissionLine.text(words.timeline(submission.submittedAt), words.text(bodyName(submission.body)),
                                                         submission.reference.map(words.text) ?? Message.mdNoReference.text(), submission.status.words)
                if let outcome = submission.outcome { line += Message.mdSubmissionOutcome.text(words.text(outcome)) }
                lines.append("- " + line)
            }
        }
        return lines
    }
}
