import Foundation
import Testing
@testable import Escalation

/// Issue #9 point 11: a template cannot crash the program, however it nests.
@Suite("Template limits")
struct TemplateLimitsTests {
    private func nested(_ depth: Int, open: String = "{{#", close: String = "}}", end: String = "{{/") -> String {
        (0..<depth).map { "\(open)s\($0)\(close)" }.joined() + "x" + (0..<depth).reversed().map { "\(end)s\($0)\(close)" }.joined()
    }

    @Test("sections may nest 32 deep; the 33rd is refused with the file and line, before parsing")
    func depth() throws {
        try TemplateLimits.checkNesting(nested(32), path: "t.mustache")
        #expect(throws: DraftError.template(path: "t.mustache", line: 1, message: "sections nest more than 32 deep; close each {{#…}} with {{/…}}")) {
            try TemplateLimits.checkNesting(nested(33), path: "t.mustache")
        }
        #expect(throws: DraftError.self) { try DraftTemplates.render([:], template: String(repeating: "{{^a}}\n", count: 3000), path: "t", checkVariables: false) }
    }

    @Test("siblings do not add up; inverted, block and parent tags count; comments and triple mustaches do not")
    func counting() throws {
        try TemplateLimits.checkNesting(String(repeating: "{{#a}}x{{/a}}", count: 5000), path: "t")
        try TemplateLimits.checkNesting(String(repeating: "{{! #a }}{{{b}}}{{&c}}", count: 5000), path: "t")
        for open in ["{{^", "{{$", "{{<", "{{ #"] {
            #expect(throws: DraftError.self) { try TemplateLimits.checkNesting(String(repeating: open + "a}}", count: 33), path: "t") }
        }
    }

    @Test("a delimiter change is followed, so it cannot hide deep nesting")
    func delimiters() throws {
        #expect(throws: DraftError.self) {
            try TemplateLimits.checkNesting("{{=<% %>=}}" + String(repeating: "<%#a%>", count: 40), path: "t")
        }
        try TemplateLimits.checkNesting("{{=<% %>=}}" + String(repeating: "{{#a}}", count: 40), path: "t")  // plain text now
    }

    @Test("every built-in template is within the limits")
    func builtIn() throws {
        for name in DraftTemplates.names {
            let text = try #require(DraftTemplates.builtIn(name))
            #expect(text.utf8.count <= TemplateLimits.maxBytes)
            try TemplateLimits.checkNesting(text, path: name)
        }
    }
}
