import Foundation

/// What an export produced: the jsonl lines, header first, and the evidence files they refer to.
///
/// The lines are the whole, lossless content (see `docs/export-format.md`); the files are listed
/// apart because they are bytes, not lines: `export --with-files` and `sync` copy them beside the
/// lines, named by SHA-256, and `importLines(evidence:)` finds them there.
public struct InterchangeExport: Sendable, Equatable {
    /// One JSON object per element, no line breaks inside; the first is the header.
    public let lines: [String]
    /// Every evidence file an exported attachment record refers to, once per SHA-256, in SHA-256 order.
    public let evidence: [EvidenceFile]
    /// How many records (not counting the header and history events) the lines hold.
    public let recordCount: Int
    /// How many history events the lines hold.
    public let eventCount: Int
    /// The newest local event id the export covers (0 when the journal has none): the cursor
    /// `exportChanges(afterEventID:)` continues from.
    public let lastEventID: Int64

    /// The lines as one jsonl text, each ended by a line feed.
    public var text: String { lines.map { $0 + "\n" }.joined() }
}

/// One evidence file a journal holds: its SHA-256 and size, and where its bytes are now.
public struct EvidenceFile: Sendable, Equatable {
    public let sha256: String
    public let size: Int64
    /// The absolute path of the stored copy in the exporting journal's `attachments/` folder.
    public let path: String
}
