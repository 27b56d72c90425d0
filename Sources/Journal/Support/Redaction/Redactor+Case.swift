import Foundation

extension Redactor {
    /// The redactor for text about one case, as drafts and the sharing exports (`export --format
    /// csv|md`) both mask it.
    ///
    /// The case's references and staff numbers (contacts' `--ref`, `--agent`, submissions'
    /// `--ref`) stay readable whatever they look like, and so does the firm's line the user dialled
    /// ("+49 221 555 0100"); a mobile number is a person's, and a card or ID typed as the number
    /// is the user's: both masked. `secrets` (the profile's ID number) and the case's account
    /// (`case edit --account`) are masked wherever they appear.
    public static func forCase(_ timeline: CaseTimeline, submissions: [Submission], secrets: [String], mask: String) -> Redactor {
        let firmLines = timeline.entries.map(\.contact).filter { $0.channel == .phone && $0.direction == .outbound }.compactMap(\.address)
            .filter { line in !isMobile(line) && Redactor().findings(in: line).allSatisfy { $0.kind == .phone } }
        let readable = timeline.entries.flatMap { [$0.contact.agent, $0.contact.reference] } + submissions.map(\.reference) + firmLines
        return Redactor(mask: mask, readable: readable.compactMap { $0 }, secrets: secrets + [timeline.caseFile.accountRef].compactMap { $0 })
    }
}
