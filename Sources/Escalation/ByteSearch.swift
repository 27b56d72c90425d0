/// A cheap test to run before Foundation's string search, which is costly on Linux and which
/// drafts would otherwise run on every value they hold.
enum ByteSearch {
    /// Whether `text`'s UTF-8 bytes contain `needle`'s. When they do not, Foundation's search
    /// cannot find `needle` either, provided `needle` has no other canonically equivalent
    /// spelling (ASCII text, "•"); when they do, let Foundation decide.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return true }
        var utf8 = Substring(text).utf8
        while let start = utf8.firstIndex(of: first) {
            if utf8[start...].starts(with: bytes) { return true }
            utf8 = utf8[utf8.index(after: start)...]
        }
        return false
    }
}
