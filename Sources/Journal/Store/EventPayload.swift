/// The JSON text of a history event's payload, written directly from a record's stored columns.
///
/// It produces byte for byte what `EventLog.encode` (a `JSONEncoder` with sorted snake_case
/// keys, unescaped slashes and ISO 8601 dates) produces for the same record, because events
/// already in journals were hashed over that text; `EventPayloadTests` holds the two side by side.
/// Written out because the encoder, with its date formatter, was a fifth of `log`'s work.
enum EventPayload {
    /// `{"key":value,…}` with keys in sorted order and `NULL` columns left out, as `Codable` does.
    static func json(_ columns: [(name: String, value: StoredValue)]) -> String {
        var out = "{"
        var first = true
        for (name, value) in columns.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            switch value {
            case .null: continue
            case let .integer(number):
                open(&out, name, &first); out += String(number)
            case let .text(text):
                open(&out, name, &first); appendString(text, to: &out)
            case let .instant(seconds):
                open(&out, name, &first); out += "\""; out += iso8601(seconds); out += "\""
            }
        }
        return out + "}"
    }

    private static func open(_ out: inout String, _ key: String, _ first: inout Bool) {
        if !first { out += "," }
        first = false
        appendString(key, to: &out)
        out += ":"
    }

    /// A JSON string literal escaped the way Foundation's `JSONEncoder` escapes it.
    static func appendString(_ text: String, to out: inout String) {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        bytes.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `2026-11-25T09:30:00Z`: what `ISO8601DateFormatter` with `.withInternetDateTime` in UTC
    /// writes, from the proleptic Gregorian calendar (Howard Hinnant's `civil_from_days`).
    static func iso8601(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
            + "T" + two(secondOfDay / 3600) + ":" + two(secondOfDay / 60 % 60) + ":" + two(secondOfDay % 60) + "Z"
    }
}
