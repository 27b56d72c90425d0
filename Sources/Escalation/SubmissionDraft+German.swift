import Foundation

/// A submission to a German dispute scheme: the application the Finanzschlichtungsstellenverordnung
/// asks for (§ 7(1): in German, in text form, the dispute, a concrete request, and the applicant's
/// declaration that no court or other scheme has the dispute), rendered with `regulator.de`.
///
/// Recourse speaks no German, so only the frame and the declaration are German, fixed text in the
/// template; the facts stay in the draft's language and `--check` tells the user to have them
/// translated (`body-language`). Nothing in the letter hedges: doubts go to the user.
extension SubmissionDraft {
    /// True when the body works in German: the draft is the German application.
    var isGermanApplication: Bool { appClaim == nil && (body.languages ?? []).contains("de") }

    /// The template's name: `regulator.de` for a German scheme, else the kind and the draft's language.
    public var templateName: String { isGermanApplication ? "regulator.de" : "\(draftKind.rawValue).\(draftLanguage.rawValue)" }

    /// The German letter's own facts, added to `context`.
    var germanContext: [String: Any] {
        let caseFile = timeline.caseFile
        var context: [String: Any] = [
            "de_recipient": body.names.de ?? body.names.en,
            "de_date": Self.germanDate(words.date, zone: words.zone),
            "de_facts": chronology,
        ]
        context["de_address"] = body.channels.first { $0.kind == "letter" }?.address
        context["de_postal_address"] = profile["address"].map(words.plain)
        context["de_account"] = caseFile.accountRef.map(words.sensitive)
        context["de_remedy"] = caseFile.desiredOutcome.map(words.text)
        context["de_amount"] = caseFile.amountMinor.map { words.money($0, caseFile.currency ?? "") }
        if let complaint = deadline.complaint {
            context["de_complaint_date"] = Self.germanDate(complaint.submittedAt, zone: words.zone)
            context["de_complaint_reference"] = complaint.reference.map(words.text)
        }
        return context
    }

    /// "06.12.2026", as German letters date.
    static func germanDate(_ date: Date, zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        return String(format: "%02d.%02d.%04d", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0)
    }
}
