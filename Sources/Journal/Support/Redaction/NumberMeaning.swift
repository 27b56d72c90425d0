import Foundation

/// What a sensitive number is. Each is masked to its last four characters in drafts and errors.
public enum SensitiveKind: String, Sendable, CaseIterable {
    case card, residentID = "resident-id", iban, ssn, phone, account
    /// An identity number from beyond the mainland: a Hong Kong, Macau or Taiwan ID, a passport
    /// or travel permit (往来港澳/台湾通行证), a UK National Insurance number, a US ITIN.
    case otherID = "other-id"
    /// A number the user gave as their own: `profile set id-number`, `case edit --account`.
    case ownIdentifier = "own-identifier"
}

/// Decides what a run of digits is, from the digits, their grouping and the words around them.
///
/// Readable by default: a number is masked only when it is recognisably an identity number
/// (card, resident ID, IBAN, SSN), a personal phone number, or follows an account word. Numbers
/// a recipient must read stay: references and ticket numbers, staff numbers, company hotlines
/// (95xxx, 400/800, 123xx, 0800), amounts and dates.
enum NumberMeaning {
    enum Verdict: Equatable {
        case keep
        case mask(SensitiveKind)
    }

    /// The words just before a number decide for the whole number, whatever its shape.
    static func verdict(before: String, after: String) -> Verdict? {
        let tail = before.lowercased()
        if matches(keepWords, tail) || matches(currencyBefore, tail) || matches(currencyAfter, after.lowercased()) { return .keep }
        if matches(accountWords, tail) { return .mask(.account) }
        return nil
    }

    /// What the groups `groups` (one run, or part of one) are, if anything sensitive or kept.
    ///
    /// Cards pass the Luhn check; a 16–19 digit number starting 62 (UnionPay) is taken for a
    /// card even when it fails, and an 18-digit number with a real birth date for a resident ID
    /// even with a wrong check digit: a mistyped card or ID is still somebody's.
    static func classify(_ groups: ArraySlice<NumberRun.Group>, plus: Bool, finalX: Bool) -> Verdict? {
        let digits = groups.flatMap(\.digits)
        let text = String(digits.map { Character(String($0)) })
        let shape = groups.map(\.digits.count)
        let separators = groups.dropFirst().map { $0.parenthesized ? "(" : $0.separator.map(String.init) ?? "" }
        let n = digits.count
        if finalX { return Checksums.residentID(digits, finalX: true, strict: false) ? .mask(.residentID) : nil }
        if !plus, isHotline(text) { return .keep }
        if !plus, groups.allSatisfy({ !$0.parenthesized }) {
            if n == 18, Checksums.residentID(digits, finalX: false, strict: false) { return .mask(.residentID) }
            if n == 15, Checksums.legacyResidentID(digits) { return .mask(.residentID) }
            if (13...19).contains(n), (2...6).contains(digits[0]), cardShape(shape),
               Checksums.luhn(digits) || (n >= 16 && digits[0] == 6 && digits[1] == 2) { return .mask(.card) }
            if shape == [3, 2, 4], Set(separators).count == 1, separators.first != ".", isSSN(digits) { return .mask(.ssn) }
            if shape == [3, 2, 4], Set(separators).count == 1, separators.first != ".", isITIN(digits) { return .mask(.otherID) }
        }
        return isPhone(text, shape: shape, plus: plus, parenthesized: groups.contains(where: \.parenthesized), separators: separators)
            ? .mask(.phone) : nil
    }

    /// Cards are written whole or in fours ("6222 0202 0011 2233 445"), Amex as 4-6-5.
    private static func cardShape(_ shape: [Int]) -> Bool {
        shape.count == 1 || shape.dropLast().allSatisfy { $0 == 4 } || shape == [4, 6, 5] || shape == [4, 6, 4]
    }

