import Foundation

/// Reads export lines into `InterchangeInput`, refusing the first bad line with its number.
///
/// Everything is checked here that can be without the journal: JSON, the header and its version,
/// each record's type, uuid, fields and their types, duplicates, and the counts the header announces.
enum InterchangeParser {
    typealias Problem = InterchangeError.Problem

    static func parse(_ lines: [String], source: String) throws -> InterchangeInput {
        var header: InterchangeInput.Header?
        var announced: (records: Int, events: Int)?
        var records: [InterchangeInput.Record] = []
        var events: [InterchangeInput.Event] = []
        var seen: Set<String> = []
        for (offset, text) in lines.enumerated() {
            let number = offset + 1
            func fail(_ problem: Problem) -> InterchangeError { .badLine(line: number, problem: problem) }
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            guard let value = JSONValue.parse(text) else { throw fail(.notJSON) }
            guard let object = value.object else { throw fail(.notAnObject) }
            let type = try string(object, "type", number)
            guard let knownHeader = header else {
                guard type == InterchangeFormat.headerType else { throw fail(.notAHeader) }
                let version = try integer(object, "version", number)
                guard version <= InterchangeFormat.version else {
                    throw InterchangeError.newerFormat(found: Int(version), known: Int(InterchangeFormat.version))
                }
                header = InterchangeInput.Header(version: version, device: try string(object, "device", number))
                if let records = object["records"]?.integer, let events = object["events"]?.integer {
                    announced = (Int(records), Int(events))
                }
                continue
            }
            _ = knownHeader
            if type == InterchangeFormat.headerType { throw fail(.headerNotFirst) }
            if type == "event" {
                events.append(try event(object, number))
                try AdmissionGate.check(events.last!)
                guard seen.insert(events.last!.uuid).inserted else { throw fail(.duplicateRecord(events.last!.uuid)) }
                continue
            }
            guard let spec = RecordSpec.named(type) else { throw fail(.unknownType(type)) }
            let record = try self.record(object, spec: spec, number)
            try AdmissionGate.check(record)
            guard seen.insert(record.uuid).inserted else { throw fail(.duplicateRecord(record.uuid)) }
            records.append(record)
        }
        guard let header else { throw InterchangeError.noLines(source: source) }
        if let announced, announced.records != records.count || announced.events != events.count {
            throw InterchangeError.badLine(line: lines.count + 1, problem: .countMismatch(
                records: announced.records, events: announced.events, foundRecords: records.count, foundEvents: events.count))
        }
        return InterchangeInput(header: header, records: records, events: events)
    }

    /// One record line on its own (a version kept in the `conflict` table).
    static func record(line text: String) throws -> InterchangeInput.Record {
        guard let object = JSONValue.parse(text)?.object else { throw InterchangeError.badLine(line: 1, problem: .notJSON) }
        let type = try string(object, "type", 1)
        guard let spec = RecordSpec.named(type) else { throw InterchangeError.badLine(line: 1, problem: .unknownType(type)) }
        let record = try record(object, spec: spec, 1)
        try AdmissionGate.check(record)
        return record
    }

    private static func record(_ object: [String: JSONValue], spec: RecordSpec, _ line: Int) throws -> InterchangeInput.Record {
        func fail(_ problem: Problem) -> InterchangeError { .badLine(line: line, problem: problem) }
        let uuid = try self.uuid(object, "uuid", line)
        var chain: [String] = []
        if let history = object["history"] {
            guard let values = history.array else { throw fail(.wrongType(field: "history", expected: "array")) }
            chain = try values.map { value in
                guard let text = value.string, isUUID(text) else { throw fail(.badUUID(field: "history", value: value.canonical)) }
                return text
            }
        }
        if object["revision"] != nil { chain.append(try self.uuid(object, "revision", line)) }
        let revisedAt = object["revised_at"] == nil ? 0 : try integer(object, "revised_at", line)
        var fields: [String: JSONValue] = [:]
        let known = Dictionary(uniqueKeysWithValues: spec.fields.map { ($0.name, $0) })
        let children = RecordSpec.childKeys[spec.type] ?? []
        for (key, value) in object where !RecordSpec.envelopeKeys.contains(key) {
            if children.contains(key) {
                try checkChild(key, value, line)
                fields[key] = value
                continue
            }
            guard let field = known[key] else { throw fail(.unknownField(key)) }
            if value == .null { continue }
            switch (field.kind, field.references) {
            case (_, .some):
                guard let text = value.string, isUUID(text) else { throw fail(.badUUID(field: key, value: value.canonical)) }
            case (.text, nil):
                guard value.string != nil else { throw fail(.wrongType(field: key, expected: "string")) }
            case (.integer, nil):
                guard value.integer != nil else { throw fail(.wrongType(field: key, expected: "integer")) }
            }
            fields[key] = value
        }
        for field in spec.fields where field.required && fields[field.name] == nil { throw fail(.missingField(field.name)) }
        return InterchangeInput.Record(line: line, spec: spec, uuid: uuid, chain: chain, revisedAt: revisedAt, fields: fields)
    }

