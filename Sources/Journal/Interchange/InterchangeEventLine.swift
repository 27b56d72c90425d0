import Foundation

/// A history event in the export format.
///
/// The event keeps the uuid, time, kind and payload it was written with, and the hash and device
/// of the journal that first wrote it; its place in this journal's chain (`prev_hash`, the local
/// `hash`) and its row digests are this journal's own and are not exported.
enum InterchangeEventLine {
    /// The table an event entity's id points into (nil for `journal`).
    static func table(forEntity entity: String) -> String? {
        switch entity {
        case "organization": "organization"
        case "case": "case_file"
        case "contact": "contact"
        case "promise": "promise"
        case "attachment": "attachment"
        case "escalation": "submission"
        default: nil
        }
    }

    static func line(_ event: JournalEvent, device: String, entityUUID: String?, caseUUID: String?) -> String {
        var members: [String: JSONValue] = [
            "type": .string("event"), "uuid": .string(event.uuid), "at": .integer(event.at.wholeSecondsSince1970),
            "kind": .string(event.kind), "entity": .string(event.entity), "payload": .string(event.payload),
            "hash": .string(event.originHash ?? event.hash), "device": .string(event.originDevice ?? device),
        ]
        if let entityUUID { members["entity_uuid"] = .string(entityUUID) }
        if let caseUUID { members["case"] = .string(caseUUID) }
        return JSONValue.object(members).canonical
    }
}
