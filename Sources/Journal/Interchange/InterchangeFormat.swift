import Foundation

/// The export format's version and header.
///
/// The version changes only when a reader of the previous version would misread a file: a new
/// record type or field a reader must not drop. A reader accepts every version up to its own and
/// refuses a newer one clearly (`InterchangeError.newerFormat`). See `docs/export-format.md`.
enum InterchangeFormat {
    /// The newest version this Recourse reads and writes. Format 2 added a contact's `void`.
    static let version: Int64 = 2
    static let headerType = "recourse-export"
    /// The history events `importLines` writes for itself (the digests of the rows it wrote and the
    /// revisions they came with); never exported, since they describe this journal only.
    static let mergedKind = "interchange.merged"
    /// The history event recording a conflict found by an import or a sync.
    static let conflictKind = "interchange.conflict"
    static let conflictResolvedKind = "interchange.conflict_resolved"

    /// What an export covers, as its header says.
    enum Scope: String { case all, `case`, changes }

    /// The lowest version that reads `records` whole: 2 when a contact carries a void, else 1, so
    /// a file without voids stays readable by a Recourse that knows only format 1, and one with
    /// them is refused there as newer instead of line by line.
    static func version(of records: [[String: JSONValue]]) -> Int64 {
        records.contains { $0["void"] != nil } ? 2 : 1
    }

    /// The first line: what wrote the file, when, and how many lines follow (so a file cut at a
    /// line boundary is still found truncated).
    static func header(device: String, schema: Int, scope: Scope, exportedAt: Date, records: Int, events: Int, version: Int64) -> String {
        JSONValue.object([
            "type": .string(headerType), "version": .integer(version), "schema": .integer(Int64(schema)),
            "application_id": .integer(Int64(JournalStore.applicationID)), "device": .string(device),
            "scope": .string(scope.rawValue), "exported_at": .integer(exportedAt.wholeSecondsSince1970),
            "records": .integer(Int64(records)), "events": .integer(Int64(events)),
        ]).canonical
    }
}

extension Date {
    /// Seconds since 1970 rounded down, as every instant is stored.
    var wholeSecondsSince1970: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}
