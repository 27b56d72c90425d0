import Testing
@testable import Journal

/// The redaction table: what must be masked and what must stay readable, in Chinese and English.
@Suite("Redaction by meaning")
struct RedactionTableTests {
    static let mustMask: [(String, String)] = [
        // Glued to Latin text or after a reference word, the digits themselves still decide.
        ("卡号No.6222020200112233445", "卡号No.****3445"),
        ("身份证ID-110101199003071233", "身份证ID-****1233"),
        ("ref: 110101199003071233", "ref: ****1233"),
        ("工单号 6222020200112233445", "工单号 ****3445"),
        ("客服电话 13812345678", "客服电话 ****5678"),
        ("card4111111111111111", "card****1111"),
        ("卡号6222020200112233445转账失败", "卡号****3445转账失败"),
        ("身份证110101199003077777，手机13812345678", "身份证****7777，手机****5678"),
        ("证件44030419851231002X已提交", "证件****002X已提交"),
        ("身份证号码44030419851231002x", "身份证号码****002X"),
        ("号码11010519491231002X", "号码****002X"),
        ("ID 110101199003071065 given", "ID ****1065 given"),
        ("本人身份证号码：110101199003071233。", "本人身份证号码：****1233。"),
        ("old ID 110101900307123 on file", "old ID ****7123 on file"),
        ("电话+86 138 1234 5678", "电话****5678"),
        ("电话 86-138-0000-0000", "电话 ****0000"),
        ("0086 13812345678 是我", "****5678 是我"),
        ("手机号：+86-139-1234-5678", "手机号：****5678"),
        ("请回电13912345678。", "请回电****5678。"),
        ("my number is 139 1234 5678", "my number is ****5678"),
        ("手机１３８１２３４５６７８", "手机****5678"),
        ("座机(010) 6512 3456", "座机****3456"),
        ("座机010-65123456", "座机****3456"),
        ("分行 0755-8888 6666", "分行 ****6666"),
        ("(021) 5555 6666", "****6666"),
        ("0086-10-65123456", "****3456"),
        ("+86 10 6512 3456", "****3456"),
        ("call me on +44 20 7946 0958", "call me on ****0958"),
        ("+44 (0)20 7946 0958", "****0958"),
        ("mobile 07700 900123", "mobile ****0123"),
        ("office (415) 555-0172", "office ****0172"),
        ("cell 415-555-0172", "cell ****0172"),
        ("+1 415 555 0172", "****0172"),
        ("1-415-555-0172", "****0172"),
        ("Berlin +49 30 12345678", "Berlin ****5678"),
        ("SSN 078-05-1120", "SSN ****1120"),
        ("my social is 219-09-9999.", "my social is ****9999."),
        ("IBAN GB82 WEST 1234 5698 7654 32 please", "IBAN ****5432 please"),
        ("pay DE89370400440532013000", "pay ****3000"),
        ("退款到GB82WEST12345698765432账户", "退款到****5432账户"),
        ("cards 4111 1111 1111 1111 and", "cards ****1111 and"),
        ("card 4111-1111-1111-1111", "card ****1111"),
        ("6222.0202.0011.2233.446 被扣款", "****3446 被扣款"),
        ("Amex 3782 822463 10005", "Amex ****0005"),
        ("转账到6228480012345671失败", "转账到****5671失败"),
        ("card 6222021234567890.", "card ****7890."),
        ("6222 0212 3456 7890 and more", "****7890 and more"),
        ("卡号 6222 0212 3456 7890 已冻结", "卡号 ****7890 已冻结"),
        ("银行卡尾号6217000010001234569", "银行卡尾号****4569"),
        ("账号：6217000010001234569", "账号：****4569"),
        ("账户 1234567890 被冻结", "账户 ****7890 被冻结"),
        ("account 12345678", "account ****5678"),
        // German labels: a mistyped card (its checksum wrong) and an account number, labelled as such.
        ("Karte 4929123456781234 doppelt belastet", "Karte ****1234 doppelt belastet"),
        ("Kontonummer: 0532013000", "Kontonummer: ****3000"),
        ("Personalausweis Nr. 123456789", "Personalausweis Nr. ****6789"),
        ("acct no. 87654321", "acct no. ****4321"),
        ("a/c 12345678 closed", "a/c ****5678 closed"),
        ("Account number: 00123456", "Account number: ****3456"),
        ("cannot read the time '卡号6222020200112233445之前'", "cannot read the time '卡号****3445之前'"),
        ("no case #6228480012345671", "no case #****5671"),
        ("客服 95566 回拨 13812345678", "客服 95566 回拨 ****5678"),
    ]

