import Foundation
import Testing

/// The story: sensitive numbers glued to Chinese text in every field that reaches a draft.
@Suite("Drafts: redaction by meaning, end to end")
struct DraftRedactionTests {
    /// A wallet case whose every field carries a number to hide or one to keep.
    static func story() throws -> RecourseProcess {
        let r = RecourseProcess()
        let photo = r.write("身份证110101199003071065正面.jpg", "jpeg bytes")
        try r.run(["log", "数字人民币钱包6228480012345671", "--new-case", "卡号6222020200112233445转账失败",
                   "--number", "13912345678", "--agent", "工号 10234567", "--ref", "88776655",
                   "--summary", "卡号6222020200112233445转账失败，身份证110101199003077777，手机13812345678；工单 20261110001，热线 400-820-8820",
                   "--advice", "等待 1234567.89 元退回，或拨打95566", "--promise", "退回到卡4111 1111 1111 1111", "--due", "2026-11-20",
                   "--attach", photo, "--at", "2026-11-10 10:00", "--no-input"])
        try r.run(["log", "--case", "1", "--via", "phone", "--number", "95566", "--summary", "SSN 078-05-1120, IBAN GB82 WEST 1234 5698 7654 32, 座机(010) 6512 3456, +86 138 1234 5678",
                   "--at", "2026-11-12 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--account", "ACC-778899-X", "--wants", "退回 ACC-778899-X 中的款项", "--at", "2026-11-12 11:00"])
        try r.run(["org", "add", "Digital RMB Wallet", "--at", "2026-11-12 11:00"])
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-13", "--ref", "TS-5521"])
        try r.run(["profile", "set", "name", "王小明"])
        try r.run(["profile", "set", "phone", "13800001234"])
        try r.run(["profile", "set", "email", "wang@example.com"])
        try r.run(["profile", "set", "address", "北京市朝阳区建国路 88 号 100020"])
        try r.run(["profile", "set", "id-number", "44030419851231002X"])
        return r
    }

    static let hidden = ["6228480012345671", "6222020200112233445", "110101199003077777", "13812345678", "4111 1111 1111 1111",
                         "110101199003071065", "13912345678", "078-05-1120", "GB82 WEST", "6512 3456", "138 1234 5678",
                         "778899", "44030419851231002X"]
    static let complaintShows = ["工号 10234567", "88776655", "工单 20261110001", "400-820-8820", "1234567.89 元", "95566",
                                 "13800001234", "wang@example.com", "北京市朝阳区建国路 88 号 100020"]
    static let submissionShows = ["工号 10234567", "工单 20261110001", "400-820-8820", "1234567.89 元", "95566", "13800001234", "wang@example.com"]

    /// Each draft, and what it must show in full.
    static let drafts: [([String], [String])] = [
        (["complaint", "1", "--lang", "zh"], complaintShows), (["complaint", "1", "--lang", "en"], complaintShows),
        (["regulator", "1", "--to", "cn.nfra", "--force"], submissionShows),
        (["regulator", "1", "--to", "cn.nfra", "--force", "--lang", "en"], submissionShows),
        (["regulator", "1", "--to", "uk.fos", "--force"], ["工单 20261110001", "400-820-8820", "13800001234", "wang@example.com", "北京市朝阳区建国路 88 号 100020"]),
        (["evidence", "1"], []), (["evidence", "1", "--lang", "en"], []),
    ]

    @Test("no identity number is readable in any draft, kind, language or format; what the recipient needs is", arguments: drafts)
    func masked(_ draft: [String], _ shows: [String]) throws {
        let r = try Self.story()
        defer { r.cleanUp() }
        for format in ["md", "txt", "html"] {
            let result = try r.run(["draft"] + draft + ["--format", format, "--as-of", "2026-11-25 09:00"])
            #expect(result.status == 0, "\(draft) \(format): \(result.stderr)")
            let text = result.stdout
            for number in Self.hidden { #expect(!text.contains(number), "\(draft) \(format) shows \(number)") }
            #expect(text.contains("••••"), "\(draft) \(format)")
            #expect(text.contains("完整号码可应要求另行提供") || text.contains("the full numbers will be given on request"), "\(draft) \(format)")
            for number in shows { #expect(text.contains(number), "\(draft) \(format) hides \(number)") }
        }
    }

    @Test("--no-redact shows every number as logged")
    func unredacted() throws {
        let r = try Self.story()
        defer { r.cleanUp() }
        let text = try r.run(["draft", "complaint", "1", "--no-redact", "--as-of", "2026-11-25 09:00"]).stdout
        for number in ["6222020200112233445", "110101199003077777", "13812345678", "ACC-778899-X"] { #expect(text.contains(number)) }
        #expect(!text.contains("••••"))
    }
}
