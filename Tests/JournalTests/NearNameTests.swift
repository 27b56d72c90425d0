import Journal
import Testing

@Suite("Near organization names")
struct NearNameTests {
    @Test("near: containment, legal suffixes, small typos", arguments: [
        ("数字人民币", "数字人民币钱包"), ("数字人民币钱包有限公司", "数字人民币钱包"), ("中国移动通信集团有限公司", "中国移动通信"),
        ("Northway Bank Ltd", "Northway Bank"), ("Northway Bank, Inc.", "Northway Bank plc"), ("Nortway Bank", "Northway Bank"),
        ("northway", "Northway Bank"), ("招商银行股份有限公司", "招商银行"),
        // Issue #22: a typo, a part, the traditional script, a brand beside its subsidiary
        ("中国移东", "中国移动"), ("移动", "中国移动"), ("中國移動", "中国移动"), ("京东金融", "京东"), ("京东", "京东金融"),
    ])
    func near(_ candidate: String, _ known: String) {
        #expect(NearName.isNear(candidate, known))
    }

    @Test("not near: different companies, the same name, short shared words", arguments: [
        ("中国银行", "中信银行"), ("中国移动", "中国联通"), ("招商银行", "建设银行"), ("Bank", "Bank"), ("HSBC", "Barclays"),
        ("银行", "招商银行"), ("AB", "ABC Ltd"), ("中国", "中国移动"), ("支付", "支付宝"),
    ])
    func notNear(_ candidate: String, _ known: String) {
        #expect(!NearName.isNear(candidate, known))
    }

    @Test("edit distance counts characters, Chinese included", arguments: [
        ("agnda", "agenda", 1), ("extnd", "extend", 1), ("", "abc", 3), ("数字人民币", "数字人民币钱包", 2), ("kitten", "sitting", 3),
    ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
    }
}
