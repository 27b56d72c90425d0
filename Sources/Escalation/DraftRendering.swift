import Foundation
import Mustache
import Lexicon

public enum DraftKind: String, Sendable, CaseIterable { case complaint, regulator, evidence, police, bank }
public enum DraftFormat: String, Sendable, CaseIterable { case md, txt, html }

/// A document drafted from the journal: its facts as a Mustache context.
public protocol DraftDocument {
    static var kind: DraftKind { get }
    /// The template this draft renders with: its type's kind, unless one type drafts several.
    var draftKind: DraftKind { get }
    var draftLanguage: Language { get }
    /// The template it renders with (`regulator.de` for a German scheme's application).
    var templateName: String { get }
    var context: [String: Any] { get }
    /// For `--check`: how the draft masks numbers, whose details are meant to be read, and what
    /// this kind of draft needs before it is sent (see `DraftCheck.swift`).
    var checkWords: DraftWords { get }
    var senderDetails: [String] { get }
    var kindFindings: [DraftFinding] { get }
}

extension ComplaintDraft: DraftDocument {
    public static var kind: DraftKind { .complaint }
    public var draftLanguage: Language { language }
}

extension SubmissionDraft: DraftDocument {
    public static var kind: DraftKind { .regulator }
    public var draftLanguage: Language { words.language }
}

extension EvidenceDraft: DraftDocument {
    public static var kind: DraftKind { .evidence }
    public var draftLanguage: Language { words.language }
}

extension FraudDraft: DraftDocument {
    public static var kind: DraftKind { .police }
    public var draftKind: DraftKind { document == .police ? .police : .bank }
    public var draftLanguage: Language { words.language }
}

extension DraftDocument {
    public var draftKind: DraftKind { Self.kind }
    public var templateName: String { "\(draftKind.rawValue).\(draftLanguage.rawValue)" }

    /// Renders with the user's template for this kind and language when one exists in
    /// `userFolder`, else the built-in one; `explicit` (a `--template` file) wins over both.
    public func render(userFolder: String?, explicit: String? = nil) throws -> String {
        let name = templateName
        let (text, path) = try DraftTemplates.load(name, userFolder: userFolder, explicit: explicit)
        return try DraftTemplates.render(noted(context), template: text, path: path, checkVariables: path != "built-in \(name)")
    }

    /// The context with `redaction_note` when some number in it was masked.
    func noted(_ context: [String: Any]) -> [String: Any] {
        func masked(_ value: Any) -> Bool {
            switch value {
            case let text as String: ByteSearch.contains(text, DraftWords.mask) && text.contains(DraftWords.mask)
            case let dictionary as [String: Any]: dictionary.values.contains(where: masked)
            case let array as [Any]: array.contains(where: masked)
            default: false
            }
        }
        var context = context
        if masked(context) { context["redaction_note"] = DraftWords.redactionNote(draftLanguage) }
        return context
    }
}

/// The built-in templates, the user's overrides, and the rules a template must follow.
///
/// Templates are rendered from text only, without a template library, so `{{> partial}}` cannot
/// reach any file: a template sees the draft's facts and nothing else.
public enum DraftTemplates {
    /// Chinese first, as the product is.
    public static let names: [String] = DraftKind.allCases.flatMap { kind in [Language.zh, .en].map { "\(kind.rawValue).\($0.rawValue)" } }
        + ["regulator.de"]

    public static func builtIn(_ name: String) -> String? {
        let bytes: [UInt8]? = switch name {
        case "complaint.zh": PackageResources.complaint_zh_mustache
        case "complaint.en": PackageResources.complaint_en_mustache
        case "regulator.zh": PackageResources.regulator_zh_mustache
        case "regulator.en": PackageResources.regulator_en_mustache
        case "evidence.zh": PackageResources.evidence_zh_mustache
        case "evidence.en": PackageResources.evidence_en_mustache
        case "police.zh": PackageResources.police_zh_mustache
        case "police.en": PackageResources.police_en_mustache
        case "bank.zh": PackageResources.bank_zh_mustache
        case "bank.en": PackageResources.bank_en_mustache
        case "regulator.de": PackageResources.regulator_de_mustache
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

    /// A Mustache tag and its name, compiled once.
    private static let tagPattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([^}!>\s]+)\s*\}?\}\}"#)

    /// Refuses a tag that names no fact of this draft: a typo would otherwise render as nothing.
    static func checkNames(in text: String, known: Set<String>, path: String) throws {
        guard !text.contains("{{=") else { return }  // custom delimiters: leave to the renderer
        let ns = text as NSString
        for match in tagPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 2))
            let head = String(name.split(separator: ".").first ?? "")
            guard name != ".", !head.isEmpty, !known.contains(head) else { continue }
            let line = ns.substring(to: match.range.location).filter { $0 == "\n" }.count + 1
            throw DraftError.template(path: path, line: line,
                                      message: Message.templateUnknownVariable.text(name, known.sorted().joined(separator: ", ")))
        }
    }
}
