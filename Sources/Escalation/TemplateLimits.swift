import Foundation

/// How big and how deeply nested a draft template may be, checked before the Mustache parser
/// runs: the parser recurses once per open section, so 3,000 unclosed `{{#contacts}}` would
/// overflow the stack and kill the program instead of giving an error.
public enum TemplateLimits {
    /// Largest template file, in bytes. The built-in ones are under 8 KiB.
    public static let maxBytes = 256 * 1024
    /// Deepest nesting of sections (`{{#…}}`, `{{^…}}`, `{{$…}}`, `{{<…}}`). The built-in ones nest 3 deep.
    public static let maxDepth = 32

    /// Throws `DraftError.template` at the first section opened deeper than `maxDepth`, following
    /// `{{=<% %>=}}` delimiter changes the way the renderer does.
    static func checkNesting(_ text: String, path: String) throws {
        let bytes = Array(text.utf8)
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var depth = 0, line = 1, index = 0
        func matches(_ needle: [UInt8], at position: Int) -> Bool {
            position + needle.count <= bytes.count && bytes[position..<position + needle.count].elementsEqual(needle)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            guard matches(open, at: index) else { index += 1; continue }
            var end = index + open.count
            while end < bytes.count, !matches(close, at: end) { end += 1 }
            guard end < bytes.count else { return }  // an unfinished tag: the parser reports it
            let tag = String(decoding: bytes[(index + open.count)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            line += bytes[index..<end].filter { $0 == UInt8(ascii: "\n") }.count
            index = end + close.count
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > maxDepth {
                    throw DraftError.template(path: path, line: line, message: "sections nest more than \(maxDepth) deep; close each {{#…}} with {{/…}}")
                }
            case "/":
                depth = max(0, depth - 1)
            case "=" where tag.count > 2 && tag.hasSuffix("="):
                let parts = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                guard parts.count == 2 else { return }  // malformed: the parser reports it
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            default:
                break
            }
        }
    }
}
