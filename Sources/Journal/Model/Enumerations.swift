/// The closed vocabularies of the journal. Each mirrors a CHECK constraint in `Schema/`.

/// How a contact with the company happened.
public enum Channel: String, CaseIterable, Codable, Sendable {
    case phone, chat, app, web, email, wechat, weibo, letter, visit, sms, other

    /// Reads what a user types: the canonical name, a common English synonym or the Chinese word.
    public init?(userInput: String) {
        let key = userInput.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = Channel(rawValue: key) { self = exact; return }
        switch key {
        case "call", "tel", "telephone", "hotline", "电话", "热线", "来电", "致电": self = .phone
        case "online-chat", "online chat", "webchat", "live-chat", "livechat", "在线客服", "客服聊天": self = .chat
        case "in-app", "application", "应用", "客户端", "手机银行": self = .app
        case "website", "web-form", "online", "form", "网站", "网页", "官网": self = .web
        case "e-mail", "mail", "邮件", "电子邮件", "邮箱": self = .email
        case "weixin", "微信": self = .wechat
        case "微博": self = .weibo
        case "post", "信函", "信件", "书面", "邮寄": self = .letter
        case "branch", "in-person", "store", "到访", "网点", "柜台", "门店": self = .visit
        case "text", "短信": self = .sms
        case "其他": self = .other
        default: return nil
        }
    }

    /// The names accepted on the command line, for error messages.
    public static let acceptedNames = allCases.map(\.rawValue).joined(separator: ", ")
}

/// Who started the contact.
public enum Direction: String, CaseIterable, Codable, Sendable {
    /// I contacted them.
    case outbound
    /// They contacted me.
    case inbound

    public init?(userInput: String) {
        switch userInput.trimmingCharacters(in: .whitespaces).lowercased() {
        case "outbound", "out", "i-called", "me", "去电", "我方": self = .outbound
        case "inbound", "in", "they-called", "them", "来电", "对方": self = .inbound
        default: return nil
        }
    }
}

/// The life of a promise. Only `pending` promises can become overdue.
public enum PromiseStatus: String, CaseIterable, Codable, Sendable {
    case pending, kept, broken, superseded, cancelled
}

public enum CaseStatus: String, CaseIterable, Codable, Sendable {
    case open, closed
}

/// What an organization is, as far as the escalation routes care: since June 2024 a Chinese broker,
/// fund or futures firm goes to the CSRC, a non-bank payment firm or credit bureau to the PBOC, a bank
/// or insurer to the NFRA, an operator to MIIT; in the UK energy and broadband have their own ombudsmen.
/// `wallet` is a non-bank wallet (支付宝); a bank's own wallet or card is the bank's (`bank`).
public enum OrganizationKind: String, CaseIterable, Codable, Sendable {
    case bank, wallet, payment, insurer, telecom, shop, utility, transport, government, other
    case securities, fund, futures
    case creditReporting = "credit_reporting"
    case broadband, energy
    /// An e-commerce marketplace (淘宝, 京东, Amazon): the platform, not a seller on it.
    case platform
}

/// Which group of German banks a bank belongs to: each group runs its own recognised consumer
/// dispute scheme (private banks: BdB's Ombudsmann; public banks: VÖB's; savings banks: the
/// Sparkassen schemes; cooperative banks: BVR's), and a bank in none of them goes to the Bundesbank's
/// Schlichtungsstelle. It is a property of the firm, set with `org edit --sector` or read from an
/// unambiguous name (`OrganizationInference.sector(fromName:)`); nil when neither says.
public enum BankSector: String, CaseIterable, Codable, Sendable {
    case `private`, `public`, savings, cooperative
    /// In no private scheme: the statutory fallback scheme takes the bank.
    case noScheme = "none"
}

public enum CaseCategory: String, CaseIterable, Codable, Sendable {
    case network, app, account, transaction, fraud, billing, service, delivery, other
}
