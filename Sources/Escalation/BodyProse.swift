import Lexicon

extension BodyProfile {
    /// Words a profile writes for people — a condition, a note, a source's description — in each
    /// language the interface speaks.
    ///
    /// A profile gives either one text (`"hours": "9:00–17:00"`, a title that has no translation, or
    /// a user's own file written in one language) or both: `{"zh": "工作日", "en": "working days"}`.
    /// The built-in profiles give both for every sentence (`BodyLibraryTests`), so a Chinese user
    /// never meets an English condition in the middle of a Chinese screen.
    public struct Prose: Codable, Sendable, Equatable, ExpressibleByStringLiteral {
        public let zh: String
        public let en: String

        public init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }

        /// One text for every language.
        public init(stringLiteral text: String) { self.init(zh: text, en: text) }

        /// The text in `language`.
        public func `in`(_ language: Language) -> String { language == .zh ? zh : en }

        /// The text in the interface's language.
        public var text: String { self.in(.current) }

        /// True when the profile gave a single text for both languages.
        public var isSingle: Bool { zh == en }

        private enum Keys: String, CodingKey { case zh, en }

        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer().decode(String.self) {
                self.init(stringLiteral: single)
                return
            }
            let container = try decoder.container(keyedBy: Keys.self)
            self.init(zh: try container.decode(String.self, forKey: .zh), en: try container.decode(String.self, forKey: .en))
        }

        public func encode(to encoder: any Encoder) throws {
            if isSingle {
                var container = encoder.singleValueContainer()
                try container.encode(en)
            } else {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(zh, forKey: .zh)
                try container.encode(en, forKey: .en)
            }
        }
    }
}
