/// Path arithmetic on plain strings.
///
/// Foundation's `NSString.deletingLastPathComponent` traps on a one-character relative path
/// (`"b"`, swift-corelibs-foundation on Linux), which `--db b/journal.sqlite` reaches while
/// creating the journal's folder; this does the same job without Foundation.
public enum PathText {
    /// The folder part of `path`, as `deletingLastPathComponent` gives it: `"a/b"` → `"a"`,
    /// `"b"` → `""`, `"/b"` → `"/"`, `"a/b/"` → `"a"`, `"/"` → `"/"`.
    public static func parent(of path: String) -> String {
        var text = Substring(path)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        guard let slash = text.lastIndex(of: "/") else { return "" }
        if slash == text.startIndex { return "/" }
        var head = text[..<slash]
        while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
        return String(head)
    }

    /// The folder part of `path`, or `"."` for a bare name: where a file named `path` lives.
    public static func folder(of path: String) -> String {
        let parent = parent(of: path)
        return parent.isEmpty ? "." : parent
    }
}
