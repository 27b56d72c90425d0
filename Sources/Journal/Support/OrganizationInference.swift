import Foundation

/// What `log` can tell about a new organization from what the user typed and where they are.
///
/// A wrong kind or jurisdiction silently changes every draft (an English letter to a Chinese
/// wallet, SAMR offered for a bank dispute), so the kind is only guessed when the name says it
/// unambiguously, and what was guessed is shown in the confirmation line for the user to correct
/// with `org edit`.
public struct OrganizationInference: Sendable, Equatable, Codable {
    public var kind: OrganizationKind?
    public var jurisdiction: String?

    public init(kind: OrganizationKind? = nil, jurisdiction: String? = nil) {
        self.kind = kind
        self.jurisdiction = jurisdiction
    }

    /// Name fragments and the kind each one means, most specific first: "支付宝" is a wallet even
    /// though it is not a bank, "银行卡" in a name is still a bank.
    static let kindWords: [(words: [String], kind: OrganizationKind)] = [
        (["数字人民币", "e-cny", "ecny", "钱包", "wallet", "支付宝", "alipay", "微信支付", "wechat pay", "paypal", "venmo"], .wallet),
        (["支付", "pay", "财付通", "银联", "unionpay", "stripe", "klarna"], .payment),
        (["征信", "百行", "credit bureau", "credit reference", "experian", "equifax", "transunion"], .creditReporting),
        (["证券", "securities", "brokerage", "stockbroker"], .securities),
        (["期货", "futures"], .futures),
        (["基金", "fund", "funds"], .fund),
        (["保险", "人寿", "财险", "insurance", "assurance", "insurer"], .insurer),
        (["银行", "农信", "信用社", "bank", "building society", "credit union"], .bank),
        (["宽带", "broadband", "fibre", "fiber"], .broadband),
        (["移动", "联通", "电信", "广电", "mobile", "telecom", "unicom", "vodafone", "verizon", "at&t", "t-mobile"], .telecom),
        (["电力", "供电", "电网", "燃气", "煤气", "energy", "electric", "electricity", "gas"], .energy),
        (["水务", "自来水", "热力", "water"], .utility),
        (["航空", "铁路", "12306", "地铁", "公交", "滴滴", "airline", "airways", "railway", "rail", "uber"], .transport),
        (["淘宝", "天猫", "京东", "拼多多", "抖音商城", "amazon", "ebay", "temu", "aliexpress"], .platform),
        (["商城", "超市", "旗舰店", "shop", "store", "market"], .shop),
        (["政府", "税务", "社保", "公安", "council", "hmrc", "dvla", "irs"], .government),
    ]

    /// The kind the name states, when exactly one kind matches; nil when none or several do.
    ///
    /// "Pay" matches only as a word (so "Paysafe" and "Payne's Shop" stay unguessed unless another
    /// word decides), and a wallet word wins over the payment words it contains ("微信支付").
    public static func kind(fromName name: String) -> OrganizationKind? {
        let lower = name.lowercased()
        var found: [OrganizationKind] = []
        for entry in kindWords where entry.words.contains(where: { contains(lower, $0) }) {
            found.append(entry.kind)
        }
        if found.first == .wallet { found.removeAll { $0 == .payment || $0 == .bank } }
        if found.first == .payment, found.contains(.bank) { return nil }
        // A named platform wins over the shop words in its own name ("京东商城", "Amazon Store").
        if found.contains(.platform) { found.removeAll { $0 == .shop } }
        // "中国移动宽带" is the operator's broadband: broadband, not the mobile line.
        if found.contains(.broadband) { found.removeAll { $0 == .telecom } }
        // German bank names are compounds ("Kreissparkasse", "Volksbank"), which the word test above
        // cannot see: a name that states a banking group names a bank.
        if found.isEmpty, sector(fromName: name) != nil { return .bank }
        return found.count == 1 ? found[0] : nil
    }

    /// Name fragments that state a German bank's group, and the group: compounds are found anywhere
    /// in the name ("Kreissparkasse Köln", "Berliner Volksbank"). Only what the name says unambiguously:
    /// a bank whose name says none of these gets nil, and the user sets it with `org edit --sector`.
    static let sectorWords: [(words: [String], sector: BankSector)] = [
        (["sparkasse"], .savings),
        (["volksbank", "raiffeisenbank", "vr-bank", "vr bank", "genossenschaftsbank"], .cooperative),
        (["landesbank"], .public),
        // Members of the Bundesverband deutscher Banken, whose scheme is the Ombudsmann der privaten Banken.
        (["deutsche bank", "commerzbank", "postbank", "hypovereinsbank", "targobank", "comdirect"], .private),
    ]

    /// The German banking group a bank's name states, when exactly one group matches; nil otherwise.
    ///
    /// A Bausparkasse is no savings bank (building societies have schemes of their own), and the
    /// Landesbank Berlin, a public bank, takes part in the savings banks' scheme (dsgv.de: "Beigetreten
    /// sind außerdem die Landesbank Berlin AG …").
    public static func sector(fromName name: String) -> BankSector? {
        let lower = name.lowercased()
        if lower.contains("bausparkasse") { return nil }
        if lower.contains("landesbank berlin") { return .savings }
        let found = Set(sectorWords.filter { entry in entry.words.contains { lower.contains($0) } }.map(\.sector))
        return found.count == 1 ? found.first : nil
    }

    /// The group that decides a bank's dispute scheme: the one the user set, else the one its name states.
    public static func sector(of organization: Organization) -> BankSector? {
        organization.sector ?? sector(fromName: organization.name)
    }

    /// The jurisdiction a business-day region stands for: `GB-ENG` → `GB`; nil for `WEEKDAYS`.
    public static func jurisdiction(fromRegion region: String?) -> String? {
        guard let region = region?.uppercased(), !region.isEmpty, region != "WEEKDAYS" else { return nil }
        let head = String(region.split(separator: "-").first ?? "")
        switch head {
        case "UK": return "GB"
        case "CHN", "PRC", "ZH": return "CN"
        case "USA": return "US"
        default: return head.count == 2 ? head : nil
        }
    }

    /// Both guesses for a new organization named `name`, the user's region being `region`.
    public static func infer(name: String, region: String?) -> OrganizationInference {
        OrganizationInference(kind: kind(fromName: name), jurisdiction: jurisdiction(fromRegion: region))
    }

    /// Latin words must stand alone ("pay" in "Apple Pay", not in "Paynter"); Chinese words are
    /// found anywhere, as Chinese names have no spaces.
    private static func contains(_ name: String, _ word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy(\.isASCII) else { return name.contains(word) }
        var searchRange = name.startIndex..<name.endIndex
        while let range = name.range(of: word, range: searchRange) {
            let before = range.lowerBound == name.startIndex ? nil : name[name.index(before: range.lowerBound)]
            let after = range.upperBound == name.endIndex ? nil : name[range.upperBound]
            let isEdge: (Character?) -> Bool = { character in
                guard let character else { return true }
                return !(character.isASCII && (character.isLetter || character.isNumber))
            }
            if isEdge(before) && isEdge(after) { return true }
            searchRange = range.upperBound..<name.endIndex
        }
        return false
    }
}
