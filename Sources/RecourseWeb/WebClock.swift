import Foundation

/// The server's clock: the system's, or, for tests, the instant written in the file
/// `RECOURSE_SERVE_CLOCK` names (seconds since 1970), read afresh on every request so a test can
/// expire a pairing code without sleeping. A hidden test hook, like `RECOURSE_DEBUG_CONNECTION`.
struct WebClock: Sendable {
    let file: String?

    init(environment: [String: String]) { file = environment["RECOURSE_SERVE_CLOCK"] }

    func now() -> Date {
        guard let file, let text = try? String(contentsOfFile: file, encoding: .utf8),
              let seconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return Date() }
        return Date(timeIntervalSince1970: seconds)
    }
}