    /// A case's `facts` object, a contact's `flags` array or its `void` object, as `RecordCodec` writes them.
    private static func checkChild(_ key: String, _ value: JSONValue, _ line: Int) throws {
        func fail(_ problem: Problem) -> InterchangeError { .badLine(line: line, problem: problem) }
        if key == "void" {
            guard let members = value.object else { throw fail(.wrongType(field: key, expected: "object")) }
            guard members["reason"]?.string != nil else { throw fail(.missingField("void.reason")) }
            guard members["voided_at"]?.integer != nil else { throw fail(.missingField("void.voided_at")) }
            if let extra = Set(members.keys).subtracting(["reason", "voided_at"]).sorted().first {
                throw fail(.unknownField("void.\(extra)"))
            }
        } else if key == "facts" {
            guard let facts = value.object else { throw fail(.wrongType(field: key, expected: "object")) }
            for (name, fact) in facts {
                switch name {
                case "transaction_at", "statement_at": guard fact.integer != nil else { throw fail(.wrongType(field: "facts.\(name)", expected: "integer")) }
                case "counterparty", "device": guard fact.string != nil else { throw fail(.wrongType(field: "facts.\(name)", expected: "string")) }
                default: throw fail(.unknownField("facts.\(name)"))
                }
            }
        } else {
            guard let flags = value.array else { throw fail(.wrongType(field: key, expected: "array")) }
            for flag in flags {
                guard let members = flag.object else { throw fail(.wrongType(field: key, expected: "array of objects")) }
                guard members["kind"]?.string != nil else { throw fail(.missingField("flags.kind")) }
                guard members["message"]?.string != nil else { throw fail(.missingField("flags.message")) }
                guard members["flagged_at"]?.integer != nil else { throw fail(.missingField("flags.flagged_at")) }
                if let extra = Set(members.keys).subtracting(["kind", "message", "flagged_at"]).sorted().first {
                    throw fail(.unknownField("flags.\(extra)"))
                }
            }
        }
    }

    private static func event(_ object: [String: JSONValue], _ line: Int) throws -> InterchangeInput.Event {
        func fail(_ problem: Problem) -> InterchangeError { .badLine(line: line, problem: problem) }
        let allowed: Set<String> = ["type", "uuid", "at", "kind", "entity", "entity_uuid", "case", "payload", "hash", "device"]
        if let extra = Set(object.keys).subtracting(allowed).sorted().first { throw fail(.unknownField(extra)) }
        let hash = try string(object, "hash", line)
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ isHexDigit($0) }) else { throw fail(.wrongType(field: "hash", expected: "SHA-256 hex")) }
        let payload = try string(object, "payload", line)
        guard JSONValue.parse(payload) != nil || (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) != nil else {
            throw fail(.wrongType(field: "payload", expected: "JSON text"))
        }
        return InterchangeInput.Event(
            line: line, uuid: try uuid(object, "uuid", line), at: try integer(object, "at", line), kind: try string(object, "kind", line),
            entity: try string(object, "entity", line),
            entityUUID: object["entity_uuid"] == nil ? nil : try uuid(object, "entity_uuid", line),
            caseUUID: object["case"] == nil ? nil : try uuid(object, "case", line),
            payload: payload, hash: hash, device: try uuid(object, "device", line))
    }

    private static func string(_ object: [String: JSONValue], _ key: String, _ line: Int) throws -> String {
        guard let value = object[key] else { throw InterchangeError.badLine(line: line, problem: .missingField(key)) }
        guard let text = value.string else { throw InterchangeError.badLine(line: line, problem: .wrongType(field: key, expected: "string")) }
        return text
    }

    private static func integer(_ object: [String: JSONValue], _ key: String, _ line: Int) throws -> Int64 {
        guard let value = object[key] else { throw InterchangeError.badLine(line: line, problem: .missingField(key)) }
        guard let number = value.integer else { throw InterchangeError.badLine(line: line, problem: .wrongType(field: key, expected: "integer")) }
        return number
    }

    private static func uuid(_ object: [String: JSONValue], _ key: String, _ line: Int) throws -> String {
        let text = try string(object, key, line)
        guard isUUID(text) else { throw InterchangeError.badLine(line: line, problem: .badUUID(field: key, value: text)) }
        return text
    }

    /// Lowercase 8-4-4-4-12 hex, as every uuid column stores it.
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) { guard byte == UInt8(ascii: "-") else { return false } }
            else { guard isHexDigit(byte) else { return false } }
        }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
