import Foundation
import Lexicon

/// Turns a draft's Markdown into plain text or a printable HTML page.
///
/// Only the little Markdown the templates write is read: `#`/`##` headings, `---`, `> ` quotes,
/// `- ` and `1. ` items (and `  - ` items nested under a field), `**bold**`, and lines indented
/// under an item or paragraph, which continue it. Everything from the journal arrives escaped
/// (see `MarkdownText`), so it is shown as written and never read as any of these.
public enum DraftFormatter {
    public static func convert(_ markdown: String, to format: DraftFormat, title: String, language: Language = .en) -> String {
        switch format {
        case .md: markdown
        case .txt: text(markdown)
        case .html: html(markdown, title: title, language: language)
        }
    }

    // MARK: - Plain text

    static func text(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            if line.hasPrefix("#") { line = line.drop { $0 == "#" }.drop { $0 == " " } }
            if line.hasPrefix("> ") { line = line.dropFirst(2) }
            return MarkdownText.unescape(line, strong: { _ in "" })
        }.joined(separator: "\n")
    }

    // MARK: - HTML

    /// One block of the page.
    private enum Block {
        case heading(Int, String)
        case rule
        case quote([String])
        case paragraph([String])
        case list(List)
    }

    /// A list: its marker's indentation, and its items.
    private struct List {
        var ordered: Bool
        var indent: Int
        var items: [Item]
    }

    /// A list item: its lines, and the items nested under it (each its lines).
    private struct Item {
        var lines: [String]
        var nested: [[String]] = []
    }

    /// Where an ordered item's text starts ("12. text"), as `^\d+\. ` would find it: one or more
    /// decimal digits, a full stop, a space. Scanned by hand because every line of a draft is tested.
    static func orderedMarker(_ line: String) -> String.Index? {
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index].properties.generalCategory == .decimalNumber { index = scalars.index(after: index) }
        guard index > scalars.startIndex, index < scalars.endIndex, scalars[index] == "." else { return nil }
        let space = scalars.index(after: index)
        guard space < scalars.endIndex, scalars[space] == " " else { return nil }
        return scalars.index(after: space)
    }

    private static func blocks(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var afterBlank = true
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = raw.trimmingWhitespace()
            if trimmed.isEmpty { afterBlank = true; continue }
            defer { afterBlank = false }
            let indent = raw.prefix { $0 == " " }.count
            let marker = trimmed.hasPrefix("- ") ? (ordered: false, text: String(trimmed.dropFirst(2)))
                : orderedMarker(trimmed).map { (ordered: true, text: String(trimmed[$0...])) }
            if case .list(var list)? = blocks.last {
                var item = list.items.removeLast()
                defer { list.items.append(item); blocks[blocks.count - 1] = .list(list) }
                if let marker, indent == list.indent, marker.ordered == list.ordered {
                    list.items.append(item)
                    item = Item(lines: [marker.text])
                    continue
                }
                if let marker, indent > list.indent, indent < list.indent + MarkdownText.continuation.count {
                    item.nested.append([marker.text])  // "  - " under a field or item
                    continue
                }
                if marker == nil, indent >= list.indent + 2, !afterBlank {
                    // A line indented under an item continues it, or the item nested last.
                    if item.nested.isEmpty { item.lines.append(trimmed) } else { item.nested[item.nested.count - 1].append(trimmed) }
                    continue
                }
            }
            if let marker {
                blocks.append(.list(List(ordered: marker.ordered, indent: indent, items: [Item(lines: [marker.text])])))
            } else if trimmed == "---" {
                blocks.append(.rule)
            } else if trimmed.hasPrefix("## ") {
                blocks.append(.heading(2, String(trimmed.dropFirst(3))))
            } else if trimmed.hasPrefix("# ") {
                blocks.append(.heading(1, String(trimmed.dropFirst(2))))
            } else if trimmed.hasPrefix("> ") {
                if !afterBlank, case .quote(let lines)? = blocks.last { blocks[blocks.count - 1] = .quote(lines + [String(trimmed.dropFirst(2))]) }
                else { blocks.append(.quote([String(trimmed.dropFirst(2))])) }
            } else if !afterBlank, case .paragraph(let lines)? = blocks.last {
                blocks[blocks.count - 1] = .paragraph(lines + [trimmed])
            } else {
                blocks.append(.paragraph([trimmed]))
            }
        }
        return blocks
    }

    static func html(_ markdown: String, title: String, language: Language) -> String {
        let blocks = blocks(markdown)
        func lines(_ lines: [String]) -> String { lines.map(inline).joined(separator: "<br>\n") }
        let body = blocks.map { block -> String in
            switch block {
            case .heading(let level, let text): return "<h\(level)>\(inline(text))</h\(level)>"
            case .rule: return "<hr>"
            case .quote(let text): return "<blockquote>\(lines(text))</blockquote>"
            case .paragraph(let text): return "<p>\(lines(text))</p>"
            case .list(let list):
                let tag = list.ordered ? "ol" : "ul"
                let rows = list.items.map { item in
                    let nested = item.nested.isEmpty ? ""
                        : "\n<ul>\n" + item.nested.map { "<li>\(lines($0))</li>" }.joined(separator: "\n") + "\n</ul>"
                    return "<li>\(lines(item.lines))\(nested)</li>"
                }
                return "<\(tag)>\n\(rows.joined(separator: "\n"))\n</\(tag)>"
            }
        }
        // The page's title is its first heading ("投诉函", "Formal complaint"), as a reader's tab shows it.
        let heading = blocks.lazy.compactMap { block -> String? in if case .heading(_, let text) = block { return text } else { return nil } }.first
        let pageTitle = heading.map { MarkdownText.unescape(Substring($0), strong: { _ in "" }) } ?? title
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(escape(pageTitle))</title>
            <style>
            @page { size: A4; margin: 22mm 20mm; }
            body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", Georgia, serif; font-size: 11pt; line-height: 1.6; max-width: 46em; margin: 2em auto; color: #111; }
            h1 { font-size: 16pt; text-align: center; } h2 { font-size: 12pt; margin-top: 1.4em; }
            li { word-break: break-word; } hr + p { font-size: 9pt; color: #444; word-break: break-all; }
            blockquote { border-left: 3px solid #999; margin: 1em 0; padding-left: 1em; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// One line: escapes resolved, every character HTML-escaped, template `**` as `<strong>`.
    static func inline(_ line: String) -> String {
        var open = false
        let balanced = MarkdownText.strongMarkers(in: Substring(line)) % 2 == 0
        return MarkdownText.unescape(Substring(line), strong: { _ in
            guard balanced else { return "**" }
            open.toggle()
            return open ? "<strong>" : "</strong>"
        }, literal: escape)
    }
}
