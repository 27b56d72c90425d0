/// The journal's schema migrations, in the order they apply.
///
/// Each SQL file in this folder is one migration; its file name is its identifier and its position
/// in `all` is the schema version it produces (`PRAGMA user_version`). Files are never edited once
/// released: a change to the schema is a new file appended here. A test fails when a file in this
/// folder is missing from the list.
public enum SchemaMigrations {
    /// One migration: the version it produces, its file name and its SQL.
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
    }

    public static let all: [Migration] = {
        let files: [(name: String, bytes: [UInt8])] = [
            ("0001_initial.sql", PackageResources._001_initial_sql),
            ("0002_search.sql", PackageResources._002_search_sql),
            ("0003_row_digests.sql", PackageResources._003_row_digests_sql),
            ("0004_submissions.sql", PackageResources._004_submissions_sql),
            ("0005_contact_warnings.sql", PackageResources._005_contact_warnings_sql),
            ("0006_case_facts.sql", PackageResources._006_case_facts_sql),
            ("0007_interchange.sql", PackageResources._007_interchange_sql),
            ("0008_sync.sql", PackageResources._008_sync_sql),
            ("0009_impersonation.sql", PackageResources._009_impersonation_sql),
            ("0010_sync_keys.sql", PackageResources._010_sync_keys_sql),
            ("0011_organization_kinds.sql", PackageResources._011_organization_kinds_sql),
            ("0012_repairs.sql", PackageResources._012_repairs_sql),
            ("0013_reply_by.sql", PackageResources._013_reply_by_sql),
            ("0014_statement_date.sql", PackageResources._014_statement_date_sql),
            ("0015_bank_sector.sql", PackageResources._015_bank_sector_sql),
            ("0016_event_entity_index.sql", PackageResources._016_event_entity_index_sql),
        ]
        return files.enumerated().map { index, file in
            Migration(version: index + 1, name: file.name, sql: String(decoding: file.bytes, as: UTF8.self))
        }
    }()

    /// The schema version this build writes.
    public static var latestVersion: Int { all.count }
}
