import Escalation
import Foundation
import Journal
import Lexicon
import Reminders

/// The drafts both skins make (`draft complaint|evidence`, the web's draft pages): the same
/// reading of the case, the same language choice, the same templates and formats.
public enum DraftReading {
    /// The draft's words: in `chosen` when the user named a language, else the recipient's
    /// (the body's, else the organization's jurisdiction), else the user's.
    public static func words(_ caseID: Int64, store: JournalStore, desk: Desk, body: BodyProfile? = nil,
                             language chosen: Language?, redact: Bool) throws -> DraftWords {
        let organization = try store.organization(ofCase: caseID)
        let jurisdiction = organization.flatMap { Language.recipientJurisdiction(body: body, organization: $0) }
        let language = chosen ?? Language.forRecipient(jurisdiction: jurisdiction, userLanguage: Language(rawValue: Language.current.rawValue))
        return DraftWords(language: language, zone: desk.zone, date: desk.now, redact: redact)
    }

    /// The complaint letter to the organization.
    public static func complaint(_ caseID: Int64, store: JournalStore, desk: Desk, words: DraftWords) throws -> ComplaintDraft {
        let calendars = try desk.calendarLibrary()
        return try ComplaintDraft.make(
            store: store, caseID: caseID, bodies: try desk.bodyLibrary(calendars: calendars), calendars: calendars,
            profile: try UserProfile.load(path: desk.configFolder + "/profile"), now: desk.now, zone: desk.zone,
            redact: words.redact, language: words.language)
    }

    /// The body `id`, or a not-found error listing the known ones.
    public static func body(_ id: String, in library: BodyLibrary) throws -> BodyProfile {
        guard let body = library.body(id) else {
            throw DeskError(.notFound, Message.noBody.text(id, library.bodies.map(\.id).joined(separator: ", ")))
        }
        return body
    }

    /// The bodies that take this case after the firm's own process (its country, the firm's kind,
    /// the case's category): what a regulator's draft may be addressed to.
    public static func bodies(for caseID: Int64, store: JournalStore, desk: Desk) throws -> [BodyProfile] {
        let timeline = try store.timeline(ofCase: caseID)
        let calendars = try desk.calendarLibrary()
        return Router(bodies: try desk.bodyLibrary(calendars: calendars), calendars: calendars)
            .candidates(for: timeline.organization, category: timeline.caseFile.category)
    }

    /// The submission to body `bodyID`, in the body's language unless `chosen`; refused, as
    /// `draft regulator` without `--force` refuses, while a precondition is unmet.
    public static func regulator(_ caseID: Int64, to bodyID: String, store: JournalStore, desk: Desk, language chosen: Language?,
                                 redact: Bool) throws -> (draft: SubmissionDraft, body: BodyProfile) {
        let calendars = try desk.calendarLibrary()
        let bodies = try desk.bodyLibrary(calendars: calendars)
        let body = try body(bodyID, in: bodies)
        let draft = try SubmissionDraft.make(store: store, caseID: caseID, body: body, bodies: bodies, calendars: calendars,
                                             profile: try UserProfile.load(path: desk.configFolder + "/profile"),
                                             words: try words(caseID, store: store, desk: desk, body: body, language: chosen, redact: redact))
        return (draft, body)
    }

    /// The evidence list: every contact, promise and file, with the journal's fingerprint.
    public static func evidence(_ caseID: Int64, store: JournalStore, desk: Desk, words: DraftWords) throws -> EvidenceDraft {
        let timeline = try store.timeline(ofCase: caseID)
        let known = words.knowing(timeline, submissions: try store.submissions(ofCase: caseID),
                                  profile: try UserProfile.load(path: desk.configFolder + "/profile"))
        return EvidenceDraft(timeline: timeline, words: known, fingerprint: try store.chainHead())
    }

    /// The document in the format named `format` (txt, md or html; md when unknown).
    public static func text(_ document: some DraftDocument, format: String, title: String, desk: Desk) throws -> String {
        try text(document, format: DraftFormat(rawValue: format) ?? .md, title: title, desk: desk)
    }

    /// The document in `format`, from the user's template when there is one (`template`: a file
    /// named on the command line).
    public static func text(_ document: some DraftDocument, format: DraftFormat, title: String, desk: Desk, template: String? = nil) throws -> String {
        let markdown = try document.render(userFolder: desk.configFolder + "/templates", explicit: template)
        return DraftFormatter.convert(markdown, to: format, title: title, language: document.draftLanguage)
    }
}
