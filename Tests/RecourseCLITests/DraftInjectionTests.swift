import Foundation
import Testing

/// User text cannot change a draft's structure: the injection corpus in every field, every draft
/// kind and every format, compared with the same journal holding plain words.
@Suite("Drafts: user text cannot change the document's structure")
struct DraftInjectionTests {
    static let corpus: [String] = [
        "x\n## Heading\n---", "# Title", "---", "***", "___", "x\n\nYours faithfully,\n\nSomeone Else",
        "退款\n\n此致\n\n敬礼\n\n某某", "[click here](javascript:alert(1))", "[click here", "](javascript:alert(1))",
        "**bold rest", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "| a | b |\n|---|---|\n| c | d |",
        "> quoted", "- list item", "* star item", "+ plus item", "1. ordered", "2) ordered", "    indented code",
        "```\ncode fence\n```", "~~~\nfence\n~~~", "Title\n=====", "Title\n-----", "<!-- comment", "&lt;script&gt; &#42;",
        "![img](http://evil.example/y.png)", "<http://evil.example>", "see http://evil.example/path and www.evil.example",
        "C:\\path\\*file*", "_emphasis_ and __strong__", "`code` span", "line1\r\nline2\rline3", "[ref]: http://evil.example",
        "x  \ny hard break", "<div>block</div>", "\t\tindented with tabs", "~~strike~~", "<style>body{display:none}</style>",
        "a\n   - nested?\n      ## deep", "</li></ol><h1>forged</h1>",
    ]

