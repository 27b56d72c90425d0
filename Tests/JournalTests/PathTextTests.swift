import Testing
@testable import Journal

@Suite("Path text")
struct PathTextTests {
    @Test("the folder part of a path, as deletingLastPathComponent gives it, without its trap on one letter",
          arguments: [("b/journal.sqlite", "b"), ("b", ""), ("ab", ""), ("a/b", "a"), ("/b", "/"), ("/", "/"), ("a/b/", "a"),
                      ("./b", "."), ("a//b", "a"), ("", ""), ("/a/b/c.txt", "/a/b"), ("数据/日志.sqlite", "数据")])
    func parent(_ path: String, _ expected: String) {
        #expect(PathText.parent(of: path) == expected)
    }

    @Test("a bare name lives in the current folder")
    func folder() {
        #expect(PathText.folder(of: "j.sqlite") == ".")
        #expect(PathText.folder(of: "b/j.sqlite") == "b")
    }
}
