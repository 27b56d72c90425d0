import Testing

/// The detector's table is in `JournalTests/RedactionTableTests`; this checks what the binary prints.
@Suite("Redaction of numbers in error messages")
struct RedactionTests {
    @Test("error lines never carry a full card, ID or phone number, in text or JSON")
    func errors() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let attempts: [[String]] = [
            ["show", "6228480012345671"],
            ["log", "Bank", "--promise", "x", "--due", "6222 0212 3456 7890", "--no-input"],
            ["log", "Bank", "--promise", "x", "--due", "卡号6222020200112233445之前", "--no-input"],
            ["log", "Bank", "--promise", "x", "--due", "卡号6222020200112233445之前", "--json", "--no-input"],
            ["log", "Bank", "--at", "110101199003071065", "--json", "--no-input"],
            ["log", "Bank", "--at", "手机+86 138 1234 5678", "--no-input"],
        ]
        for arguments in attempts {
            let result = try r.run(arguments)
            #expect(result.status != 0)
            for leak in ["6228480012345671", "0212 3456", "62220202001122", "11010119900307", "138 1234"] {
                #expect(!result.stderr.contains(leak), "\(arguments): \(result.stderr)")
            }
            #expect(result.stderr.contains("****"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("error lines keep the references and hotlines they quote")
    func keeps() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "Bank", "--promise", "x", "--due", "工单 20261110001 之后", "--no-input"])
        #expect(result.status == 65 && result.stderr.contains("工单 20261110001"), "\(result.stderr)")
    }
}
