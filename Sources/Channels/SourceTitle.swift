import Lexicon

/// Where a fact of the registry comes from, titled in English and, where the data gives one, in
/// Chinese: a Chinese user reads "中国银行客服热线，www.boc.cn", not the English title.
///
/// A user's own file may give only the English title; then that one title is shown in both languages.
public struct SourceTitle: Sendable, Equatable {
    public let en: String
    public let zh: String?

    /// The title in `language`, or the English one where no Chinese title was given.
    public func text(in language: Language) -> String { language == .zh ? zh ?? en : en }

    /// Checks a Chinese title against its English one, returning why it cannot be used.
    ///
    /// A Chinese title must hold Chinese (an English copy would defeat it) and keep every address and
    /// file name of the English title as written ("www.boc.cn", "regulators.md"), because those are
    /// what the reader looks up; only the words around them are translated.
    static func problem(en: String, zh: String) -> String? {
        guard zh.unicodeScalars.contains(where: { (0x3400...0x9FFF).contains($0.value) }) else {
            return "the Chinese source '\(zh)' holds no Chinese; translate the English one"
        }
        let lost = addresses(in: en).filter { !zh.contains($0) }
        guard lost.isEmpty else {
            return "the Chinese source leaves out \(lost.joined(separator: ", ")) of the English one; keep addresses and file names as written"
        }
        return nil
    }

    /// The words of `text` a reader looks up as written: web addresses, hosts and file names
    /// (`www.boc.cn`, `consumerfinance.gov/complaint`, `reference/fraud.md`).
    static func addresses(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }).map(String.init).compactMap { word in
            let trimmed = String(word.drop(while: { !$0.isLetter && !$0.isNumber }).reversed().drop(while: { !$0.isLetter && !$0.isNumber }).reversed())
            let isAddress = trimmed.allSatisfy { $0.isASCII && !$0.isWhitespace } && trimmed.contains(".")
                && trimmed.split(separator: ".").count >= 2 && trimmed.split(separator: ".").allSatisfy { !$0.isEmpty }
                && trimmed.contains(where: \.isLetter)
            return isAddress ? trimmed : nil
        }
    }
}
