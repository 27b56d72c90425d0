import Foundation

/// Masks identity numbers in text that leaves the journal: drafts, error messages, JSON errors.
///
/// What is masked is decided by what a number is (see `NumberMeaning`), wherever it stands,
/// glued to Chinese text or not. A masked number keeps its last four characters ("••••3445") so
/// the user and the recipient can still tell which card or ID is meant.
public struct Redactor: Sendable {
    /// What replaces the hidden digits: "****" in messages, "••••" in drafts ("*" is Markdown).
    public var mask: String
    /// Digits of values a recipient must read (the contact's reference, the agent's staff number):
    /// a number with exactly these digits stays, whatever it looks like.
    public var readable: Set<String>
    /// The user's own identifiers (`profile set id-number`, `case edit --account`), masked
    /// wherever they appear, however they are spaced.
    public var secrets: [String]

    public init(mask: String = "****", readable: [String] = [], secrets: [String] = []) {
        self.mask = mask
        self.readable = Set(readable.flatMap(Self.digitStrings))
        self.secrets = secrets.filter { $0.filter { !$0.isWhitespace }.count >= 5 }
    }

    /// This redactor, with `values` readable too.
    public func reading(_ values: [String]) -> Redactor {
        var copy = self
        copy.readable.formUnion(values.flatMap(Self.digitStrings))
        return copy
    }

    /// `text` with every sensitive number masked.
    public func redact(_ text: String) -> String { process(text).text }

    /// The sensitive numbers in `text`, each with its masked form: what `--check` reports when
    /// a draft is made with `--no-redact`.
    public func findings(in text: String) -> [SensitiveFinding] { process(text).findings }

    /// `value`, all but its last four characters hidden: for values sensitive as a whole.
    public func maskWhole(_ value: String) -> String {
        let visible = value.filter { !$0.isWhitespace && $0 != "-" && $0 != "." }
        return visible.count <= 4 ? mask : mask + visible.suffix(4)
    }

    /// Whether `text` is a mobile number (CN 1[3-9]…, UK 07…, with or without a country code):
    /// a person's phone rather than a firm's line.
    public static func isMobile(_ text: String) -> Bool {
        var digits = Substring(asciiDigits(text))
        for prefix in ["0086", "86", "0044", "44"] where digits.hasPrefix(prefix) && digits.count > 11 { digits = digits.dropFirst(prefix.count); break }
        if digits.count == 10, digits.hasPrefix("7") { return true }  // +44 7700 900123
        return (digits.count == 11 && digits.hasPrefix("1") && "3456789".contains(digits.dropFirst().first ?? "0")) || (digits.count == 11 && digits.hasPrefix("07"))
    }

    // MARK: - Passes

    private func process(_ text: String) -> (text: String, findings: [SensitiveFinding]) {
        var findings: [SensitiveFinding] = []
        var output = maskSecrets(text, &findings)
        output = maskIBANs(output, &findings)
        output = maskLetteredIDs(output, &findings)
        output = maskRuns(output, &findings)
        return (output, findings)
    }

    private func maskSecrets(_ text: String, _ findings: inout [SensitiveFinding]) -> String {
        var output = text
        for secret in secrets {
            while let range = output.range(of: secret, options: .caseInsensitive) {
                findings.append(SensitiveFinding(kind: .ownIdentifier, original: String(output[range]), masked: maskWhole(secret)))
                output.replaceSubrange(range, with: maskWhole(secret))
            }
        }
        return output
    }

