import Foundation

/// A telephone number, web site, e-mail address or other handle, normalised so that the same
/// channel compares equal however it was typed: `+86 171-2345-6789`, `0086 17123456789` and
/// `１７１２３４５６７８９` are one number; `https://www.boc.cn/contact` and `BOC.cn` one site.
public enum ContactAddress: Hashable, Sendable, CustomStringConvertible {
    /// Digits in the national form of the country (`95566`, `4008108866`, `08000234567`),
    /// or with a leading `+` and country code for countries not handled here.
    case phone(String)
    /// A host name without scheme, `www.`, port or path.
    case web(String)
    case email(String)
    /// An app name, a WeChat official account (公众号), anything else: compared as folded text.
    case name(String)

    public var description: String {
        switch self {
        case let .phone(text), let .web(text), let .email(text), let .name(text): text
        }
    }

    public var kind: String {
        switch self {
        case .phone: "phone"
        case .web: "site"
        case .email: "email"
        case .name: "name"
        }
    }

    /// Reads `text` as the kind of address it looks like; nil for empty text.
    public init?(_ text: String) {
        let folded = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !folded.isEmpty else { return nil }
        if let phone = Self.phone(folded) {
            self = .phone(phone)
        } else if folded.contains("@"), !folded.contains(" "), let at = folded.lastIndex(of: "@") {
            let domain = Self.host(String(folded[folded.index(after: at)...])) ?? ""
            self = .email(folded[..<at].lowercased() + "@" + domain)
        } else if let host = Self.host(folded) {
            self = .web(host)
        } else {
            self = .name(Self.foldedName(folded))
        }
    }

    /// Text as names and phrases compare: full-width forms as ASCII, lower-cased, without spaces.
    ///
    /// Scanned by hand rather than with Foundation's NFKC: `log` folds every red-flag phrase on
    /// each run, and NFKC cost more than the rest of the check together.
    public static func foldedName(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }  // full-width ASCII
            if value == 0x3000 || (value < 0x80 && (value == 0x20 || (0x09...0x0D).contains(value))) { continue }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            if value < 0x80 { folded.append(Unicode.Scalar(UInt8(value))); continue }
            if (0x3400...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value) { folded.append(scalar); continue }  // CJK: as is
            if scalar.properties.isWhitespace { continue }
            if scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first, scalar.properties.lowercaseMapping.unicodeScalars.count == 1 {
                folded.append(lower)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    /// Whether this address is `genuine` or inside it: `m.boc.cn` is inside `boc.cn`, and
    /// `boc.cn.example.com` is not.
    public func isCovered(by genuine: ContactAddress) -> Bool {
        switch (self, genuine) {
        case let (.web(host), .web(site)): return host == site || host.hasSuffix("." + site)
        case let (.email(address), .web(site)):
            let domain = address.split(separator: "@").last.map(String.init) ?? ""
            return domain == site || domain.hasSuffix("." + site)
        default: return self == genuine
        }
    }

    private static let separators: Set<Character> = [" ", "-", ".", "(", ")", "/", "\u{00A0}"]

    /// `+86 171 2345 6789` → `17123456789`; `0086-10-1234-5678` → `01012345678`;
    /// `+44 800 023 4567` → `08000234567`; `(855) 411-2372` and `+1 855 411 2372` → `8554112372`.
    static func phone(_ text: String) -> String? {
        var digits = ""
        var plus = false
        for (index, character) in text.enumerated() {
            if character == "+", index == 0 { plus = true; continue }
            if separators.contains(character) { continue }
            guard character.isASCII, character.isNumber else { return nil }
            digits.append(character)
        }
        guard (3...16).contains(digits.count) else { return nil }
        if !plus, digits.hasPrefix("00") {
            plus = true
            digits.removeFirst(2)
        }
        if !plus, digits.hasPrefix("86"), digits.count == 13, digits.dropFirst(2).hasPrefix("1") {
            plus = true  // 86 17123456789: a mobile number with the country code, without +
        }
        guard plus else { return digits }
        if digits.hasPrefix("86") { return national(String(digits.dropFirst(2)), mobileOrService: chineseWithoutTrunk) }
        if digits.hasPrefix("44") { return national(String(digits.dropFirst(2)), mobileOrService: { _ in false }) }
        if digits.hasPrefix("1"), digits.count == 11 { return String(digits.dropFirst()) }
        return "+" + digits
    }

    /// A Chinese mobile (11 digits from 1), a short service number (95566, 10086, 12363) or a
    /// 400/800 number: dialled without the trunk `0`.
    private static func chineseWithoutTrunk(_ digits: String) -> Bool {
        (digits.count == 11 && digits.hasPrefix("1")) || digits.count <= 6 || digits.hasPrefix("400") || digits.hasPrefix("800")
    }

    /// The national form: the trunk `0` before an area code, none before a Chinese mobile,
    /// service (95566, 400…) or toll-free number.
    private static func national(_ digits: String, mobileOrService: (String) -> Bool) -> String {
        if digits.hasPrefix("0") || mobileOrService(digits) { return digits }
        return "0" + digits
    }

    /// `https://www.BOC.cn:443/path?x` → `boc.cn`; nil when the text is not a host name.
    static func host(_ text: String) -> String? {
        var rest = Substring(text.lowercased())
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
        if let end = rest.firstIndex(where: { "/?#".contains($0) }) { rest = rest[..<end] }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        while rest.hasSuffix(".") { rest = rest.dropLast() }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        let labels = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
              rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }),
              labels.last!.allSatisfy(\.isLetter) else { return nil }
        return String(rest)
    }
}