    static let mustKeep: [String] = [
        "工单 20261110001", "工单号：202611100001234", "工号 10234567", "客服工号10234567说", "staff no. 10234567",
        "客服热线 400-820-8820", "4008208820", "拨打95566", "12363、12378 和 12315", "10086", "热线 800-820-8820",
        "UK freephone 0800 123 4567", "call 0345 300 0000", "1-800-555-0199", "(800) 555-0199",
        "1234567.89 元", "¥1234567.89", "金额 500 元", "£84.99", "refund of $1234.56", "500 CNY", "退款 84.99 英镑",
        "2026-11-27 17:00", "2026/12/01", "2026年11月25日", "12 Nov 2026 09:40", "2026-11-02T10:00", "09:00-17:30",
        "ref 88776655", "reference: 2026111012345678", "ticket #20261110001", "订单号 2026111012345678",
        // Hashes: a chain head or a SHA-256 whose digits happen to look like a mobile, a card or an ID.
        "链头：ab13912343280cdef0123456789abcdef0123456789abcdef0123456789ab",
        "recourse verify --head 13912343280ef0123456789abcdef0123456789abcdef0123456789abcdef01",
        "sha256 f4b8c6638c5db4a56222021234567890123e5f0123456789abcdef0123456789",
        "sha256 e110101199003071234ea0123456789abcdef0123456789abcdef0123456789",
        "/tmp/recourse-e2e-3F2504E0-4F89-11D3-9A0C-A13912343280/mine.channels:3",
        "参考编号 TS-5521", "交易流水号 4200001234202611101234", "CS20261124-88", "order_123456789",
        "/data/20261127123/journal.sqlite", "TS-20261122-0031", "/tmp/recourse-e2e-57383029-E295-48CF/config",
        "共 3 次，8 weeks, 15 days", "version 1.2.3", "192.168.1.1", "DISP 1.6.2R", "#42", "邮编 100020",
        "序列 1234567812345678", "1234567890", "+86 95566", "no case #42; try 3 workdays", "ref CS-5521 then 1 2 3",
        "Kartenzahlung 2026120412345", "Karte 1234",
    ]

    @Test("identity numbers, personal phones and account numbers are masked to their last four", arguments: mustMask)
    func masks(_ input: String, _ expected: String) {
        #expect(Redactor().redact(input) == expected)
    }

    @Test("references, staff numbers, hotlines, amounts and dates stay readable", arguments: mustKeep)
    func keeps(_ input: String) {
        #expect(Redactor().redact(input) == input)
    }

    @Test("the table has at least 80 rows, in both languages")
    func size() {
        #expect(Self.mustMask.count + Self.mustKeep.count >= 80)
    }

    @Test("the user's own identifiers are masked wherever they appear, however spaced")
    func secrets() {
        let redactor = Redactor(mask: "••••", secrets: ["6222 0212 3456 7890", "ACC-778899-X"])
        #expect(redactor.redact("我的卡6222021234567890被扣") == "我的卡••••7890被扣")
        #expect(redactor.redact("order ref acc-778899-x") == "order ref ••••899X")
        #expect(redactor.redact("6222-0212-3456-7890") == "••••7890")
    }

    @Test("values the recipient must read stay, whatever they look like")
    func readable() {
        let redactor = Redactor(readable: ["工号 13812345678", "88776655"])
        #expect(redactor.redact("员工13812345678说") == "员工13812345678说")
        #expect(redactor.redact("又打给13912345678") == "又打给****5678")
    }

    @Test("findings name the kind of number")
    func findings() {
        let found = Redactor().findings(in: "卡 4111111111111111，身份证 44030419851231002X，手机 13812345678，SSN 078-05-1120")
        #expect(found.map(\.kind) == [.card, .residentID, .phone, .ssn])
        #expect(found.first?.masked == "****1111")
    }

    @Test("a case title made from a summary never cuts a number short")
    func titleCut() {
        let summary = "卡号6222020200112233445转账失败，身份证110101199003077777，手机13812345678；工单 20261110001"
        let title = JournalStore.caseTitle(summary: summary, organization: "Bank")
        #expect(title == "卡号6222020200112233445转账失败，身份证110101199003077777，手机")
        #expect(JournalStore.caseTitle(summary: "short\nsecond line", organization: "Bank") == "short")
        #expect(JournalStore.caseTitle(summary: String(repeating: "a", count: 58) + " 138 1234 5678", organization: "Bank") == String(repeating: "a", count: 58))
    }

    @Test("mobile numbers are a person's; landlines may be a firm's")
    func mobiles() {
        for mobile in ["13812345678", "+86 138 1234 5678", "0086-139-1234-5678", "07700 900123", "+44 7700 900123"] { #expect(Redactor.isMobile(mobile), "\(mobile)") }
        for line in ["+49 221 555 0100", "010 6512 3456", "020 7946 0958", "(415) 555-0172"] { #expect(!Redactor.isMobile(line), "\(line)") }
    }
}
