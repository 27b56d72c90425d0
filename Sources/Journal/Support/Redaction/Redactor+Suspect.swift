import Foundation

extension Redactor {
    /// The numbers, accounts and links a fraudster used, as written in `texts` (what an
    /// impersonation's summary, advice and agent say): what the police report and the bank
    /// request send readable, and `--check` lists as such.
    ///
    /// Whose number it is decides, not what it looks like: "对方用 170 1234 5678 来电，让我转到
    /// 6222 0212 3456 7890 123" gives both numbers. Left out, so they stay masked: a number the user
    /// labels as their own ("我的卡 6217…", "本人账户", "my card"), this redactor's secrets (the
    /// profile's ID number, the case's `--account`), and identity numbers of any kind (an ID,
    /// passport or SSN a fraudster quoted to sound genuine is the victim's).
    public func suspectValues(in texts: [String]) -> [String] { suspects(in: texts).map(\.value) }

    /// The accounts among them (cards, account numbers, IBANs): where the money went, for the
    /// report's and the request's list of the fraudster's accounts.
    public func suspectAccounts(in texts: [String]) -> [String] { suspects(in: texts).filter { $0.kind.map(Self.accountKinds.contains) ?? false }.map(\.value) }

    /// The phones among them: how the fraudster reached the user.
    public func suspectPhones(in texts: [String]) -> [String] { suspects(in: texts).filter { $0.kind == .phone }.map(\.value) }

    /// Each value with what it is (nil for a link), in the order written, once.
    private func suspects(in texts: [String]) -> [(kind: SensitiveKind?, value: String)] {
        var values: [(kind: SensitiveKind?, value: String)] = []
        for text in texts {
            for finding in findings(in: text) where Self.suspectKinds.contains(finding.kind) {
                guard let range = text.range(of: finding.original) else { continue }
                let before = String(text[text.index(range.lowerBound, offsetBy: -min(12, text.distance(from: text.startIndex, to: range.lowerBound)))..<range.lowerBound])
                if Self.ownWords.firstMatch(in: before, range: NSRange(before.startIndex..., in: before)) != nil { continue }
                values.append((finding.kind, finding.original))
            }
            values += Self.links.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { (nil, String(text[$0])) } }
        }
        var seen = Set<String>()
        return values.filter { seen.insert($0.value).inserted }
    }

    private static let accountKinds: Set<SensitiveKind> = [.card, .account, .iban]

    /// What a fraudster hands over: a phone, a card or account to pay into, an IBAN.
    private static let suspectKinds: Set<SensitiveKind> = [.phone, .card, .account, .iban]

    /// The user's own label just before a number, with nothing but words between ("我的卡 ", "本人账户", "my card ").
    private static let ownWords = try! NSRegularExpression(
        pattern: #"(?:我的|本人|自己的|\bmy\b|\bmine\b|\bown\b)[^0-9０-９]{0,8}$"#, options: [.caseInsensitive])

    /// Web links: with a scheme, after "www.", or a host under a common top-level domain.
    private static let links = try! NSRegularExpression(
        pattern: #"(?:https?://|www\.)[^\s，。；、）)」]+|(?<![A-Za-z0-9@.])(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|cc|vip|info|app|io|uk|co)(?:/[^\s，。；、）)」]*)?(?![A-Za-z0-9])"#,
        options: [.caseInsensitive])
}
