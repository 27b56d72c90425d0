import Foundation
import GRDB

/// A contact that matched a search.
public struct SearchHit: Sendable {
    public let contact: Contact
    public let caseTitle: String
    public let organizationName: String
}

extension JournalStore {
    /// Contacts whose summary, advice, outcome, agent or reference contain every term, or whose
    /// organization's name or alias contains the text, newest first; voided contacts left out.
    ///
    /// Terms of three characters or more use the trigram full-text index, which finds Chinese
    /// substrings ("转账失败" inside "从钱包转账失败") in milliseconds at any size. The trigram index
    /// cannot see shorter terms ("退款"), so a query with one falls back to scanning contacts newest
    /// first and stops once `limit` are found: quick for common words, a full scan for rare ones.
    public func searchContacts(_ text: String, limit: Int = 20) throws -> [SearchHit] {
        let terms = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !terms.isEmpty else { throw JournalError.emptyField(field: "search text") }
        _ = try TextRules.name(text, field: "search text")
        let useIndex = terms.allSatisfy { $0.count >= 3 }
        let filter: String
        var arguments: StatementArguments
        if useIndex {
            // The newest matches straight from the index (its rowid is the contact id), so a word
            // that matches a hundred thousand contacts still reads only `limit` of them.
            filter = "k.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid DESC LIMIT ?)"
            arguments = [terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " "), limit]
        } else {
            let haystack = "(coalesce(k.summary,'') || ' ' || coalesce(k.advice,'') || ' ' || coalesce(k.outcome,'') || ' ' || coalesce(k.agent,'') || ' ' || coalesce(k.reference,''))"
            filter = terms.map { _ in "instr(lower(\(haystack)), lower(?)) > 0" }.joined(separator: " AND ")
            arguments = StatementArguments(terms)
        }
        // The organization's name or an alias holding the whole text finds its cases' contacts too
        // (`search 京东` finds the 京东 case whatever its calls said).
        let organizations = """
            k.case_id IN (SELECT id FROM case_file WHERE organization_id IN (
                SELECT id FROM organization WHERE instr(lower(name), lower(?)) > 0
                UNION SELECT organization_id FROM organization_alias WHERE instr(lower(alias), lower(?)) > 0))
            """
        arguments += [text.trimmingCharacters(in: .whitespaces), text.trimmingCharacters(in: .whitespaces)]
        // Under `--as-of`, only the contacts that had taken place and were not yet voided then.
        let existed: String
        if let snapshot {
            existed = Snapshot.contactExisted("k")
            let at = Int64(snapshot.timeIntervalSince1970)
            arguments += [at, at]
        } else {
            existed = Self.notVoided("k")
        }
        arguments += [limit]
        return try read { db in
            try Array(Row.fetchCursor(db, sql: """
                SELECT k.*, c.title AS case_title, o.name AS organization_name
                FROM contact k JOIN case_file c ON c.id = k.case_id JOIN organization o ON o.id = c.organization_id
                WHERE (\(filter) OR \(organizations)) AND \(existed)
                ORDER BY k.id DESC LIMIT ?
                """, arguments: arguments).map { row in
                SearchHit(contact: Contact(row: row), caseTitle: row["case_title"], organizationName: row["organization_name"])
            })
        }
    }
}
