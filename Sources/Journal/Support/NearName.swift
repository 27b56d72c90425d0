import Foundation

/// Whether a new organization name is probably one the journal already knows, typed differently.
///
/// `log 数字人民币 …` beside an existing `数字人民币钱包` is far more often the same company than a
/// new one. Three signs, on `NameKey`-normalised names: one contains the other; they are equal
/// once legal suffixes (有限公司, Ltd, Inc…) are dropped; or they are a small edit apart.
public enum NearName {
    /// Legal-form suffixes that do not tell companies apart, longest first so that
    /// 股份有限公司 is dropped whole rather than leaving 股份.
    static let suffixes = [
        "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团",
        " limited", " ltd.", " ltd", " plc", " inc.", " inc", " llc", " corp.", " corp", " co.", " co", " gmbh", " ag", " sa",
        "limited", "ltd.", "ltd", "plc", "inc.", "inc", "llc", "corp.", "corp", "gmbh",
    ]

    /// Words inside many companies' names, too common to say two names are the same company.
    static let genericWords: Set<String> = ["银行", "保险", "证券", "支付", "钱包", "客服", "商城", "金融", "科技", "网络", "电子",
                                            "中国", "公司", "集团", "电信", "航空", "快递", "物流"]

    /// True when `candidate` looks like another spelling of `known`.
    public static func isNear(_ candidate: String, _ known: String) -> Bool {
        let a = NameKey.of(candidate), b = NameKey.of(known)
        guard a != b, !a.isEmpty, !b.isEmpty else { return false }
        // Traditional and simplified spellings are one name: 中國移動 is 中国移动.
        let (coreA, coreB) = (ChineseFolding.simplified(core(a)), ChineseFolding.simplified(core(b)))
        if coreA == coreB { return true }
        // Containment, either way, only counts when the shorter part is substantial: "银行" is
        // inside every bank, but 移动 is 中国移动 and 京东 is beside 京东金融 (brand and subsidiary).
        let (shorter, longer) = coreA.count <= coreB.count ? (coreA, coreB) : (coreB, coreA)
        let wide = longer.unicodeScalars.contains { $0.value >= 0x2E80 }
        let substantial = wide ? shorter.count >= 2 && !genericWords.contains(shorter) : shorter.count >= 3
        if substantial, longer.contains(shorter) { return true }
        // A Chinese character carries more than a letter: 中国银行 and 中信银行 are different banks.
        // One wrong character at the end of a shared start is a typo (中国移东 for 中国移动).
        let sharedStart = zip(coreA, coreB).prefix { $0 == $1 }.count
        let allowed = wide ? (longer.count >= 6 || (longer.count >= 4 && sharedStart >= 3) ? 1 : 0)
            : (longer.count >= 8 ? 2 : (longer.count >= 4 ? 1 : 0))
        return allowed > 0 && EditDistance.between(coreA, coreB) <= allowed
    }

    /// The name with legal-form suffixes and surrounding punctuation dropped.
    static func core(_ key: String) -> String {
        var name = key.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        var dropped = true
        while dropped {
            dropped = false
            for suffix in suffixes where name.hasSuffix(suffix) && name.count > suffix.count {
                name = String(name.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                dropped = true
                break
            }
        }
        return name
    }
}
