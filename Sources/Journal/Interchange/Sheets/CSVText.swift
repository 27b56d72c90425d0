import Foundation

/// RFC 4180 text as spreadsheets write and read it: UTF-8 with a byte-order mark, CRLF line
/// ends, fields quoted when they hold a comma, a quote or a line break.
///
/// The byte-order mark is what makes Excel read the file as UTF-8; without it, Chinese comes out
/// as mojibake on a Chinese Windows (Excel assumes the ANSI code page, GBK).
public enum CSVText {
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV
    /// injection"): `=`, `+`, `-`, `@`, and tab and carriage return, which some spreadsheets skip
    /// before looking.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `rows` as a CSV file: BOM, CRLF, RFC 4180 quoting, formula cells disarmed (see `disarm`),
    /// long digit strings kept as text (see `keepDigits`).
    public static func encode(_ rows: [[String]]) -> Data {
        var text = ""
        for row in rows {
            text += row.map { quote(keepDigits(disarm($0))) }.joined(separator: ",")
            text += "\r\n"
        }
        return Data(byteOrderMark) + Data(text.utf8)
    }

    /// A cell a spreadsheet would run as a formula, made plain text by a leading `'`.
    ///
    /// A cell that starts with `'`s before such a character gets one more, so `rearm` gives back
    /// exactly what was logged: `=1+1` → `'=1+1`, `'=1+1` → `''=1+1`.
    static func disarm(_ cell: String) -> String {
        guard let first = cell.drop(while: { $0 == "'" }).first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    /// A digit string a spreadsheet would turn into a number and change, written `="…"`, which
    /// Excel, LibreOffice and WPS all read as that text.
    ///
    /// Read as numbers, a reference of 16 digits or more (`2026110319200088`) shows as 2.02611E+15
    /// and past 15 digits is rounded; a phone number loses its leading zero (`08000234567`). So
    /// every run of 12 digits or more, and every one starting with 0, is protected; short counts
    /// and ids stay numbers a spreadsheet can sum.
    static func keepDigits(_ cell: String) -> String {
        guard cell.count >= 2, cell.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              cell.count >= 12 || cell.first == "0" else { return cell }
        return "=\"" + cell + "\""
    }

    /// The cell as logged, from a cell `disarm` or `keepDigits` wrote: one leading `'` dropped
    /// before a formula character; `="digits"` read back as the digits.
    static func rearm(_ cell: String) -> String {
        if cell.hasPrefix("=\""), cell.hasSuffix("\""), cell.count > 3 {
            let inner = cell.dropFirst(2).dropLast()
            if inner.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return String(inner) }
        }
        guard cell.first == "'", let first = cell.drop(while: { $0 == "'" }).first, formulaStarts.contains(first) else { return cell }
        return String(cell.dropFirst())
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record read from a CSV file, with the line it starts on (1 is the header).
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]
    }

    /// The records of a CSV file: a UTF-8 BOM is skipped, CRLF, LF and CR all end records, quoted
    /// fields may hold line breaks. Blank lines are skipped.
    ///
    /// - Throws: `SheetError.notUTF8` for UTF-16 (what Excel's "Unicode text" writes) and for text
    ///   that is not UTF-8 (GBK, from "CSV" on a Chinese Windows); `SheetError.line` for a quote
    ///   left open or standing inside an unquoted field.
    public static func decode(_ data: Data, name: String) throws -> [Record] {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(512).contains(0) {
            throw SheetError.notUTF8(file: name, looksLike: .utf16)
        }
        let body = bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        guard let text = String(validating: body, as: UTF8.self) else { throw SheetError.notUTF8(file: name, looksLike: .legacy) }
        return try parse(text)
    }

    private static func parse(_ text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, inQuotes = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []; field = ""; quoted = false; afterQuote = false
        }
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = next }
                } else {
                    if scalar == "\n" || (scalar == "\r") { line += 1 }
                    if scalar == "\r" {
                        // CRLF inside a quoted field is one line break, kept as "\n".
                        let next = scalars.next()
                        field.unicodeScalars.append("\n")
                        if next != "\n" { pending = next }
                    } else {
                        field.unicodeScalars.append(scalar)
                    }
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !afterQuote else { throw SheetError.line(line, .strayQuote) }
                inQuotes = true; quoted = true
            case ",":
                fields.append(field); field = ""; quoted = false; afterQuote = false
            case "\r", "\n":
                if scalar == "\r" {
                    let next = scalars.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            default:
                guard !afterQuote else { throw SheetError.line(line, .strayQuote) }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw SheetError.line(recordLine, .unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty || quoted { endRecord() }
        return records
    }
}
