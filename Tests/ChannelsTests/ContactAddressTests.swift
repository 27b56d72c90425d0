import Testing
@testable import Channels

@Suite("Contact addresses are normalised")
struct ContactAddressTests {
    /// (as typed, normalised form) — every way people write the same channel.
    static let table: [(String, ContactAddress)] = [
        ("95566", .phone("95566")), ("９５５６６", .phone("95566")), ("+86 95566", .phone("95566")),
        ("+86 171 2345 6789", .phone("17123456789")), ("86 171 2345 6789", .phone("17123456789")),
        ("0086-171-2345-6789", .phone("17123456789")), ("+86-171-2345-6789", .phone("17123456789")),
        ("171 2345 6789", .phone("17123456789")), ("１７１－２３４５－６７８９", .phone("17123456789")),
        ("400-810-8866", .phone("4008108866")), ("+86 400 810 8866", .phone("4008108866")),
        ("010-12345678", .phone("01012345678")), ("+86 10 1234 5678", .phone("01012345678")), ("0086 10 12345678", .phone("01012345678")),
        ("(855) 411-2372", .phone("8554112372")), ("+1 855 411 2372", .phone("8554112372")), ("1-855-411-2372", .phone("18554112372")),
        ("0800 023 4567", .phone("08000234567")), ("+44 800 023 4567", .phone("08000234567")), ("0044 800 023 4567", .phone("08000234567")),
        ("+33 1 23 45 67 89", .phone("+33123456789")),
        ("www.boc.cn", .web("boc.cn")), ("https://www.boc.cn/contact", .web("boc.cn")), ("HTTP://WWW.BOC.CN:80/", .web("boc.cn")),
        ("boc.cn.", .web("boc.cn")), ("ｗｗｗ．ｂｏｃ．ｃｎ", .web("boc.cn")), ("m.icbc.com.cn?x=1", .web("m.icbc.com.cn")),
        ("Service@BOC.cn", .email("service@boc.cn")), ("中国银行", .name("中国银行")), ("Bank of China", .name("bankofchina")),
    ]

    @Test("as typed → normalised", arguments: table)
    func normalise(_ typed: String, _ expected: ContactAddress) {
        #expect(ContactAddress(typed) == expected, "\(typed)")
    }

    @Test("a page of a genuine site is covered; a look-alike host is not")
    func covering() {
        let site = ContactAddress("www.boc.cn")!
        #expect(ContactAddress("https://m.boc.cn/x")!.isCovered(by: site))
        #expect(!ContactAddress("boc.cn.example.com")!.isCovered(by: site))
        #expect(!ContactAddress("fakeboc.cn")!.isCovered(by: site))
        #expect(ContactAddress("help@service.boc.cn")!.isCovered(by: site))
    }

    @Test("empty text is no address") func empty() { #expect(ContactAddress("   ") == nil) }
}
