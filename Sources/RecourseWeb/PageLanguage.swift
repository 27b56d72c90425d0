import Lexicon

/// The language of a page: the first of the browser's `Accept-Language` the catalog speaks,
/// else the language `recourse serve` was started in (`--lang`, the `lang` setting, `LANG`).
enum PageLanguage {
    static func choose(acceptLanguage: String?, fallback: Language) -> Language {
        guard let acceptLanguage else { return fallback }
        let ranked = acceptLanguage.split(separator: ",").enumerated().compactMap { index, item -> (Double, Int, Language)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, let language = Language(locale: tag) else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return quality > 0 ? (quality, index, language) : nil
        }
        return ranked.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first?.2 ?? fallback
    }
}
