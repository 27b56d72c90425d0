import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse search TEXT`: find contacts by what was said, in any language.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search", _superCommandName: DirectParse.superCommand,
            abstract: Message.helpSearchAbstract.literal,
            discussion: Message.helpSearchDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpSearchText.literal))
        var text: [String]

        @Option(help: ArgumentHelp(Message.helpSearchLimit.literal))
        var limit = 20

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError(Message.limitRange.text(limit)) }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let query = text.joined(separator: " ")
            let hits = try session.openJournal().searchContacts(query, limit: limit)
            let time = session.time
            try session.output(SearchJSON(query: query, hits: hits)) {
                guard !hits.isEmpty else { return Message.noSearchHits.text(query) }
                var table = TextTable([.init(title: Message.colContact.text(), rightAligned: true), .init(title: Message.colCase.text(), rightAligned: true),
                                       .init(title: Message.colOrganization.text(), maxWidth: 20, flexible: true), .init(title: Message.colWhenHappened.text()),
                                       .init(title: Message.colWhatWasSaid.text(), maxWidth: 70, flexible: true)])
                for hit in hits {
                    table.add(["#\(hit.contact.id!)", "#\(hit.contact.caseId)", hit.organizationName, time.short(hit.contact.occurredAt),
                               TextRules.displayingMultilineText(Self.excerpt(of: hit.contact, around: text.first ?? query))])
                }
                return table.render()
            }
        }

        /// The first field that mentions `term`, cut to show the mention.
        static func excerpt(of contact: Contact, around term: String) -> String {
            let fields = [contact.summary, contact.advice, contact.outcome, contact.agent.map { Message.searchAgent.text($0) }, contact.reference.map { Message.searchRef.text($0) }]
                .compactMap { $0 }
            guard let field = fields.first(where: { $0.range(of: term, options: .caseInsensitive) != nil }) ?? fields.first else { return "" }
            guard let range = field.range(of: term, options: .caseInsensitive),
                  field.distance(from: field.startIndex, to: range.lowerBound) > 20 else { return field }
            return "…" + field[field.index(range.lowerBound, offsetBy: -10)...]
        }
    }
}

struct SearchJSON: Encodable {
    struct Hit: Encodable {
        let contact: Contact
        let caseTitle: String
        let organizationName: String
    }

    let query: String
    let results: [Hit]

    init(query: String, hits: [SearchHit]) {
        self.query = query
        results = hits.map { Hit(contact: $0.contact, caseTitle: $0.caseTitle, organizationName: $0.organizationName) }
    }
}
