import Escalation
import Journal

/// The words for what `log` guessed about a new organization, in English and Chinese, kept
/// together so the message catalog can take them over whole.
enum InferenceWords {
    enum Language { case en, zh }

    static func kind(_ kind: OrganizationKind, _ language: Language) -> String { DraftWords.kind(kind, language == .zh ? .zh : .en) }

    /// "  guessed: kind wallet, jurisdiction CN; wrong? recourse org edit 1 --kind … --jurisdiction …",
    /// or nil when nothing was guessed.
    static func line(_ organization: Organization, guessed: OrganizationInference, _ language: Language) -> String {
        let id = organization.id ?? 0
        var parts: [String] = []
        if guessed.kind != nil { parts.append(language == .en ? "kind \(kind(organization.kind, .en))" : "类型 \(kind(organization.kind, .zh))") }
        if let jurisdiction = guessed.jurisdiction { parts.append(language == .en ? "jurisdiction \(jurisdiction)" : "所属地区 \(jurisdiction)") }
        let fix = "recourse org edit \(id) --kind KIND --jurisdiction CODE"
        guard !parts.isEmpty else {
            return language == .en ? "  kind and jurisdiction unknown; set them with: \(fix)"
                : "  未能判断类型和所属地区；请用以下命令设置：\(fix)"
        }
        if guessed.kind == nil { parts.append(language == .en ? "kind unknown" : "类型未知") }
        return language == .en ? "  guessed \(parts.joined(separator: ", ")); if wrong: \(fix)"
            : "  推断为\(parts.joined(separator: "，"))；如有误：\(fix)"
    }
}
