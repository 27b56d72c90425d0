import Lexicon

/// The page frame every page shares, and escaping; page bodies are built by the routes.
enum HTML {
    /// Escapes the five characters HTML gives meaning to; works on UTF-8 bytes, since every page
    /// escapes whole documents (drafts, prep sheets).
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole page: the navigation (only once paired), then `body`.
    static func page(_ title: String, language: Language, paired: Bool = true, body: String) -> String {
        let nav = paired ? """
            <nav><a href="/agenda">\(escape(Message.webNavAgenda.text(in: language)))</a>\
            <a href="/log">\(escape(Message.webNavLog.text(in: language)))</a>\
            <a href="/cases">\(escape(Message.webNavCases.text(in: language)))</a>\
            <a href="/check">\(escape(Message.webNavCheck.text(in: language)))</a>\
            <a href="/calendar">\(escape(Message.webNavCalendar.text(in: language)))</a>\
            <a href="/pair/new">\(escape(Message.webNavPair.text(in: language)))</a></nav>
            """ : ""
        return """
            <!doctype html>
            <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · \(escape(Message.webTitle.text(in: language)))</title>
            <link rel="stylesheet" href="/style.css"></head>
            <body>\(nav)<main><h1>\(escape(title))</h1>
            \(body)
            </main></body></html>
            """
    }

    /// A document the libraries wrote (a prep sheet, a draft), kept as written: its lines wrapped
    /// to the phone, never scrolled sideways; or its error.
    static func document(_ text: Result<String, FailedLine>, language: Language) -> String {
        switch text {
        case let .success(text): "<div class=\"doc\">\(escape(text))</div>"
        case let .failure(error): messages([error.line], kind: "error")
        }
    }

    static func messages(_ lines: [String], kind: String) -> String {
        lines.isEmpty ? "" : "<div class=\"\(kind)\">" + lines.map { "<p>\(escape($0))</p>" }.joined() + "</div>"
    }

    /// Phone first: one column, large touch targets, long lines wrapped instead of scrolled sideways.
    static let style = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.45 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;color:#1b1b1b;background:#fafafa}
        nav{display:flex;flex-wrap:wrap;gap:.25rem;padding:.5rem;background:#243b53}
        nav a{color:#fff;text-decoration:none;padding:.4rem .6rem;border-radius:.3rem;background:#334e68}
        main{padding:.75rem;max-width:44rem;margin:0 auto}
        h1{font-size:1.3rem;margin:.25rem 0 .75rem}
        label{display:block;margin:.6rem 0 .2rem;font-weight:600}
        input,select,textarea,button{width:100%;font:inherit;padding:.55rem;border:1px solid #9aa5b1;border-radius:.35rem;background:#fff}
        textarea{min-height:5rem}
        button{margin-top:1rem;background:#2f6f3e;color:#fff;border:0;font-weight:600}
        .error{color:#8a1c1c;background:#fde8e8;border-left:4px solid #c62828;padding:.3rem .5rem;margin:.3rem 0}
        .warning{color:#6b4e00;background:#fff6d6;border-left:4px solid #e0a800;padding:.3rem .5rem;margin:.3rem 0}
        .done{background:#e6f4ea;border-left:4px solid #2f6f3e;padding:.3rem .5rem;margin:.3rem 0}
        .links a{display:inline-block;margin:.2rem .6rem .2rem 0}
        code.link{display:block;overflow-wrap:anywhere;background:#fff;padding:.4rem;border:1px solid #d9e2ec}
        p{overflow-wrap:anywhere}
        button.secondary{margin-top:.5rem;background:#fff;color:#243b53;border:1px solid #243b53}
        output.preview{display:block;min-height:1.2rem;margin-top:.2rem;color:#2f6f3e;font-weight:600}
        output.preview.bad{color:#8a1c1c}
        p.lead{font-weight:600}
        .doc{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #d9e2ec;padding:.6rem;font-size:.9rem}
        ul.promises li,ul.evidence li{margin:.2rem 0}
        section h2,article h2{font-size:1.05rem;margin:1rem 0 .4rem}
        ul.items,ul.promises,ul.evidence{list-style:none;padding:0;margin:0}
        .item{background:#fff;border:1px solid #d9e2ec;border-radius:.35rem;padding:.5rem .6rem;margin:.4rem 0;overflow-wrap:anywhere}
        article.item h2{font-size:.95rem;margin:0 0 .3rem;color:#243b53}
        .item.late{border-left:4px solid #c62828}
        .item dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .6rem;margin:.3rem 0 0}
        .item dt{color:#52606d}
        .item dd{margin:0;min-width:0;overflow-wrap:anywhere}
        dd.text{white-space:pre-wrap}
        p.promised{margin:.2rem 0}
        .late{color:#8a1c1c;font-weight:600}
        .pending{color:#6b4e00}
        .kept{color:#2f6f3e}
        p.none{color:#52606d}
        """
}