    /// US SSNs: area not 000, 666 or 9xx; group not 00; serial not 0000.
    private static func isSSN(_ d: [UInt8]) -> Bool {
        let area = Checksums.number(d[0..<3]), group = Checksums.number(d[3..<5]), serial = Checksums.number(d[5..<9])
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// US ITINs: 9XX-XX-XXXX with the middle group in 50–65, 70–88, 90–92 or 94–99 (IRS).
    private static func isITIN(_ d: [UInt8]) -> Bool {
        let group = Checksums.number(d[3..<5])
        return d[0] == 9 && ((50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group) || (94...99).contains(group))
    }

    /// Whether the words before a number make it a reference (订单号, 工单号, order, ticket): it
    /// stays readable even when its digits look like a mobile number ("订单号13098765432").
    static func isReference(before: String) -> Bool { matches(referenceWords, before.lowercased()) }

    /// Company numbers a recipient must be able to call: CN service numbers (95xxx, 96xxx, 123xx,
    /// 100xx, 400/800), US toll-free, UK freephone and non-geographic (0800, 0808, 03xx, 084x, 087x).
    static func isHotline(_ d: String) -> Bool {
        let national = d.hasPrefix("44") && d.count >= 11 ? "0" + d.dropFirst(2) : d
        switch d.count {
        case 5: return ["95", "96", "12", "10"].contains { d.hasPrefix($0) }
        case 10: if ["400", "800"].contains(where: { d.hasPrefix($0) }) { return true }
        default: break
        }
        let tollFree = ["800", "888", "877", "866", "855", "844", "833"]
        if d.count == 10, tollFree.contains(where: { d.hasPrefix($0) }) { return true }
        if d.count == 11, d.hasPrefix("1"), tollFree.contains(where: { d.dropFirst().hasPrefix($0) }) { return true }
        let uk = ["0800", "0808", "03", "0843", "0844", "0845", "0870", "0871", "0872", "0873"]
        return (10...11).contains(national.count) && national.hasPrefix("0") && uk.contains { national.hasPrefix($0) }
    }

    /// Personal phone numbers: CN mobiles and landlines (with or without +86, 86, 0086), UK and US
    /// numbers, and any number written with a "+" country code.
    private static func isPhone(_ d: String, shape: [Int], plus: Bool, parenthesized: Bool, separators: [String]) -> Bool {
        var national = Substring(d)
        var country: String?
        if plus {
            for code in ["86", "44", "1"] where national.hasPrefix(code) { country = code; national = national.dropFirst(code.count); break }
            if country == nil { return (7...15).contains(d.count) }
        } else if d.hasPrefix("0086") {
            country = "86"; national = national.dropFirst(4)
        } else if d.hasPrefix("86"), d.count == 13, shape.first == 2 || d.dropFirst(2).hasPrefix("1") {
            country = "86"; national = national.dropFirst(2)
        }
        if national.hasPrefix("0"), country != nil { national = national.dropFirst() }  // "+44 (0)20 …"
        if isHotline(String(national)) || isHotline("0" + national) { return false }
        let mobileCN = national.count == 11 && national.hasPrefix("1") && "3456789".contains(national.dropFirst().first ?? "0")
        switch country {
        case "86": return mobileCN || ((9...11).contains(national.count) && (national.first != "1" || national.hasPrefix("10")))
        case "44": return (9...10).contains(national.count)
        case "1": return national.count == 10
        default:
            if mobileCN { return true }
            // CN landlines and UK numbers start with a trunk 0: "010 6512 3456", "020 7946 0958".
            if national.hasPrefix("0"), national.dropFirst().first != "0", (10...12).contains(national.count) { return true }
            // US numbers need their usual writing: "(415) 555-0172", "415-555-0172", "1-415-555-0172".
            let us = national.hasPrefix("1") && national.count == 11 ? national.dropFirst() : national
            let written = (shape.suffix(3) == [3, 3, 4]) && (parenthesized || Set(separators).count == 1)
            return us.count == 10 && written && "23456789".contains(us.first!) && "23456789".contains(us.dropFirst(3).first!)
        }
    }

    // MARK: - Words around a number

    private static let separatorsTail = #"(?:号码|号|尾号|末四位|末位)?\s*(?:no\.?|number|nr\.?|#|＃)?\s*(?:[:：=]|is|为|是)?\s*[#＃]?\s*$"#

    /// A number after these is a reference, a staff number or a hotline: the recipient needs it.
    private static let keepWords = regex(#"(?:工单|单号|编号|受理号|投诉号|参考号|流水号|交易号|订单|订单号|工号|员工号|热线|客服电话|服务电话|\bref\.?|\breference|\bticket|\border|\bcomplaint|\bstaff|\bagent|\bemployee|\bcase (?:no\.?|number|ref)|\bhotline|\bhelpline)"# + separatorsTail)
    /// The reference words alone (not hotline or staff words): a mobile-shaped number after them is
    /// an order or ticket number, not a person's phone.
    private static let referenceWords = regex(#"(?:工单|单号|编号|受理号|投诉号|参考号|流水号|交易号|订单|订单号|\bref\.?|\breference|\bticket|\border|\bcase (?:no\.?|number|ref))"# + separatorsTail)
    /// A number after these identifies the user's money or person (German words too: a German
    /// bank's customer writes "Karte 4929…" or "Kontonummer 0532…", whatever the checksum says).
    private static let accountWords = regex(#"(?:账号|卡号|账户|帐号|帐户|银行卡|储蓄卡|信用卡|借记卡|身份证|证件|护照|社保号|\baccount|\bacct\.?|\ba/c|\bcard|\biban|\bssn|\bsocial security|\bpassport|\bid (?:no\.?|number|card)|\bsort code and account|\bkarte|\bkartennummer|\bkreditkarte|\bgirocard|\bkonto|\bkontonummer|\bgirokonto|\bausweis(?:nummer)?|\bpersonalausweis|\breisepass)"# + separatorsTail)
    private static let currencyBefore = regex(#"(?:¥|￥|£|\$|€|人民币|\brmb|\bcny|\bgbp|\busd|\beur|\bhk\$)\s*$"#)
    private static let currencyAfter = regex(#"^\s*(?:元|块|万|亿|角|%|％|\bcny\b|\brmb\b|\bgbp\b|\busd\b|\beur\b|\bpounds?\b|\bdollars?\b|\beuros?\b)"#)

    private static func regex(_ pattern: String) -> NSRegularExpression { try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
