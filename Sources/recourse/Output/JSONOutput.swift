import Desk
import Foundation

/// JSON as documented in docs/json.md: snake_case keys, ISO 8601 times with the user's offset.
enum JSONOutput {
    static func encode(_ value: some Encodable, zone: TimeZone) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            // Outside 1900–2199 the zone's offset would be local mean time (+08:05:43): give UTC.
            try container.encode(TimeBounds.contains(date)
                ? ISO8601DateFormatter.string(from: date, timeZone: zone, formatOptions: .withInternetDateTime)
                : TimeFormat.rfc3339UTC(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The one line printed on stderr for a failed command run with `--json`.
    static func errorLine(code: Int32, message: String) -> String {
        struct Failure: Encodable { let error: Body; struct Body: Encodable { let exitCode: Int32; let message: String } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(Failure(error: .init(exitCode: code, message: message)))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
