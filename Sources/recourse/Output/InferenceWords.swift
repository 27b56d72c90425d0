import Journal

/// The words for what `log` guessed about a new organization, in English and Chinese, kept
/// together so the message catalog can take them over whole.
enum InferenceWords {
    enum Language { case en, zh }

    static func kind(_ kind: OrganizationKind, _ language: Language) -> String {
        switch language {
        case .en: kind.rawValue
        case .zh:
            switch kind {
            case .bank: "银行"
            case .wallet: "钱包"
            case .payment: "支付机构"
            case .insurer: "保险公司"
            case .telecom: "电信运营商"
            case .shop: "商家"
            case .utility: "公用事业"
            case .transport: "交通运输"
            case .government: "政府部门"
            case .other: "其他"
            }
        }
    }

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
