import Foundation
import Mustache
import Lexicon

public enum DraftKind: String, Sendable, CaseIterable { case complaint, regulator, evidence }
public enum DraftFormat: String, Sendable, CaseIterable { case md, txt, html }

/// A document drafted from the journal: its facts as a Mustache context.
public protocol DraftDocument {
    static var kind: DraftKind { get }
    var draftLanguage: DraftLanguage { get }
    var context: [String: Any] { get }
}

extension ComplaintDraft: DraftDocument {
    public static var kind: DraftKind { .complaint }
    public var draftLanguage: DraftLanguage { language }
}

extension SubmissionDraft: DraftDocument {
    public static var kind: DraftKind { .regulator }
    public var draftLanguage: DraftLanguage { words.language }
}

extension EvidenceDraft: DraftDocument {
    public static var kind: DraftKind { .evidence }
    public var draftLanguage: DraftLanguage { words.language }
}

extension DraftDocument {
    /// Renders with the user's template for this kind and language when one exists in
    /// `userFolder`, else the built-in one; `explicit` (a `--template` file) wins over both.
    public func render(userFolder: String?, explicit: String? = nil) throws -> String {
        let name = "\(Self.kind.rawValue).\(draftLanguage.rawValue)"
        let (text, path) = try DraftTemplates.load(name, userFolder: userFolder, explicit: explicit)
        return try DraftTemplates.render(context, template: text, path: path, checkVariables: path != "built-in \(name)")
    }
}

/// The built-in templates, the user's overrides, and the rules a template must follow.
///
/// Templates are rendered from text only, without a template library, so `{{> partial}}` cannot
/// reach any file: a template sees the draft's facts and nothing else.
public enum DraftTemplates {
    public static let names: [String] = DraftKind.allCases.flatMap { kind in DraftLanguage.allCases.map { "\(kind.rawValue).\($0.rawValue)" } }

    public static func builtIn(_ name: String) -> String? {
        let bytes: [UInt8]? = switch name {
        case "complaint.zh": PackageResources.complaint_zh_mustache
        case "complaint.en": PackageResources.complaint_en_mustache
        case "regulator.zh": PackageResources.regulator_zh_mustache
        case "regulator.en": PackageResources.regulator_en_mustache
        case "evidence.zh": PackageResources.evidence_zh_mustache
        case "evidence.en": PackageResources.evidence_en_mustache
        default: nil
        }
        return bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Where the user's override of `name` lives.
    public static func userPath(_ name: String, userFolder: String) -> String { userFolder + "/" + name + ".mustache" }

    static func load(_ name: String, userFolder: String?, explicit: String?) throws -> (String, String) {
        let candidate = explicit ?? userFolder.map { userPath(name, userFolder: $0) }
        if let candidate, explicit != nil || FileManager.default.fileExists(atPath: candidate) {
            guard let data = FileManager.default.contents(atPath: candidate) else { throw DraftError.unreadable(path: candidate) }
            guard data.count <= TemplateLimits.maxBytes else {
                throw DraftError.tooLarge(path: candidate, bytes: data.count, limit: TemplateLimits.maxBytes)
            }
            guard let text = String(data: data, encoding: .utf8) else { throw DraftError.unreadable(path: candidate) }
            return (text, candidate)
        }
        return (builtIn(name)!, "built-in \(name)")
    }

    public static func render(_ context: [String: Any], template text: String, path: String, checkVariables: Bool) throws -> String {
        let parsed: MustacheTemplate
        try TemplateLimits.checkNesting(text, path: path)
        do {
            parsed = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw DraftError.template(path: path, line: error.context.lineNumber, message: describe(error.error))
        }
        if checkVariables { try checkNames(in: text, known: keys(of: context), path: path) }
        return parsed.render(context)
    }

    /// The parser's complaint in words.
    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .expectedSectionEnd: Message.templateSectionNotClosed.text()
        case .sectionCloseNameIncorrect: Message.templateWrongClose.text()
        case .unfinishedName: Message.templateUnfinishedTag.text()
        case .invalidSetDelimiter: Message.templateBadDelimiter.text()
        default: Message.templateUnparsable.text("\(error)")
        }
    }

    /// Every key a template may name: the context's keys and its lists' item keys.
    static func keys(of value: Any) -> Set<String> {
        if let dictionary = value as? [String: Any] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(keys(of: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) } }
        return []
    }

    /// Refuses a tag that names no fact of this draft: a typo would otherwise render as nothing.
    static func checkNames(in text: String, known: Set<String>, path: String) throws {
        guard !text.contains("{{=") else { return }  // custom delimiters: leave to the renderer
        let pattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([^}!>\s]+)\s*\}?\}\}"#)
        let ns = text as NSString
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 2))
            let head = String(name.split(separator: ".").first ?? "")
            guard name != ".", !head.isEmpty, !known.contains(head) else { continue }
            let line = ns.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
            throw DraftError.template(path: path, line: line,
                                      message: Message.templateUnknownVariable.text(name, known.sorted().joined(separator: ", ")))
        }
    }
}

/// Turns a draft's Markdown into plain text or a printable HTML page.
public enum DraftFormatter {
    public static func convert(_ markdown: String, to format: DraftFormat, title: String) -> String {
        switch format {
        case .md: return markdown
        case .txt:
            return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var text = String(line)
                while text.hasPrefix("#") { text.removeFirst() }
                if text.hasPrefix("> ") { text.removeFirst(2) }
                return text.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: line.hasPrefix("#") ? .whitespaces : [])
            }.joined(separator: "\n")
        case .html:
            return html(markdown, title: title)
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func inline(_ text: String) -> String {
        let parts = escape(text).components(separatedBy: "**")
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<strong>\($0.element)</strong>" : $0.element }.joined()
    }

    static func html(_ markdown: String, title: String) -> String {
        var body: [String] = []
        var list: String?
        func closeList() { if let tag = list { body.append("</\(tag)>"); list = nil } }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- ") || trimmed.range(of: #"^\d+\. "#, options: .regularExpression) != nil {
                let tag = trimmed.hasPrefix("- ") ? "ul" : "ol"
                if list != tag { closeList(); body.append("<\(tag)>"); list = tag }
                body.append("<li>\(inline(String(trimmed.drop(while: { $0 != " " }).dropFirst())))</li>")
                continue
            }
            if list != nil && !trimmed.isEmpty && line.hasPrefix("   ") {
                body.append("<div class=\"detail\">\(inline(trimmed))</div>")
                continue
            }
            closeList()
            if trimmed.isEmpty { continue }
            if trimmed == "---" { body.append("<hr>") } else if trimmed.hasPrefix("## ") {
                body.append("<h2>\(inline(String(trimmed.dropFirst(3))))</h2>")
            } else if trimmed.hasPrefix("# ") {
                body.append("<h1>\(inline(String(trimmed.dropFirst(2))))</h1>")
            } else if trimmed.hasPrefix("> ") {
                body.append("<blockquote>\(inline(String(trimmed.dropFirst(2))))</blockquote>")
            } else {
                body.append("<p>\(inline(trimmed))</p>")
            }
        }
        closeList()
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 22mm 20mm; }
            body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", Georgia, serif; font-size: 11pt; line-height: 1.6; max-width: 46em; margin: 2em auto; color: #111; }
            h1 { font-size: 16pt; text-align: center; } h2 { font-size: 12pt; margin-top: 1.4em; }
            .detail, hr + p { font-size: 9pt; color: #444; word-break: break-all; } blockquote { border-left: 3px solid #999; margin: 1em 0; padding-left: 1em; }
            </style></head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }
}
