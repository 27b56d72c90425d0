import Foundation

/// Checks free text before it enters the journal.
///
/// Text is stored exactly as given (no trimming, no normalisation), so these rules refuse rather
/// than repair: a silently altered record is worse than a clear error.
public enum TextRules {
    /// Returns `value` when it is acceptable as a multi-line text (summary, advice, note).
    public static func text(_ value: String?, field: String) throws -> String? {
        guard let value else { return nil }
        try checkLength(value, field: field, limit: JournalError.textLimit)
        for scalar in value.unicodeScalars where isForbidden(scalar, allowingLineBreaks: true) {
            throw JournalError.controlCharacter(field: field, codePoint: scalar.value)
        }
        return value.isBlank ? nil : value
    }

    /// Returns `value` when it is acceptable as a single-line name (organization, agent, reference).
    public static func name(_ value: String?, field: String) throws -> String? {
        guard let value else { return nil }
        try checkLength(value, field: field, limit: JournalError.nameLimit)
        for scalar in value.unicodeScalars {
            if scalar == "\n" || scalar == "\r" { throw JournalError.lineBreakInName(field: field) }
            if isForbidden(scalar, allowingLineBreaks: false) {
                throw JournalError.controlCharacter(field: field, codePoint: scalar.value)
            }
        }
        return value.isBlank ? nil : value
    }

    /// Like `name`, for a value that must be present.
    public static func requiredName(_ value: String, field: String) throws -> String {
        guard let checked = try name(value, field: field) else { throw JournalError.emptyField(field: field) }
        return checked
    }

    /// Like `text`, for a value that must be present.
    public static func requiredText(_ value: String, field: String) throws -> String {
        guard let checked = try text(value, field: field) else { throw JournalError.emptyField(field: field) }
        return checked
    }

    /// `value` with every control character (line breaks and tabs too) written as `\xNN`, for
    /// showing a stored value that must stay on one line and cannot drive the terminal.
    public static func escapingControlCharacters(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += String(format: "\\x%02X", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `value` as a screen may show a multi-line stored text: a CRLF line end becomes a plain line
    /// break, and every other control character but line feed and tab (a lone carriage return above
    /// all, which would let a stored text overwrite the line before it) is written as `\xNN`.
    public static func displayingMultilineText(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.split(separator: "\t", omittingEmptySubsequences: false).map { escapingControlCharacters(String($0)) }.joined(separator: "\t") }
            .joined(separator: "\n")
    }

    private static func checkLength(_ value: String, field: String, limit: Int) throws {
        let bytes = value.utf8.count
        if bytes > limit { throw JournalError.textTooLong(field: field, bytes: bytes, limit: limit) }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A, 0x0D: return !allowingLineBreaks
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        default: return false
        }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

/// The key under which a name is matched: compatibility-normalised (full-width "ＡＢＣ" is "ABC"),
/// case-folded, and with runs of white space collapsed. The name itself is stored as typed.
enum NameKey {
    static func of(_ name: String) -> String {
        name.precomposedStringWithCompatibilityMapping
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
