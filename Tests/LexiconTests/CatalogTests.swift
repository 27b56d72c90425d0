import Lexicon
import Testing

@Suite("The message catalog")
struct CatalogTests {
    @Test("every message has every language, and no form is empty", arguments: Language.allCases)
    func everyLanguage(_ language: Language) {
        let missing = Message.allCases.filter { $0.forms[language] == nil }
        #expect(missing.isEmpty, "no \(language.rawValue) form for: \(missing)")
        let empty = Message.allCases.filter { $0.forms[language]?.isEmpty == true }
        #expect(empty.isEmpty, "empty \(language.rawValue) form for: \(empty)")
    }

    @Test("every language fills the same arguments")
    func sameArguments() {
        for message in Message.allCases {
            let english = Message.placeholders(in: message.form(in: .en))
            for language in Language.allCases {
                #expect(Message.placeholders(in: message.form(in: language)) == english, "\(message) in \(language.rawValue)")
            }
            #expect(english.isEmpty || english == Set(1...english.count), "\(message) skips an argument number")
        }
    }

    @Test("Chinese forms hold no English words beyond flags, ids and product names")
    func chineseIsChinese() {
        // Messages whose arguments are the whole text, and English plural-free words Chinese uses as is.
        for message in Message.allCases {
            let words = UntranslatedWords.find(in: message.form(in: .zh))
            #expect(words.isEmpty, "\(message): \(words)")
        }
    }

    @Test("arguments are filled in the language's order; English picks singular or plural")
    func filling() {
        #expect(Message.dateThisYear.text(in: .zh, "周五", 27, "11月", "18:00") == "11月27日 周五 18:00")
        #expect(Message.dateThisYear.text(in: .en, "Fri", 27, "Nov", "18:00") == "Fri 27 Nov 18:00")
        #expect(Message.spanDays.text(in: .en, 1) == "1 day")
        #expect(Message.spanDays.text(in: .en, 3) == "3 days")
        #expect(Message.spanDays.text(in: .zh, 3) == "3 天")
        #expect(Message.caseSince.text(in: .zh, "进行中", "11月20日 周五 09:00", "2 次联系", "1 项待兑现承诺")
            == "11月20日 周五 09:00 起进行中 · 2 次联系 · 1 项待兑现承诺")
    }

    @Test("an English message shown alone starts as a sentence: a capital, a digit, a symbol or a placeholder")
    func englishSentencesAreCapitalised() {
        let lowerCase = Message.allCases.filter { message in
            guard !message.isFragment, let first = message.form(in: .en).first else { return false }
            return first.isLetter && first.isLowercase
        }
        #expect(lowerCase.isEmpty, "start these with a capital, or mark them in Message+Fragments.swift if they are never shown alone: \(lowerCase)")
    }

    @Test("a message marked as a fragment does start lower-case (the list keeps no stale entries)")
    func fragmentsAreLowerCase() {
        let stale = Message.allCases.filter { $0.isFragment && !($0.form(in: .en).first.map { $0.isLetter && $0.isLowercase } ?? false) }
        #expect(stale.isEmpty, "remove from Message+Fragments.swift: \(stale)")
    }

    @Test("a phrase shown alone gets its capital in English only", arguments: [
        ("what to do: hang up", "What to do: hang up"), ("promise #2 was changed", "Promise #2 was changed"),
        ("请挂断电话", "请挂断电话"), ("'recourse show 1'", "'recourse show 1'"), ("", ""),
    ])
    func sentenceAlone(_ text: String, _ expected: String) {
        #expect(Sentence.alone(text) == expected)
    }

    @Test("the language comes from --lang, else the setting, else LC_ALL, LC_MESSAGES, LANG", arguments: [
        (nil, nil, ["LANG": "zh_CN.UTF-8"], Language.zh),
        (nil, nil, ["LANG": "C"], .en),
        (nil, nil, ["LANG": "C.UTF-8"], .en),
        (nil, nil, [:], .en),
        (nil, nil, ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"], .zh),
        (nil, nil, ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"], .en),
        (nil, nil, ["LANG": "zh_CN.UTF-8", "LC_ALL": ""], .zh),
        (nil, nil, ["LANG": "fr_FR.UTF-8"], .en),
        (nil, Language.zh, ["LANG": "C"], .zh),
        (nil, .en, ["LANG": "zh_CN.UTF-8"], .en),
        (Language.zh, .en, ["LANG": "C"], .zh),
        (.en, .zh, ["LANG": "zh_CN.UTF-8"], .en),
    ] as [(Language?, Language?, [String: String], Language)])
    func resolution(explicit: Language?, setting: Language?, environment: [String: String], expected: Language) {
        #expect(Language.resolve(explicit: explicit, setting: setting, environment: environment) == expected)
    }

    @Test("the untranslated-word finder ignores flags, quoted commands, ids and digests", arguments: [
        ("已记录联系 #3，案件 #1（数字人民币钱包）", [String]()),
        ("请加上 --due 时间", []),
        ("'recourse show 1 --history' 可查看改动", []),
        ("机构资料 cn.nfra：字段 names", ["names"]),
        ("sha256 9f2c0e…", []),
        ("Logged contact #3", ["Logged", "contact"]),
        // A help screen's examples are commands as typed.
        ("例如：recourse escalate 3 --to company", []),
        ("更好的做法：\n  recourse log ORG --extends 1 --due WHEN\n    --agent Wang", []),
        ("例如 company", ["company"]),
    ])
    func finder(_ text: String, _ expected: [String]) {
        #expect(UntranslatedWords.find(in: text) == expected)
    }
}
