import Foundation
import Testing

@Suite("Drafts: complaint letters from the history")
struct DraftTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The demo journal at a fixed moment, with a signature profile.
    private func demo() throws -> RecourseProcess {
        let r = RecourseProcess()
        try r.run(["demo", "--db", r.journal, "--as-of", "2026-11-25 09:00"])
        try r.run(["profile", "set", "name", "王小明"])
        try r.run(["profile", "set", "phone", "13800001234"])
        return r
    }

    static let goldens: [(String, [String])] = [
        ("complaint-1.zh.md", ["draft", "complaint", "1", "--lang", "zh"]),
        ("complaint-2.en.md", ["draft", "complaint", "2", "--lang", "en"]),
        ("complaint-3.en.md", ["draft", "complaint", "3", "--lang", "en"]),
        ("regulator-1.cn.nfra.zh.md", ["draft", "regulator", "1", "--to", "cn.nfra", "--force"]),
        ("regulator-2.uk.fos.en.md", ["draft", "regulator", "2", "--to", "uk.fos", "--force"]),
        ("evidence-1.zh.md", ["draft", "evidence", "1"]),
        ("evidence-1.en.md", ["draft", "evidence", "1", "--lang", "en"]),
    ]

    @Test("the built-in drafts render exactly as the checked-in files", arguments: goldens)
    func golden(_ file: String, _ arguments: [String]) throws {
        let r = try demo()
        defer { r.cleanUp() }
        let draft = try r.run(arguments + ["--as-of", "2026-11-25 09:00"])
        #expect(draft.status == 0, "\(draft.stderr)")
        let head = try #require((try r.run(["verify", "--json"]).json as? [String: Any])?["head"] as? String)
        #expect(draft.stdout.contains(head), "the draft quotes the journal's chain head")
        let text = draft.stdout.replacingOccurrences(of: head, with: "<fingerprint>")
        if ProcessInfo.processInfo.environment["RECOURSE_UPDATE_GOLDEN"] == "1" {
            try text.write(to: Self.golden.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden.appendingPathComponent(file), encoding: .utf8)
        #expect(text == expected)
    }

    @Test("a regulator draft lists what is missing and refuses before its precondition is met, naming the date")
    func preconditions() throws {
        let r = try demo()
        defer { r.cleanUp() }
        try r.run(["org", "edit", "1", "--kind", "bank", "--at", "2026-11-16 12:00"])
        let nfra = try r.run(["draft", "regulator", "1", "--to", "cn.nfra", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(nfra.contains("**身份信息**（必填）：缺少（必填）") && nfra.contains("**尚缺的必填项：** 身份信息"))
        let early = try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--as-of", "2026-11-25 09:00"])
        #expect(early.status == 65 && early.stderr.contains("uk.fos requires a complaint to the firm first"))
        try r.run(["escalate", "2", "--to", "company", "--at", "2026-11-02"])
        let waiting = try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--as-of", "2026-11-20 09:00"])
        #expect(waiting.status == 65)
        // A card payment (the case's title), though filed as `other`: DISP 1.6.2AR's 15 business days from 2 November.
        #expect(waiting.stderr.contains("uk.fos opens on 24 November 2026"), "\(waiting.stderr)")
        #expect(try r.run(["draft", "regulator", "2", "--to", "uk.fos", "--as-of", "2026-12-29 09:00"]).status == 0)
        try r.run(["profile", "set", "id-number", "110101199003071234"])
        #expect(try r.run(["draft", "regulator", "1", "--to", "cn.nfra"]).stdout.contains("**身份信息**（必填）：••••1234"))
        #expect(try r.run(["draft", "regulator", "1", "--to", "xx.none"]).status == 66)
    }

    @Test("formats: plain text and a printable HTML page")
    func formats() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let text = try r.run(["draft", "complaint", "2", "--format", "txt", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(text.hasPrefix("Formal complaint\n") && !text.contains("**") && text.contains("From: 王小明 (phone 13800001234)"))
        let html = try r.run(["draft", "complaint", "1", "--format", "html", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">") && html.contains("<meta charset=\"utf-8\">") && html.contains("<h1>投诉函</h1>"))
        #expect(html.contains("<title>投诉函</title>") && html.contains("<p><strong>致：</strong> 数字人民币钱包<br>") && html.contains("<ul>") && html.contains("@page"))
        let tricky = try r.run(["log", "Shop <b>", "--summary", "<script>alert(1)</script> & more", "--no-input"])
        #expect(tricky.status == 0)
        let escaped = try r.run(["draft", "complaint", "4", "--format", "html", "--lang", "en"]).stdout
        #expect(escaped.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") && !escaped.contains("<script>"))
        #expect(try r.run(["draft", "complaint", "1", "--format", "pdf"]).status == 64)
    }

    @Test("numbers are masked by default and shown with --no-redact")
    func redaction() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let masked = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(masked.contains("**账户/订单：** ••••7890") && !masked.contains("6222 0212"))
        #expect(masked.contains("（电话：13800001234）"), "the sender's own phone is how the firm replies")
        #expect(masked.contains("完整号码可应要求另行提供"))
        let full = try r.run(["draft", "complaint", "1", "--no-redact", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(full.contains("6222 0212 3456 7890") && full.contains("13800001234") && !full.contains("完整号码可应要求另行提供"))
    }

    @Test("the deadline follows the recorded complaint and the rule that applies")
    func deadline() throws {
        let r = try demo()
        defer { r.cleanUp() }
        try r.run(["escalate", "1", "--to", "company", "--at", "2026-11-02"])
        // A wallet in CN: PBOC's 15 days run from its branch's forwarding, so the letter claims no deadline; 12363 follows.
        // (As of a day after the case was opened on 16 November: a draft is written from the journal as it stood then.)
        let early = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-17 09:00"]).stdout
        #expect(early.contains("本人已于 2026年11月2日 向贵司正式投诉。请贵司书面答复处理结果。"), "\(early)")
        #expect(early.contains("本人将向中国人民银行 金融消费权益保护（12363）投诉"))
        #expect(!early.contains("尚待核实"), "no hedge in the user's own letter")
        let late = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(!late.contains("该期限已过"), "no invented deadline passes")
        // A bank: NFRA's 15 days, stated plainly.
        try r.run(["org", "edit", "1", "--kind", "bank", "--at", "2026-11-16 12:00"])
        let bank = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(bank.contains("（即 2026年11月17日 前）答复；该期限已过，贵司至今未予答复。本人将就此向国家金融监督管理总局"), "\(bank)")
        try r.run(["org", "edit", "1", "--kind", "wallet", "--at", "2026-11-16 12:30"])
        try r.run(["escalation", "respond", "1", "--at", "2026-11-20"])
        let answered = try r.run(["draft", "complaint", "1", "--as-of", "2026-11-25 09:00"]).stdout
        #expect(answered.contains("贵司已于 2026年11月20日 作出答复，但该答复未能解决上述问题。"))
    }

    @Test("a user template is used; a broken one is an error naming the file and line")
    func templates() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let mine = r.write("mine.mustache", "To {{{organization}}} from {{{complainant_name}}}: {{#promises}}[{{{.}}}]{{/promises}}\n")
        let custom = try r.run(["draft", "complaint", "2", "--template", mine, "--as-of", "2026-11-25 09:00"])
        #expect(custom.stdout.hasPrefix("To Northway Bank from 王小明: [13 Nov 2026 09:40: you promised “refund the duplicate £84.99”"))
        let broken = r.write("broken.mustache", "line one\n{{#contacts}}\nnever closed\n")
        let error = try r.run(["draft", "complaint", "2", "--template", broken])
        #expect(error.status == 65)
        #expect(error.stderr.hasPrefix("recourse: template \(broken):"))
        #expect(try r.run(["draft", "complaint", "2", "--template", r.folder + "/none.mustache"]).status == 74)
        let typo = r.write("typo.mustache", "To {{{organization}}}\nDear {{complainant_nmae}}\n")
        let unknown = try r.run(["draft", "complaint", "2", "--template", typo])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasPrefix("recourse: template \(typo):2: unknown variable 'complainant_nmae'"))
        #expect(try r.run(["draft", "complaint", "9"]).status == 66)
        #expect(try r.run(["draft", "complaint", "1", "--lang", "fr"]).status == 64)
    }

    @Test("a template cannot read files: partials render nothing")
    func noFileAccess() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let sneaky = r.write("sneaky.mustache", "before {{> /etc/passwd}} {{>../../etc/hostname}} after {{{organization}}}\n")
        let result = try r.run(["draft", "complaint", "2", "--template", sneaky])
        #expect(result.status == 0)
        #expect(result.stdout == "before   after Northway Bank\n")
    }

    @Test("--output writes a private file")
    func output() throws {
        let r = try demo()
        defer { r.cleanUp() }
        let path = r.outside + "/投诉.md"
        #expect(try r.run(["draft", "complaint", "1", "--output", path]).stdout == "Wrote the complaint letter to \(path)\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# 投诉函"))
    }
}

@Suite("Draft templates: list, show, path and overrides")
struct TemplateCommandTests {
    @Test("the eleven built-in templates (regulator.de for German schemes); an override in the templates folder is used")
    func templates() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        #expect(try r.run(["template"]).stdout == "complaint.zh\ncomplaint.en\nregulator.zh\nregulator.en\nevidence.zh\nevidence.en\npolice.zh\npolice.en\nbank.zh\nbank.en\nregulator.de\n")
        #expect(try r.run(["template", "show", "complaint.en"]).stdout.hasPrefix("# Formal complaint"))
        let path = try r.run(["template", "path", "evidence.en"]).stdout.trimmingCharacters(in: .newlines)
        #expect(path == r.folder + "/.config/recourse/templates/evidence.en.mustache")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "Evidence for {{{organization}}}: {{#items}}{{{name}}} {{/items}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        try r.run(["log", "Bank", "--attach", r.write("a.txt", "x"), "--no-input"])
        #expect(try r.run(["draft", "evidence", "1", "--lang", "en"]).stdout == "Evidence for Bank: a.txt \n")
        #expect(try r.run(["template"]).stdout.contains("evidence.en  (your override)"))
        #expect(try r.run(["template", "show", "letter.fr"]).status == 66)
    }
}

@Suite("Draft language from the interface")
struct DraftInterfaceLanguageTests {
    @Test("a firm of unknown jurisdiction gets the letter in the user's locale, not English by accident")
    func localeDecides() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let env = ["TZ": "UTC", "LANG": "zh_CN.UTF-8"]
        #expect(try r.run(["log", "Acme", "--summary", "扣款两次", "--no-input"], extraEnvironment: env).status == 0)
        #expect(try r.run(["draft", "complaint", "1"], extraEnvironment: env).stdout.hasPrefix("# 投诉函"))
        #expect(try r.run(["draft", "complaint", "1"], extraEnvironment: ["TZ": "UTC", "LANG": "C.UTF-8"]).stdout.hasPrefix("# Formal complaint"))
    }
}