    private static let ibanPattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{1,4}){3,8}(?![A-Za-z0-9])"#)

    /// IBANs: two letters, two check digits, up to 30 more; the checksum decides where one ends.
    private func maskIBANs(_ text: String, _ findings: inout [SensitiveFinding]) -> String {
        // Every IBAN has ASCII check digits: text without one needs no regex search.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        var output = text
        let matches = Self.ibanPattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() {
            guard let range = Range(match.range, in: output) else { continue }
            var candidate = String(output[range])
            // Trailing words may have been swept in: drop groups until the checksum holds.
            while !Checksums.iban(candidate), let space = candidate.lastIndex(of: " ") { candidate = String(candidate[..<space]) }
            guard Checksums.iban(candidate), candidate.prefix(2).allSatisfy(\.isUppercase) else { continue }
            let end = output.index(range.lowerBound, offsetBy: candidate.count)
            findings.append(SensitiveFinding(kind: .iban, original: candidate, masked: maskWhole(candidate)))
            output.replaceSubrange(range.lowerBound..<end, with: maskWhole(candidate))
        }
        return output
    }

    /// Identity numbers with letters in them, which the digit-run pass takes for part of a word:
    /// Hong Kong IDs (A123456(7)), Macau IDs (1234567(8)), Taiwan IDs (A123456789), Chinese
    /// passports (E12345678, EA1234567, G12345678) and travel permits to Hong Kong/Macau
    /// (C12345678, CA1234567) and Taiwan (L12345678), UK National Insurance numbers (AB 12 34 56 C).
    private static let letteredIDPattern = try! NSRegularExpression(pattern: [
        #"[A-Z]{1,2}[0-9]{6} ?\([0-9A]\)"#, #"[157][0-9]{6} ?\([0-9]\)"#, #"[A-Z][12][0-9]{8}"#,
        #"(?:E|G|C|L)[0-9]{8}"#, #"(?:E|C)[A-Z][0-9]{7}"#,
        #"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]"#,
    ].map { "(?<![A-Za-z0-9])(?:" + $0 + ")(?![A-Za-z0-9])" }.joined(separator: "|"))

    private func maskLetteredIDs(_ text: String, _ findings: inout [SensitiveFinding]) -> String {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        var output = text
        for match in Self.letteredIDPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: output) else { continue }
            let found = String(output[range])
            let digits = Self.asciiDigits(found)
            if readable.contains(digits) || readable.contains(found.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" }) { continue }
            if NumberMeaning.isReference(before: String(output[output.index(range.lowerBound, offsetBy: -min(20, output.distance(from: output.startIndex, to: range.lowerBound)))..<range.lowerBound])) { continue }
            let visible = found.filter { $0.isLetter || $0.isNumber }
            let masked = mask + visible.suffix(4)
            findings.append(SensitiveFinding(kind: .otherID, original: found, masked: masked))
            output.replaceSubrange(range, with: masked)
        }
        return output
    }

    private func maskRuns(_ text: String, _ findings: inout [SensitiveFinding]) -> String {
        // Most text in a draft has no digit, hence no run: nothing to scan.
        guard NumberRun.hasDigit(text) else { return text }
        let characters = Array(text)
        // Where each character starts, so the text between runs is copied as one substring
        // rather than rebuilt character by character.
        let starts = Array(text.indices) + [text.endIndex]
        let secretDigits = secrets.map { $0.filter { NumberRun.digit($0) != nil } }.filter { $0.count >= 5 }.map(Self.asciiDigits)
        var output = ""
        var cursor = 0
        func raw(_ from: Int, _ to: Int) -> Substring { text[starts[from]..<starts[to]] }
        func hide(_ kind: SensitiveKind, _ from: Int, _ to: Int, digits: String) {
            let masked = mask + digits.suffix(4)
            findings.append(SensitiveFinding(kind: kind, original: String(raw(from, to)), masked: masked))
            output += masked
        }
        for run in NumberRun.scan(characters) {
            output += raw(cursor, run.start)
            cursor = run.end
            let digits = Self.digits(run.groups[...]) + (run.finalX ? "X" : "")
            if secretDigits.contains(where: { digits.contains($0) }) { hide(.ownIdentifier, run.start, run.end, digits: digits); continue }
            if readable.contains(digits) { output += raw(run.start, run.end); continue }
            // A hash (a chain head, a file's SHA-256) is hex: its digit runs are no one's number,
            // however phone- or card-shaped one happens to be.
            if run.glued, Self.insideHexToken(characters, run) { output += raw(run.start, run.end); continue }
            if let kind = Self.provenIdentity(run) {
                // "订单号13098765432": a reference that looks like a mobile number stays readable.
                if kind == .phone, NumberMeaning.isReference(before: String(raw(max(0, run.start - 20), run.start))) {
                    output += raw(run.start, run.end)
                    continue
                }
                hide(kind, run.start, run.end, digits: digits)
                continue
            }
            if run.glued { output += raw(run.start, run.end); continue }
            let before = String(raw(max(0, run.start - 20), run.start)), after = String(raw(run.end, min(characters.count, run.end + 8)))
            switch NumberMeaning.verdict(before: before, after: after) {
            case .keep:
                output += raw(run.start, run.end)
                continue
            case .mask(let kind):
                // After an account word, the number's own shape still says what it is.
                var kind = kind
                if case .mask(let shaped) = NumberMeaning.classify(run.groups[...], plus: run.plus, finalX: run.finalX) { kind = shaped }
                if digits.count > 4 { hide(kind, run.start, run.end, digits: digits) } else { output += raw(run.start, run.end) }
                continue
            case nil:
                break
            }
            // The longest part of the run that means something, from the left: "95566 13812345678"
            // is a hotline, kept, then a mobile, masked.
            var first = 0
            var written = run.start
            while first < run.groups.count {
                var last = run.groups.count
                while last > first {
                    let slice = run.groups[first..<last]
                    let finalX = run.finalX && last == run.groups.count
                    let from = first == 0 ? run.start : slice.first!.start
                    let to = last == run.groups.count ? run.end : slice.last!.end
                    let sliceDigits = Self.digits(slice)
                    let verdict = readable.contains(sliceDigits) ? .keep
                        : NumberMeaning.classify(slice, plus: run.plus && first == 0, finalX: finalX)
                    if let verdict {
                        output += raw(written, from)
                        if case .mask(let kind) = verdict { hide(kind, from, to, digits: sliceDigits + (finalX ? "X" : "")) } else { output += raw(from, to) }
                        written = to
                        break
                    }
                    last -= 1
                }
                first = last > first ? last : first + 1
            }
            output += raw(written, run.end)
        }
        output += raw(cursor, characters.count)
        return output
    }

    /// Numbers whose own digits prove them identity numbers, whatever words stand around them
    /// ("卡号No.6222…", "ref: 1101…", "客服电话 138…"): a resident ID (its birth date real), a card
    /// number (Luhn-valid, or UnionPay's 62), or a mainland mobile number. Context can make a number readable
    /// (a reference, a staff number), but never one of these.
    /// Whether the run sits in a token of 32 or more hexadecimal characters (an MD5 or longer).
    static func insideHexToken(_ characters: [Character], _ run: NumberRun) -> Bool {
        func isHex(_ character: Character) -> Bool { character.isASCII && character.isHexDigit }
        var start = run.start, end = run.end
        while start > 0, isHex(characters[start - 1]) { start -= 1 }
        while end < characters.count, isHex(characters[end]) { end += 1 }
        return end - start >= 32 && characters[start..<end].allSatisfy(isHex)
    }

    static func provenIdentity(_ run: NumberRun) -> SensitiveKind? {
        let digits = run.groups.flatMap(\.digits)
        if run.finalX || digits.count == 18 {
            // A real birth date is enough: a mistyped check digit still makes an ID number.
            return Checksums.residentID(digits, finalX: run.finalX, strict: false) ? .residentID : nil
        }
        // Cards as issued (Amex 3, Visa 4, Mastercard 5, UnionPay 6), 15 to 19 digits: a ticket number
        // that starts with a year ("2026…") is not taken for one.
        if (15...19).contains(digits.count), (3...6).contains(digits[0]),
           Checksums.luhn(digits) || (digits.count >= 16 && digits[0] == 6 && digits[1] == 2) { return .card }
        // A mobile's shape proves less than a checksum: glued to Latin letters or hex (a uuid's
        // last group, "…-A13912343280") it is part of that word.
        if !run.plus, !run.glued, digits.count == 11, digits[0] == 1, (3...9).contains(digits[1]), run.groups.count <= 3 { return .phone }
        return nil
    }

    private static func digits(_ groups: ArraySlice<NumberRun.Group>) -> String {
        String(groups.flatMap(\.digits).map { Character(String($0)) })
    }

    private static func asciiDigits(_ text: String) -> String { String(text.compactMap { NumberRun.digit($0).map { Character(String($0)) } }) }

    /// Every digit string a readable value contributes: each run's digits, and all its digits.
    private static func digitStrings(_ value: String) -> [String] {
        let all = asciiDigits(value)
        let runs = NumberRun.scan(Array(value)).map { digits($0.groups[...]) }
        return (runs + [all]).filter { $0.count >= 4 }
    }
}

/// A sensitive number found in text, as written and as masked.
public struct SensitiveFinding: Sendable, Equatable {
    public let kind: SensitiveKind
    public let original: String
    public let masked: String
}

/// One-off masking helpers for values that are sensitive as a whole.
public enum Redaction {
    /// "6222 0212 3456 7890" → "****7890", "13800000000" → "****0000". Short values are hidden entirely.
    public static func maskValue(_ value: String, mask: String = "****") -> String { Redactor(mask: mask).maskWhole(value) }
}
