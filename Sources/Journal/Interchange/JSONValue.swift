import Foundation

/// A JSON value as the export format uses it: no floating-point numbers (times and amounts are
/// integers), and a canonical text form with sorted keys, so the same record is always the same bytes.
enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The canonical text: keys in UTF-8 byte order, strings escaped as `JSONEncoder` does, no spaces.
    var canonical: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .integer(number): out += String(number)
        case let .string(text): EventPayload.appendString(text, to: &out)
        case let .array(values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (index, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if index > 0 { out += "," }
                EventPayload.appendString(key, to: &out)
                out += ":"
                members[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    /// Parses one line; nil when it is not JSON (or holds a fractional number).
    static func parse(_ text: String) -> JSONValue? {
        try? decoder.decode(JSONValue.self, from: Data(text.utf8))
    }

    private static let decoder = JSONDecoder()

    var string: String? { if case let .string(text) = self { text } else { nil } }
    var integer: Int64? { if case let .integer(number) = self { number } else { nil } }
    var object: [String: JSONValue]? { if case let .object(members) = self { members } else { nil } }
    var array: [JSONValue]? { if case let .array(values) = self { values } else { nil } }

    /// The name of this value's JSON type, for error messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

extension JSONValue: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int64.self) { self = .integer(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }
}
