/// The check digits that tell an identity number from any other run of digits.
///
/// A number is masked for what it is, not for how long it is: a 16-digit ticket number stays
/// readable, a 16-digit card number does not. These checks are what makes that decision safe.
enum Checksums {
    /// Bank cards (ISO/IEC 7812): the Luhn mod-10 check over all digits.
    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            let value = Int(digit)
            sum += offset % 2 == 1 ? (value * 2 > 9 ? value * 2 - 9 : value * 2) : value
        }
        return sum % 10 == 0
    }

    /// Chinese resident identity numbers (GB 11643-1999): 17 digits, a mod-11 check character
    /// (0–9 or X), and a birth date that exists. Not `strict`, a wrong check character is taken
    /// for a typing slip: a mistyped ID is still somebody's ID.
    static func residentID(_ digits: [UInt8], finalX: Bool, strict: Bool = true) -> Bool {
        let body = finalX ? digits : Array(digits.prefix(17))
        guard body.count == 17, (1...8).contains(body[0]) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + Int($1.0) * $1.1 }
        let check = (12 - sum % 11) % 11  // 10 is written X
        let year = number(body[6..<10]), month = number(body[10..<12]), day = number(body[12..<14])
        guard (1900...2099).contains(year), validDate(month: month, day: day) else { return false }
        guard strict else { return finalX || digits.count == 18 }
        return finalX ? check == 10 : digits.count == 18 && Int(digits[17]) == check
    }

    /// The 15-digit resident numbers issued before 1999: region, YYMMDD birth date, sequence.
    static func legacyResidentID(_ digits: [UInt8]) -> Bool {
        guard digits.count == 15, (1...8).contains(digits[0]) else { return false }
        return validDate(month: number(digits[8..<10]), day: number(digits[10..<12]))
    }

    /// IBANs (ISO 13616): the country and check digits moved to the end, letters as 10–35, mod 97 is 1.
    static func iban(_ text: String) -> Bool {
        let characters = Array(text.uppercased().filter { $0 != " " })
        guard (15...34).contains(characters.count), characters.prefix(2).allSatisfy(\.isLetter),
              characters[2...3].allSatisfy(\.isNumber) else { return false }
        var remainder = 0
        for character in characters.dropFirst(4) + characters.prefix(4) {
            guard let value = character.isNumber ? character.wholeNumberValue
                    : character.asciiValue.map({ Int($0) - 55 }).flatMap({ (10...35).contains($0) ? $0 : nil }) else { return false }
            remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
        }
        return remainder == 1
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1) } }

    private static func validDate(month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]).contains(day)
    }
}
