import Foundation

/// Export lines parsed and checked, before anything touches the journal.
struct InterchangeInput {
    struct Header {
        let version: Int64
        let device: String
    }

    struct Record {
        /// The 1-based line number, for errors.
        let line: Int
        let spec: RecordSpec
        let uuid: String
        /// Revisions, oldest first; the last is the record's revision (empty if it has none).
        let chain: [String]
        /// When the revision was made where it was made (0 when the line does not say).
        let revisedAt: Int64
        let fields: [String: JSONValue]

        var revision: String { chain.last ?? "" }
        var content: String { RecordCodec.content(fields) }
        var canonicalLine: String { RecordCodec.line(type: spec.type, uuid: uuid, chain: chain, revisedAt: revisedAt, fields: fields) }
    }

    struct Event {
        let line: Int
        let uuid: String
        let at: Int64
        let kind: String
        let entity: String
        let entityUUID: String?
        let caseUUID: String?
        let payload: String
        let hash: String
        let device: String
    }

    let header: Header
    let records: [Record]
    let events: [Event]
}
