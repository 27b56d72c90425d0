/// One record type of the export format and the table it maps to, column by column.
///
/// The format names fields after the columns, except that a reference to another record is its
/// uuid under the referenced record's type (`"case": "…"`, never `case_id`), and local integer ids
/// and stored paths are left out: they are this journal's, not the record's.
struct RecordSpec: Sendable {
    enum Kind: Sendable { case text, integer }

    struct Field: Sendable {
        /// The key in the line.
        let name: String
        let column: String
        let kind: Kind
        let required: Bool
        /// The table a reference points into (its value in the line is that record's uuid).
        let references: String?
    }

    /// The `type` value in the line.
    let type: String
    let table: String
    /// The history entity a change to this record is recorded under.
    let entity: EventLog.Entity
    let fields: [Field]
    /// Columns that are UNIQUE apart from uuid: a record another journal created independently
    /// with the same value is the same record (an organization both journals named).
    let naturalKey: [String]
    /// Exports list records by this column, then uuid: the order they happened in, the same in
    /// every journal, so an import numbers them as the user lived them.
    var orderColumn: String? = nil

    /// In dependency order: every reference points to a type earlier in the list (or the same
    /// type, for a promise that supersedes another).
    static let all: [RecordSpec] = [organization, alias, channel, caseFile, contact, promise, attachment, submission]

    static func named(_ type: String) -> RecordSpec? { all.first { $0.type == type } }
    static func forTable(_ table: String) -> RecordSpec? { all.first { $0.table == table } }

    static let organization = RecordSpec(
        type: "organization", table: "organization", entity: .organization,
        fields: [text("name"), text("name_key"), text("kind"), text("jurisdiction", required: false), integer("created_at"),
                 text("sector", required: false)],
        naturalKey: ["name_key"], orderColumn: "created_at")

    static let alias = RecordSpec(
        type: "alias", table: "organization_alias", entity: .organization,
        fields: [reference("organization", column: "organization_id", to: "organization"), text("alias"), text("alias_key")],
        naturalKey: ["alias_key"])

    static let channel = RecordSpec(
        type: "channel", table: "official_channel", entity: .organization,
        fields: [reference("organization", column: "organization_id", to: "organization"), text("kind"), text("address"),
                 text("source", required: false), integer("verified_at", required: false)],
        naturalKey: ["organization_id", "kind", "address"])

    static let caseFile = RecordSpec(
        type: "case", table: "case_file", entity: .case,
        fields: [reference("organization", column: "organization_id", to: "organization"), text("title"), text("category"),
                 text("status"), integer("opened_at"), integer("closed_at", required: false), text("zone"),
                 text("desired_outcome", required: false), integer("amount_minor", required: false),
                 text("currency", required: false), text("account_ref", required: false)],
        naturalKey: [], orderColumn: "opened_at")

    static let contact = RecordSpec(
        type: "contact", table: "contact", entity: .contact,
        fields: [reference("case", column: "case_id", to: "case_file"), integer("occurred_at"), integer("recorded_at"), text("zone"),
                 text("channel"), text("direction"), text("address", required: false), text("agent", required: false),
                 text("reference", required: false), integer("duration_seconds", required: false),
                 text("summary", required: false), text("advice", required: false), text("outcome", required: false)],
        naturalKey: [], orderColumn: "occurred_at")

    static let promise = RecordSpec(
        type: "promise", table: "promise", entity: .promise,
        fields: [reference("contact", column: "contact_id", to: "contact"), text("text"), integer("due_at"), text("due_words"),
                 text("status"), integer("resolved_at", required: false), text("note", required: false),
                 reference("supersedes", column: "supersedes_id", to: "promise", required: false)],
        naturalKey: [], orderColumn: "due_at")

    static let attachment = RecordSpec(
        type: "attachment", table: "attachment", entity: .attachment,
        fields: [reference("contact", column: "contact_id", to: "contact"), text("sha256"), integer("size"), text("media_type"),
                 text("original_name"), integer("added_at")],
        naturalKey: [], orderColumn: "added_at")

    static let submission = RecordSpec(
        type: "submission", table: "submission", entity: .escalation,
        fields: [reference("case", column: "case_id", to: "case_file"), text("body"), integer("submitted_at"),
                 text("reference", required: false), text("note", required: false), text("status"),
                 integer("responded_at", required: false), text("outcome", required: false),
                 integer("reply_due_at", required: false)],
        naturalKey: [], orderColumn: "submitted_at")

    private static func text(_ name: String, required: Bool = true) -> Field {
        Field(name: name, column: name, kind: .text, required: required, references: nil)
    }

    private static func integer(_ name: String, required: Bool = true) -> Field {
        Field(name: name, column: name, kind: .integer, required: required, references: nil)
    }

    private static func reference(_ name: String, column: String, to table: String, required: Bool = true) -> Field {
        Field(name: name, column: column, kind: .integer, required: required, references: table)
    }

    /// The keys every record line has besides its fields.
    static let envelopeKeys: Set<String> = ["type", "uuid", "revision", "history", "revised_at"]
    /// Keys for what a record carries from its side tables: a case's facts, a contact's warnings
    /// and its void (`contact_void`, format 2).
    static let childKeys: [String: Set<String>] = ["case": ["facts"], "contact": ["flags", "void"]]
}
