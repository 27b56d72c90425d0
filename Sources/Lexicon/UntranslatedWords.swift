/// Finds English words left in text that should be Chinese, for the catalog test and the test
/// that reads the Chinese screens of the real binary.
///
/// A word is a run of two or more Latin letters. Flags (`--due`), commands (`recourse agenda
/// --all`, `'recourse doctor --clean'`), placeholders (`{1}`), file names and ids with dots,
/// hyphens or underscores (`cn.nfra`, `journal.sqlite`, `GB-ENG`, `RECOURSE_DB`), ids mixing
/// letters and digits (`sha256`, `CS20261124`) and `#` numbers are not words to translate;
/// neither is anything in `allowed` (product names, user text).
public enum UntranslatedWords {
    /// Names that stay as they are in every language.
    public static let alwaysAllowed: Set<String> = [
        "recourse", "Recourse", "SQLite", "SHA", "sha256", "UTF", "KiB", "MiB", "JSON", "CNY", "GBP", "USD", "EUR",
        "CN", "GB", "ENG", "US", "EU", "UK", "WEEKDAYS", "TZ", "md", "txt", "html", "cal", "notify", "send", "apt", "get",
        "Debian", "lang", "region", "zh", "en", "attachments", "chmod", "chown", "mkdir", "uid", "phone", "pm", "FOS", "NFRA", "ADR", "CISAS", "PSD2", "PSD",
        "SAMR", "PBoC", "CFPB", "AM", "PM", "h", "m", "UTC", "UID", "README", "iCalendar", "Markdown", "Mustache", "roff",
        // Written in Latin letters in Chinese too: 官方App.
        "App",
        // File formats and the programs that open them.
        "CSV", "csv", "jsonl", "Excel", "WPS", "GBK",
        // `serve --tls-cert/--tls-key`: the protocol and the file format, named as they are.
        "HTTPS", "PEM",
        // An account number's international form, named so in Chinese banking too.
        "IBAN",
    ]

    /// The English words in `text` that are neither structural nor allowed.
    public static func find(in text: String, allowing allowed: Set<String> = []) -> [String] {
        var words: [String] = []
        var afterCommand = false
        for token in tokens(of: stripQuotedCommands(stripExamples(text))) {
            // `recourse agenda --all`: the subcommand words that follow the program's name.
            if token == "recourse" { afterCommand = true; continue }
            if afterCommand, token.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "-") }) { continue }
            afterCommand = false
            if token.contains("-") || token.contains(".") || token.contains("_") || token.contains("/") || token.contains("@")
                || token.contains(":") || token.hasPrefix("#") || token.hasPrefix("{") { continue }
            // Ids that mix letters and digits: sha256, CS20261124, PSD2.
            if token.contains(where: \.isNumber) && token.contains(where: { $0.isASCII && $0.isLetter }) { continue }
            var word = ""
            for character in token + " " {
                if character.isASCII && character.isLetter {
                    word.append(character)
                    continue
                }
                if word.count >= 2, !alwaysAllowed.contains(word), !allowed.contains(word) { words.append(word) }
                word = ""
            }
        }
        return words
    }

    /// A help screen's examples are commands as the user types them: the rest of a line after
    /// `例如：`, and lines that start with `recourse` or with a flag (an example's continuation).
    private static func stripExamples(_ text: String) -> String {
        guard text.contains("例如：") || text.contains("recourse ") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("recourse ") || trimmed.hasPrefix("--") { return "" }
            if let example = line.firstRange(of: "例如：") { return line[..<example.lowerBound] }
            return line
        }.joined(separator: "\n")
    }

    /// Commands the user can type are shown as they are: 'recourse show 案件号 --history'.
    private static func stripQuotedCommands(_ text: String) -> String {
        var result = ""
        var inQuote = false
        var previous: Character = " "
        for character in text {
            if character == "'" && (inQuote || !(previous.isASCII && previous.isLetter)) {
                inQuote.toggle()
            } else if !inQuote {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// Splits on spaces and on the punctuation of both languages.
    private static func tokens(of text: String) -> [String] {
        let separators: Set<Character> = [" ", "\n", "\t", ",", ";", "(", ")", "（", "）", "，", "；", "：", "、", "“", "”", "\"", "[", "]",
                                          "《", "》", "…", "·", "—", "=", "|", "。", "？", "！", "*", "<", ">"]
        return text.split(whereSeparator: { separators.contains($0) }).map(String.init)
    }
}
