import Desk
import Escalation
import Journal
import Lexicon
import Reminders

/// A case's timeline as a page: the same reading and the same words (`TimelineWords`,
/// `PromiseLine`, `ClockText`) as `recourse show`, one card per contact. Built with the page's
/// language current.
struct CaseHTML {
    let reading: CaseReading
    let time: TimeFormat

    func render() -> String {
        let (timeline, flags, facts, submissions, clocks) = (reading.timeline, reading.flags, reading.facts, reading.submissions, reading.clocks)
        var html = "<p class=\"lead\">\(HTML.escape(TimelineWords.header(timeline)))</p><p>\(HTML.escape(TimelineWords.since(timeline, time: time)))</p>"
        if let facts = TimelineWords.facts(facts, time: time) { html += "<p>\(HTML.escape(facts))</p>" }
        let successors = PromiseLine.successors(timeline)
        let contacts = Dictionary(uniqueKeysWithValues: timeline.entries.map { ($0.contact.id!, $0.contact) })
        for entry in timeline.entries {
            let contact = entry.contact
            html += "<article class=\"item\"><h2>\(HTML.escape(TimelineWords.contactParts(contact, time: time).joined(separator: " · ")))</h2>"
            for flag in flags[contact.id!] ?? [] {
                html += "<p class=\"late\"><strong>\(HTML.escape(flag.kind.words))</strong> · \(HTML.escape(flag.message))</p>"
            }
            let texts = TimelineWords.texts(contact)
            if !texts.isEmpty {
                html += "<dl>" + texts.map { "<dt>\(HTML.escape($0.label))</dt><dd class=\"text\">\(HTML.escape($0.text))</dd>" }.joined() + "</dl>"
            }
            if !entry.promises.isEmpty {
                html += "<ul class=\"promises\">" + entry.promises.map { promise in
                    let line = PromiseLine(promise, successor: successors[promise.id!], contacts: contacts, time: time)
                    return "<li>\(HTML.escape(line.head)) · <span class=\"\(tone(line.tone))\">\(HTML.escape(line.fate))</span>\(HTML.escape(line.tail))</li>"
                }.joined() + "</ul>"
            }
            if !entry.attachments.isEmpty {
                html += "<ul class=\"evidence\">" + entry.attachments.map { "<li>\(HTML.escape(TimelineWords.evidence($0)))</li>" }.joined() + "</ul>"
            }
            html += "</article>"
        }
        if !submissions.isEmpty {
            html += "<section><h2>\(HTML.escape(Message.submissionsHeading.text()))</h2><ul class=\"items\">"
            for item in submissions {
                let line = TimelineWords.submission(item, bodyName: reading.bodyName(item.body), time: time)
                html += "<li class=\"item\">\(HTML.escape(line))</li>"
            }
            html += clocks.map { "<li class=\"item\">\(HTML.escape(ClockText.line($0, time: time)))</li>" }.joined() + "</ul></section>"
        }
        return html
    }

    private func tone(_ tone: PromiseLine.Tone) -> String {
        switch tone {
        case .late, .broken: "late"
        case .pending: "pending"
        case .kept: "kept"
        case .plain: "plain"
        }
    }
}
