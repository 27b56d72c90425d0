import Foundation
import Testing

/// Issue #22: the English that was left in the Chinese interface, each screen checked in zh.
@Suite("Every word in Chinese: the screens issue #22 found English in")
struct ChineseWordingTests {
    @Test("org edit, org list, escalate without --to, show's submissions and history, amounts")
    func screens() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let zh = ["--lang", "zh"]
        try r.run(["org", "add", "中国移动", "--official", "phone:10086"])
        try r.run(["log", "中国移动", "--summary", "套餐被擅自变更", "--at", "2026-11-20 10:00", "--no-input"])
        let edit = try r.run(["org", "edit", "1", "--kind", "telecom", "--jurisdiction", "CN"] + zh)
        #expect(edit.stdout.contains("类型 电信运营商，所属地区 CN") && !edit.stdout.contains("kind"), "\(edit.stdout)")
        let list = try r.run(["org", "list"] + zh).stdout
        #expect(list.contains("电话：10086") && !list.contains("phone:"), "\(list)")
        let escalate = try r.run(["escalate", "1", "--no-input"] + zh)
        #expect(escalate.status == 64 && escalate.stderr.contains("请用 --to 指定受理机构"), "\(escalate.stderr)")
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-21 10:00", "--no-input"])
        try r.run(["case", "edit", "1", "--amount", "1.2万元"])
        let show = try r.run(["show", "1", "--history"] + zh).stdout
        #expect(show.contains("向企业正式投诉 提交于") && !show.contains("#1 company"), "\(show)")
        #expect(show.contains("金额: — → 人民币 12,000.00 元") && !show.contains("amount minor"), "\(show)")
        let amount = try r.run(["case", "edit", "1", "--amount", "1.234 EUR"] + zh)
        #expect(amount.status == 64 && amount.stderr.contains("是 1234 还是 1.234"), "\(amount.stderr)")
        #expect(try r.run(["case", "edit", "1", "--amount", "€950,00"]).stdout.contains("€950.00"))
    }

    @Test("escalate on a terminal offers only the bodies that could take a Chinese shop's case, and accepts the hotline 12315")
    func escalateOffersTheRightBodies() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["org", "add", "京东", "--kind", "shop", "--jurisdiction", "CN"])
        try r.run(["log", "京东", "--summary", "退款未到账", "--at", "2026-11-02 10:00", "--no-input"])
        let environment = r.environment.merging(["TERM": "xterm", "LANG": "zh_CN.UTF-8"]) { $1 }
        let t = try PseudoTerminal(["escalate", "1", "--at", "2026-11-06 10:00", "--ref", "T-1", "--note", "无"], environment: environment, columns: 100)
        try t.expect("提交给（机构）")
        t.send("12315\n")
        try t.expect("保存这条记录吗")
        t.send("y\n")
        #expect(try t.finish() == 0, "\(t.transcript)")
        #expect(t.transcript.contains("cn.samr") && !t.transcript.contains("uk.fos") && !t.transcript.contains("us.cfpb"), "\(t.transcript)")
        #expect(try r.run(["show", "1", "--lang", "zh"]).stdout.contains("市场监督管理部门（12315） 提交于"))
    }
}
