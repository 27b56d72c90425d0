import Testing
@testable import Journal

/// Identity numbers from beyond the mainland are identity numbers too; a reference that looks
/// like a mobile number stays readable (issue #20).
@Suite("Redaction: IDs beyond the mainland, and references shaped like mobiles")
struct ForeignIDRedactionTests {
    static let mustMask: [(String, String)] = [
        ("香港身份证 A123456(7)", "香港身份证 ****4567"),
        ("HKID AB987654(A) on file", "HKID ****654A on file"),
        ("澳门身份证1234567(8)", "澳门身份证****5678"),
        ("台湾身份证A123456789", "台湾身份证****6789"),
        ("护照E12345678", "护照****5678"),
        ("passport EA1234567 expires", "passport ****4567 expires"),
        ("往来港澳通行证C12345678", "往来港澳通行证****5678"),
        ("往来台湾通行证 L12345678", "往来台湾通行证 ****5678"),
        ("NI number AB 12 34 56 C", "NI number ****456C"),
        ("National Insurance AB123456D", "National Insurance ****456D"),
        ("my ITIN is 912-70-1234", "my ITIN is ****1234"),
        ("手机13098765432", "手机****5432"),
    ]

    static let mustKeep: [String] = [
        "订单号13098765432",
        "工单号：13912345678 已受理",
        "order 13098765432 was late",
        "ticket #13912345678",
        "工单号 C12345678",
        "SKU XB1234 and CS-77",
    ]

    @Test("masked to their last four", arguments: mustMask)
    func masked(_ text: String, _ expected: String) {
        #expect(Redactor().redact(text) == expected)
    }

    @Test("references stay readable", arguments: mustKeep)
    func kept(_ text: String) {
        #expect(Redactor().redact(text) == text)
    }

    @Test("findings name the kind")
    func kind() {
        #expect(Redactor().findings(in: "护照E12345678").map(\.kind) == [.otherID])
        #expect(Redactor().findings(in: "ITIN 912-70-1234").map(\.kind) == [.otherID])
    }
}
