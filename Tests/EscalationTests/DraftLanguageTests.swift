import Escalation
import Lexicon
import Testing

@Suite("Draft language: the recipient's, else the user's, else English")
struct DraftLanguageTests {
    static let rows: [(String?, Language?, Language)] = [
        ("CN", nil, .zh), ("cn", .en, .zh), ("GB", .zh, .en), ("GB-SCT", .zh, .en), ("US", .zh, .en),
        ("DE", .zh, .zh), ("DE", nil, .en), ("EU", .zh, .zh), (nil, .zh, .zh), (nil, nil, .en),
    ]

    @Test("a Chinese firm or body always gets Chinese; an English-speaking one English; otherwise the user's lang", arguments: rows)
    func language(_ jurisdiction: String?, _ user: Language?, _ expected: Language) {
        #expect(Language.forRecipient(jurisdiction: jurisdiction, userLanguage: user) == expected)
    }
}
