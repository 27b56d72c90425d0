import Foundation

/// A submitted form: its text fields (a name may repeat, like `log --promise`) and its files.
struct FormData: Sendable {
    struct File: Sendable {
        let field: String
        let filename: String
        let bytes: Data
    }

    var fields: [String: [String]] = [:]
    var files: [File] = []

    /// The field's first non-empty value, trimmed of nothing: what the user typed is what is passed on.
    func value(_ name: String) -> String? { fields[name]?.first { !$0.isEmpty } }

    func values(_ name: String) -> [String] { fields[name] ?? [] }

    /// Reads an `application/x-www-form-urlencoded` body or query string.
    init(urlEncoded text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0]), value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
    }

    init() {}

    private static func decode(_ part: Substring) -> String {
        String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
    }

    /// Reads a `multipart/form-data` body (RFC 7578): the log form, because it carries files.
    /// Returns nil when the body does not follow the format.
    init?(multipart body: Data, boundary: String) {
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Data] = []
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return nil }
        cursor = first.upperBound
        while let next = body.range(of: delimiter, in: cursor..<body.endIndex) {
            // Each part sits between "\r\n" after one delimiter and "\r\n" before the next.
            let start = min(cursor + 2, next.lowerBound), end = max(start, next.lowerBound - 2)
            parts.append(body.subdata(in: start..<end))
            cursor = next.upperBound
        }
        for part in parts {
            guard let split = part.range(of: headerEnd) else { return nil }
            let headers = String(decoding: part.subdata(in: part.startIndex..<split.lowerBound), as: UTF8.self)
            let content = part.subdata(in: split.upperBound..<part.endIndex)
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = Self.parameter("name", in: disposition) else { return nil }
            if let filename = Self.parameter("filename", in: disposition) {
                if !filename.isEmpty || !content.isEmpty { files.append(File(field: name, filename: filename, bytes: content)) }
            } else {
                fields[name, default: []].append(String(decoding: content, as: UTF8.self))
            }
        }
    }

    /// `name="value"` in a Content-Disposition header.
    private static func parameter(_ key: String, in header: Substring) -> String? {
        guard let range = header.range(of: " \(key)=\"") ?? header.range(of: ";\(key)=\"") else { return nil }
        let rest = header[range.upperBound...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }
}
