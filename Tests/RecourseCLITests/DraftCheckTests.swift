import Foundation
import Testing

/// `draft … --check`: what to fix or confirm before sending, with exit 1 when not ready.
@Suite("Drafts: --check before sending")
struct DraftCheckTests {
    private func demo() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        return r
    }

    @Test("a complaint without the sender's name must be fixed; with it, it is ready, with points to confirm")
    func complaint() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let unnamed = try r.run(["draft", "complaint", "1", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(unnamed.status == 1)
        #expect(unnamed.stdout.contains("✗ 需处理：缺少您的姓名") && unnamed.stdout.hasSuffix("发送前需处理 1 项。\n"))
        try r.run(["profile", "set", "name", "王小明"])
        let named = try r.run(["draft", "complaint", "1", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(named.status == 0, "\(named.stdout)")
        #expect(named.stdout.contains("! 请确认：尚未记录正式投诉") && named.stdout.contains("可以发送"))
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-02", "--ref", "TS-5521"])
        let before = try r.fingerprint()
        let recorded = try r.run(["draft", "complaint", "1", "--check", "--lang", "en", "--as-of", "2026-11-25 09:00"])
        #expect(recorded.status == 0 && !recorded.stdout.contains("no formal complaint is recorded"), "\(recorded.stdout)")
        #expect(try r.fingerprint() == before, "a check writes nothing")
    }

    @Test("--no-redact: every identity number shown in full is something to fix, the sender's own phone is not")
    func unmasked() throws {
        let r = try demo()
        defer { r.cleanUp() }
        try r.run(["profile", "set", "name", "王小明"])
        try r.run(["profile", "set", "phone", "13800001234"])
        try r.run(["log", "--case", "1", "--summary", "卡号4111111111111111，身份证44030419851231002X", "--no-input", "--at", "2026-11-24 10:00"])
        let full = try r.run(["draft", "complaint", "1", "--check", "--no-redact", "--json", "--as-of", "2026-11-25 09:00"])
        #expect(full.status == 1)
        let report = try #require(full.json as? [String: Any])
        #expect(report["ready"] as? Bool == false)
        let findings = try #require(report["findings"] as? [[String: String]])
        let unmasked = findings.filter { $0["code"] == "unmasked-number" }.compactMap { $0["message"] }
        #expect(unmasked.count == 3, "\(unmasked)")
        #expect(unmasked.contains { $0.hasPrefix("银行卡号 ••••1111") } && unmasked.contains { $0.hasPrefix("身份证号 ••••002X") })
        #expect(unmasked.contains { $0.hasPrefix("您的证件号或账号 ••••7890") })
        #expect(!full.stdout.contains("13800001234") && !full.stdout.contains("4111111111111111"))
        let masked = try r.run(["draft", "complaint", "1", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(masked.status == 0 && !masked.stdout.contains("以完整号码出现"), "\(masked.stdout)")
    }

    @Test("a regulator submission lists missing fields and an unmet precondition instead of refusing")
    func regulator() throws {
        let r = try demo()
        defer { r.cleanUp() }
        try r.run(["profile", "set", "name", "Wang Xiaoming"])
        let early = try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(early.status == 1)
        #expect(early.stdout.contains("✗ fix: the required field \"Address\" is missing"))
        #expect(early.stdout.contains("✗ fix: uk.fos requires a complaint to the firm first"))
        try r.run(["escalate", "2", "--to", "company", "--at", "2026-11-02"])
        let waiting = try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--check", "--json", "--as-of", "2026-11-20 09:00"])
        let findings = try #require((waiting.json as? [String: Any])?["findings"] as? [[String: String]])
        // A card payment, though filed as `other`: 15 business days (DISP 1.6.2AR) from 2 November.
        #expect(findings.contains { $0["code"] == "precondition" && $0["message"]?.contains("uk.fos opens on 24 November 2026") == true })

        try r.run(["profile", "set", "id-number", "110101199003071065"])
        try r.run(["profile", "set", "phone", "13800001234"])
        // Case 1 is a wallet: NFRA's remit is banks and insurers, PBOC's the wallet.
        let nfra = try r.run(["draft", "regulator", "1", "--to", "cn.nfra", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(nfra.status == 1 && nfra.stdout.contains("cn.nfra does not take complaints about a wallet"), "\(nfra.stdout)")
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-02"])
        let pboc = try r.run(["draft", "regulator", "1", "--to", "cn.pboc", "--check", "--as-of", "2026-11-25 09:00"])
        #expect(pboc.status == 0, "\(pboc.stdout)")
        #expect(pboc.stdout.contains("! 请确认：以下内容尚未经原始资料核实：") && pboc.stdout.contains("可以发送"))
    }

    @Test("an evidence list with no files is worth confirming, not an error")
    func evidence() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let result = try r.run(["draft", "evidence", "2", "--check", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == "! confirm: no evidence files are kept for this case: recourse log … --attach FILE\nReady to send (confirm the points above first).\n")
    }
}
