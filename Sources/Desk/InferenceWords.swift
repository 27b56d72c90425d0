import Escalation
import Journal
import Lexicon

/// What `log` guessed about a new organization, in the user's language.
public enum InferenceWords {
    /// "  guessed kind wallet, jurisdiction CN; if wrong: recourse org edit 1 --kind KIND --jurisdiction CODE".
    public static func line(_ organization: Organization, guessed: OrganizationInference) -> String {
        // A German bank's group picks its dispute scheme: say which one the name gave, and how to set it.
        let germanBank = organization.kind == .bank && organization.jurisdiction?.uppercased() == "DE"
        let fix = "recourse org edit \(organization.id ?? 0) --kind KIND --jurisdiction CODE" + (germanBank ? " --sector GROUP" : "")
        var parts: [String] = []
        if guessed.kind != nil { parts.append(Message.inferredKind.text(DraftWords.kind(organization.kind, .current))) }
        if let jurisdiction = guessed.jurisdiction { parts.append(Message.inferredJurisdiction.text(jurisdiction)) }
        if germanBank { parts.append(Message.inferredSector.text(SectorWords.name(Router.sector(organization), .current))) }
        guard !parts.isEmpty else { return Message.inferredNothing.text(fix) }
        if guessed.kind == nil { parts.append(Message.inferredKindUnknown.text()) }
        return Message.inferredLine.text(parts.joined(separator: Message.clauseSeparator.text()), fix)
    }
}
