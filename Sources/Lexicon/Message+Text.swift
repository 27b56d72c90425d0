extension Message {
    /// The message in the current language (`Language.current`) with its arguments filled in.
    ///
    /// `{1}`, `{2}`… stand for the arguments in order, so a language can put them where its
    /// grammar wants them. A form written `singular|plural` picks by the first argument being 1
    /// (English needs it; Chinese has no plural).
    public func text(_ arguments: any CustomStringConvertible...) -> String {
        Self.fill(form(in: Language.current), arguments.map(\.description))
    }

    /// The message in the current language exactly as written, for help screens: there `|` is a
    /// shell pipe or a list of choices (`zh|en`), not a plural, and no row has arguments.
    public var literal: String { form(in: Language.current) }

    /// The message in `language`, for text whose language is chosen apart from the interface
    /// (a complaint letter to a Chinese firm is Chinese whatever the user's terminal says).
    public func text(in language: Language, _ arguments: any CustomStringConvertible...) -> String {
        Self.fill(form(in: language), arguments.map(\.description))
    }

    /// The raw form in `language`, falling back to English if a row lacks it (the catalog test
    /// makes sure none does).
    public func form(in language: Language) -> String {
        let forms = self.forms
        return forms[language] ?? forms[.en] ?? ""
    }

    /// The numbers `{n}` that `form` refers to, for the catalog test.
    public static func placeholders(in form: String) -> Set<Int> {
        var found: Set<Int> = []
        var digits: String?
        for character in form {
            switch character {
            case "{": digits = ""
            case "}":
                if let value = digits.flatMap(Int.init) { found.insert(value) }
                digits = nil
            case "0"..."9" where digits != nil: digits?.append(character)
            default: digits = nil
            }
        }
        return found
    }

    /// `form` with `{n}` replaced by the n-th argument; "a|b" picks a (the singular) when the
    /// first argument is "1". Scanned as UTF-8 bytes: `{`, `}` and `|` are ASCII, and tables and
    /// timelines fill thousands of forms.
    static func fill(_ form: String, _ arguments: [String]) -> String {
        var template = Substring(form)
        if let bar = template.utf8.firstIndex(of: UInt8(ascii: "|")) {
            template = arguments.first == "1" ? template[..<bar] : template[template.utf8.index(after: bar)...]
        }
        var rest = template.utf8
        guard rest.contains(UInt8(ascii: "{")) else { return String(template) }
        var result = ""
        while let open = rest.firstIndex(of: UInt8(ascii: "{")) {
            result += Substring(rest[..<open])
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: UInt8(ascii: "}")), let number = Int(Substring(after[..<close])),
               (1...arguments.count).contains(number) {
                result += arguments[number - 1]
                rest = after[after.index(after: close)...]
            } else {
                result.append("{")
                rest = after
            }
        }
        return result + Substring(rest)
    }
}