    static func single(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// One case with a contact per corpus entry; every free-text field and name takes an entry.
    static func journal(injected: Bool) throws -> RecourseProcess {
        let r = RecourseProcess()
        let n = corpus.count
        func pick(_ i: Int) -> String { injected ? corpus[i % n] : "plain words \(i % n)" }
        let attachment = r.write(injected ? "evil [x](javascript:alert(1)) <b> **.txt" : "plain.txt", "evidence")
        let organization = injected ? "[click here **Bank** <b>| # x" : "Plain Bank"
        for i in 0..<n {
            // "--option=value": values such as "---" or "- list item" would otherwise read as options.
            var arguments = ["log", organization, "--summary=" + pick(i), "--advice=" + pick(i + 1), "--outcome=" + pick(i + 2),
                             "--agent=" + single(pick(i + 3)), "--ref=" + single(pick(i + 4)), "--number=" + (injected ? single(pick(i + 5)) : "95566"),
                             "--promise=" + pick(i + 6), "--due", "2026-11-20", "--at", "2026-11-1\(i % 10) 10:\(10 + i)", "--no-input"]
            if i == 0 { arguments += ["--new-case=" + single(pick(7)) + " **# [x](javascript:alert(1)) <script>| ---", "--attach", attachment] }
            let result = try r.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        try r.run(["case", "edit", "1", "--wants=" + (injected ? corpus[5] + "\n## Heading\n---" : "plain remedy")])
        try r.run(["profile", "set", "name", injected ? "**王** <b>[x](javascript:y) | ---" : "王小明"])
        try r.run(["profile", "set", "address", injected ? "# 北京 - [x](y) <i>" : "北京"])
        return r
    }

    static let drafts: [[String]] = [
        ["complaint", "1", "--lang", "zh"], ["complaint", "1", "--lang", "en"], ["regulator", "1", "--to", "cn.nfra", "--force"],
        ["regulator", "1", "--to", "uk.fos", "--force"], ["evidence", "1", "--lang", "zh"], ["evidence", "1", "--lang", "en"],
    ]

    /// Each top-level line of Markdown by what it opens; indented lines continue what is open.
    static func skeleton(_ markdown: String) -> [String] {
        markdown.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { line in
            if line.hasPrefix("## ") { return "h2" }
            if line.hasPrefix("# ") { return "h1" }
            if line.hasPrefix("- ") { return "item" }
            if line.range(of: #"^\d+[.)] "#, options: .regularExpression) != nil { return "ordered" }
            if line.hasPrefix(">") { return "quote" }
            if line == "---" { return "rule" }
            if let first = line.first, "#*+=|<`~_-".contains(first) { return "marker \(first)" }
            return "text"
        }
    }

    /// Markdown syntax outside backslash escapes: emphasis, links, raw HTML, cells, code.
    static func syntax(_ markdown: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var escaped = false
        var previous: Character?  // the previous character when it was not escaped
        for character in markdown {
            if escaped { escaped = false; previous = nil; continue }
            if character == "\\" { escaped = true; previous = nil; continue }
            if "<|`_~[".contains(character) { counts[String(character), default: 0] += 1 }
            if character == "*", previous == "*" { counts["**", default: 0] += 1; previous = nil; continue }
            if character == "(", previous == "]" { counts["](", default: 0] += 1 }
            previous = character
        }
        return counts
    }

    static let htmlCheck = """
        import sys, json, html5lib
        out = []
        for path in sys.argv[1:]:
            tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(open(path, 'rb').read())
            title = tree.find('head/title')
            out.append({'lang': tree.get('lang'), 'title': title.text if title is not None else None,
                        'tags': [e.tag for e in tree.iter() if isinstance(e.tag, str) and e.tag != 'br'],
                        'hrefs': [e.get('href') or e.get('src') for e in tree.iter() if e.get('href') or e.get('src')]})
        print(json.dumps(out))
        """

    @Test("the corpus has at least 30 cases")
    func size() { #expect(Self.corpus.count >= 30) }

    @Test("md, txt and html keep the template's structure, whatever the journal holds")
    func structure() throws {
        let plain = try Self.journal(injected: false), evil = try Self.journal(injected: true)
        defer { plain.cleanUp(); evil.cleanUp() }
        let script = evil.write("check.py", Self.htmlCheck)
        // The parser lives in the project's .venv/, which Scripts/test (the README's test command) sets up.
        let venvPython = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".venv/bin/python3").path
        try #require(FileManager.default.isExecutableFile(atPath: venvPython), "no .venv/: run Scripts/test, the README's test command")
        for draft in Self.drafts {
            func render(_ r: RecourseProcess, _ format: String) throws -> String {
                let result = try r.run(["draft"] + draft + ["--format", format, "--as-of", "2026-11-25 09:00"])
                #expect(result.status == 0, "\(draft) \(format): \(result.stderr)")
                return result.stdout
            }
            let (md, mdPlain) = (try render(evil, "md"), try render(plain, "md"))
            #expect(Self.skeleton(md) == Self.skeleton(mdPlain), "\(draft) md:\n\(md)")
            #expect(Self.syntax(md) == Self.syntax(mdPlain), "\(draft) md:\n\(md)")

            let (txt, txtPlain) = (try render(evil, "txt"), try render(plain, "txt"))
            let topLevel = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count }
            #expect(topLevel(txt) == topLevel(txtPlain), "\(draft) txt:\n\(txt)")
            #expect(!txt.contains("\\[") && !txt.contains("\\<"), "no escapes left in plain text")
            if draft[0] != "evidence" { #expect(txt.contains("\n    Yours faithfully,\n    Someone Else"), "\(draft) txt:\n\(txt)") }

            let html = evil.write("evil.html", try render(evil, "html")), htmlPlain = evil.write("plain.html", try render(plain, "html"))
            let python = try evil.run([script, html, htmlPlain], executable: venvPython)
            #expect(python.status == 0, "html5lib strict parse of \(draft): \(python.stderr) (run Scripts/test, which installs it into .venv/)")
            let pages = try #require(python.json as? [[String: Any]])
            #expect(pages.count == 2)
            guard pages.count == 2 else { continue }
            #expect(pages[0]["tags"] as? [String] == pages[1]["tags"] as? [String], "\(draft) html element structure")
            #expect((pages[0]["hrefs"] as? [Any])?.isEmpty == true)
            #expect(["zh-CN", "en"].contains(pages[0]["lang"] as? String))
            #expect(((pages[0]["title"] as? String) ?? "").isEmpty == false)
        }
    }
}
