/// The parts of an ISO-style instant, "2026-11-25 09:00", "2026-11-25t09:00:30.5+08:00": what
/// `(\d{4}-\d{1,2}-\d{1,2})[t ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(z|[+-]\d{2}(?::?\d{2})?)?`
/// captures when it matches the whole text.
///
/// `init(ascii:)` scans ASCII text by hand: building that regex costs more than the rest of a
/// read command's parsing, and every `--as-of` goes through it. Text with other characters
/// (full-width digits) still goes to the regex, so what it accepts stays the same.
struct ISOInstant {
    var day: Substring
    var hour: Substring
    var minute: Substring
    var second: Substring?
    var offset: Substring?

    init(day: Substring, hour: Substring, minute: Substring, second: Substring?, offset: Substring?) {
        (self.day, self.hour, self.minute, self.second, self.offset) = (day, hour, minute, second, offset)
    }

    /// Nil when `text` (ASCII only) is not such an instant as a whole.
    init?(ascii text: String) {
        let bytes = Array(text.utf8)
        var i = 0
        func isDigit(_ at: Int) -> Bool { at < bytes.count && (0x30...0x39).contains(bytes[at]) }
        func digits(_ least: Int, _ most: Int) -> Range<Int>? {
            let start = i
            while i - start < most, isDigit(i) { i += 1 }
            return i - start >= least ? start..<i : nil
        }
        func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        func part(_ range: Range<Int>) -> Substring {
            let utf8 = text.utf8
            return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        let dayStart = i
        guard digits(4, 4) != nil, take(UInt8(ascii: "-")), digits(1, 2) != nil, take(UInt8(ascii: "-")), digits(1, 2) != nil else { return nil }
        let dayRange = dayStart..<i
        guard take(UInt8(ascii: "t")) || take(UInt8(ascii: " ")), let hour = digits(1, 2), take(UInt8(ascii: ":")),
              let minute = digits(2, 2) else { return nil }
        var second: Range<Int>?
        if i < bytes.count, bytes[i] == UInt8(ascii: ":"), isDigit(i + 1), isDigit(i + 2) {
            i += 1
            second = digits(2, 2)
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(i + 1) {
            i += 1
            _ = digits(1, Int.max)
        }
        var offset: Range<Int>?
        let offsetStart = i
        if take(UInt8(ascii: "z")) {
            offset = offsetStart..<i
        } else if take(UInt8(ascii: "+")) || take(UInt8(ascii: "-")) {
            guard digits(2, 2) != nil else { return nil }
            let afterHours = i
            _ = take(UInt8(ascii: ":"))
            if digits(2, 2) == nil { i = afterHours }
            offset = offsetStart..<i
        }
        guard i == bytes.count else { return nil }
        self.init(day: part(dayRange), hour: part(hour), minute: part(minute), second: second.map(part), offset: offset.map(part))
    }
}
