import Lexicon
import Testing

@Suite("Phone numbers as shown")
struct PhoneDisplayTests {
    @Test("grouped as the number's country writes it", arguments: [
        // Registry and body-profile numbers (Sources/Channels/Data, Sources/Escalation/Bodies).
        ("08000234567", "GB", "0800 023 4567"), ("0800 023 4567", "GB", "0800 023 4567"), ("03001232040", "GB", "0300 123 2040"),
        ("159", "GB", "159"), ("8554112372", "US", "(855) 411-2372"), ("(855) 411-2372", "US", "(855) 411-2372"),
        ("95566", "CN", "95566"), ("12363", "CN", "12363"), ("956196", "CN", "956196"), ("4008108866", "CN", "400-810-8866"),
        ("400-830-6666", "CN", "400-830-6666"),
        // The shapes of each country.
        ("02079460000", "GB", "020 7946 0000"), ("07700900123", "UK", "07700 900123"), ("01214960000", "GB", "0121 496 0000"),
        ("01632960000", "GB", "01632 960000"), ("4008200588", "CN", "400-820-0588"), ("13800138000", "CN", "138 0013 8000"),
        ("01066551234", "CN", "010-6655 1234"), ("075588886666", "CN", "0755-8888 6666"), ("8005550100", "US", "(800) 555-0100"),
        ("18005550100", "US", "1 (800) 555-0100"), ("911", "US", "911"),
        // With a country code: grouped by that country, whatever the region.
        ("+442079460000", nil, "+44 20 7946 0000"), ("+44 (0)800 023 4567", "CN", "+44 800 023 4567"), ("+8613800138000", "GB", "+86 138 0013 8000"),
        ("+86 10 6655 1234", nil, "+86 10 6655 1234"), ("+18554112372", nil, "+1 855-411-2372"),
        // Kept as given: another country, an unknown region, a length no rule fits, not a number.
        ("+49 30 1234567", nil, "+49 30 1234567"), ("08000234567", nil, "08000234567"), ("08000234567", "DE", "08000234567"),
        ("0800023456789", "GB", "0800023456789"), ("ext. 2", "GB", "ext. 2"), ("www.boc.cn", "CN", "www.boc.cn"),
    ] as [(String, String?, String)])
    func grouped(_ number: String, _ region: String?, _ expected: String) {
        #expect(PhoneDisplay.format(number, region: region) == expected)
    }
}
