/// What one `importLines` call did. Nothing at all when `changed` is false.
public struct ImportReport: Sendable, Equatable, Encodable {
    /// Records inserted, by record type (`organization`, `case`, `contact`…).
    public var inserted: [String: Int] = [:]
    /// Records updated by a fast-forward or a concurrent change that won (`.converge` only).
    public var updated: [String: Int] = [:]
    /// Records already here with the same content, or a version this journal has already seen.
    public var unchanged = 0
    /// Incoming records matched to a record here by name rather than uuid (an organization, alias
    /// or official channel both journals created independently).
    public var matchedByName = 0
    /// History events appended (events already here, by uuid, are skipped).
    public var eventsAppended = 0
    /// Evidence files stored in this journal's vault (files it already had are not counted).
    public var filesStored = 0
    /// Conflicts found by this import, in line order.
    public var conflicts: [InterchangeConflict] = []

    public init() {}

    /// True when the journal was written at all.
    public var changed: Bool {
        !inserted.isEmpty || !updated.isEmpty || eventsAppended > 0 || !conflicts.isEmpty
    }

    public var insertedCount: Int { inserted.values.reduce(0, +) }
    public var updatedCount: Int { updated.values.reduce(0, +) }
}
