import Testing
@testable import recourse
import Journal

@Suite("Redaction of numbers in messages")
struct RedactionTests {
    static let cases: [(String, String)] = [
        ("cannot read the time '6222 0212 3456 7890'", "cannot read the time '****7890'"),
        ("no case #6222021234567890", "no case #****7890"),
        ("ID 110101199003071234 given", "ID ****1234 given"),
        ("call 138 0000 1234 now", "call ****1234 now"),
        ("call 0345-300-0000", "call ****0000"),
        ("due 2026-11-27 17:00 or 2026/12/01", "due 2026-11-27 17:00 or 2026/12/01"),
        ("no case #42; try 3 workdays", "no case #42; try 3 workdays"),
        ("hotline 95566 and 12363", "hotline 95566 and 12363"),
        ("ref CS-5521 then 1 2 3", "ref CS-5521 then 1 2 3"),
        ("file /tmp/e2e-40AF-A9F91234567DE5C/config:1", "file /tmp/e2e-40AF-A9F91234567DE5C/config:1"),
        ("folder /data/20261127123/journal.sqlite", "folder /data/20261127123/journal.sqlite"),
        ("ref CS20261124-88 and order_123456789", "ref CS20261124-88 and order_123456789"),
        ("card 6222021234567890.", "card ****7890."),
        ("/tmp/recourse-e2e-57383029-E295-48CF/config", "/tmp/recourse-e2e-57383029-E295-48CF/config"),
        ("ref TS-20261122-0031 logged", "ref TS-20261122-0031 logged"),
        ("6222 0212 3456 7890 and more", "****7890 and more"),
    ]

    @Test("numbers are masked, dates and small numbers are not", arguments: cases)
    func masks(_ input: String, _ expected: String) {
        #expect(Redaction.maskNumbers(input) == expected)
    }

    @Test("error lines never carry a full account number, in text or JSON")
    func errors() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        for arguments in [["show", "6222021234567890"], ["log", "Bank", "--promise", "x", "--due", "6222 0212 3456 7890", "--no-input"],
                          ["log", "Bank", "--at", "110101199003071234", "--json", "--no-input"]] {
            let result = try r.run(arguments)
            #expect(result.status != 0)
            #expect(!result.stderr.contains("6222021234567890") && !result.stderr.contains("0212 3456") && !result.stderr.contains("11010119900307"))
            #expect(result.stderr.contains("****"))
        }
    }
}
