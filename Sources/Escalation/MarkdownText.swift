import Foundation
import Lexicon

/// User text made safe to place in a Markdown draft, and back.
///
/// A draft is Markdown first; plain text and HTML are made from it. Text from the journal must
/// read exactly as logged and never become structure: every character Markdown could read as
/// emphasis, a link, raw HTML, a table cell or code is backslash-escaped, and so is anything at
/// the start of a line that could open a heading, a list, a quote or a rule. A note of several
/// lines keeps its lines, each indented by `continuation` so it stays inside its item or
/// paragraph; blank lines are dropped, so it can never end the item and begin, say, a forged
/// sign-off of its own.
enum MarkdownText {
    /// Deep enough to stay inside any item ("- ", "1. ", "  - "), never deep enough to be code
    /// (indented code cannot interrupt a paragraph).
    static let continuation = "    "

    /// Characters escaped wherever they stand: emphasis, code, links, raw HTML, table cells, strikethrough.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]
    /// Characters escaped at the start of a line, where they open a heading, a list, a quote or a rule.
    private static let lineStart: Set<Character> = ["#", "-", "+", "=", ">"]
    /// The single bytes of `inline`, for the per-character test (hashing a `Character` costs more
    /// than the rest of the loop).
    private static let inlineBytes: Set<UInt8> = Set(inline.map { $0.asciiValue! })

    /// Whether `character` is one of `inline`: a one-byte character among its bytes.
    private static func isInline(_ character: Character) -> Bool {
        let utf8 = character.utf8
        return utf8.count == 1 && inlineBytes.contains(utf8.first!)
    }

    static func escape(_ text: String) -> String {
        // A line break is always a character of its own, so text without its bytes is one line.
        let breaks = text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
        let lines = (breaks ? text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                            : text.isEmpty ? [] : [Substring(text)])
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        return lines.map(escapeLine).joined(separator: "\n" + continuation)
    }

    /// Every byte that can make `escapeLine` change a line: the inline characters, the block
    /// openers, "." and ")" after digits, "&" of an entity, and the ":" and "w" of web addresses.
    private static let significantBytes: Set<UInt8> = Set("\\`*_[]<|~#-+=>.)&:w".utf8)

    private static func escapeLine(_ line: String) -> String {
        // Most lines (Chinese text above all) hold none of them: nothing to escape.
        guard line.utf8.contains(where: significantBytes.contains) else { return line }
        let characters = Array(line)
        var output = ""
        var leadingDigits = false  // the line so far is all digits
        for (index, character) in characters.enumerated() {
            defer { leadingDigits = (index == 0 || leadingDigits) && character.isASCII && character.isNumber }
            if isInline(character) || (index == 0 && opensBlock(characters))
                || (leadingDigits && (character == "." || character == ")"))  // "1. " or "2) " opens an ordered list
                || (character == "&" && isEntity(characters[(index + 1)...])) {
                output.append("\\")
            }
            output.append(character)
        }
        // Bare web addresses become links in common Markdown renderers: break the pattern. Only
        // looked for when the bytes are there: most lines have no address, and the search is costly.
        if ByteSearch.contains(output, "://") { output = output.replacingOccurrences(of: "://", with: ":\\/\\/") }
        if ByteSearch.contains(output, "www.") { output = output.replacingOccurrences(of: "www.", with: "www\\.") }
        return output
    }

    /// Whether a line starting like this would open a heading, a list, a quote or a rule
    /// ("# x", "- x", "+ x", ">", "---", "==="); "+86 …" or "-5 元" would not, and stay unescaped.
    private static func opensBlock(_ line: [Character]) -> Bool {
        guard let first = line.first, lineStart.contains(first) else { return false }
        let second = line.count > 1 ? line[1] : " "
        switch first {
        case ">": return true
        case "#": return second == " " || second == "#"
        default: return second == " " || line.allSatisfy { $0 == first || $0 == " " }
        }
    }

    /// "&lt;", "&#42;": an entity Markdown would turn into another character.
    private static func isEntity(_ rest: ArraySlice<Character>) -> Bool {
        guard let end = rest.prefix(33).firstIndex(of: ";"), end > rest.startIndex else { return false }
        let name = rest[rest.startIndex..<end].drop { $0 == "#" }
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    /// The text as the reader sees it: escapes resolved, each template `**` replaced by
    /// `strong(n)` (n counts from 0), each run of literal text passed through `literal`.
    static func unescape(_ text: Substring, strong: (Int) -> String, literal: (String) -> String = { $0 }) -> String {
        let characters = Array(text)
        var output = "", run = ""
        var index = 0, markers = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                run.append(next)
                index += 2
            } else if character == "*", next == "*" {
                output += literal(run) + strong(markers)
                run = ""
                markers += 1
                index += 2
            } else {
                run.append(character)
                index += 1
            }
        }
        return output + literal(run)
    }

    /// How many unescaped `**` the text has: an odd count means the last one is not emphasis.
    static func strongMarkers(in text: Substring) -> Int {
        var count = 0
        _ = unescape(text, strong: { _ in count += 1; return "" })
        return count
    }
}
