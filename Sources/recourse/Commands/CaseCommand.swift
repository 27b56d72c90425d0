import Foundation
import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse case close|reopen N`.
    struct CaseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case", abstract: "Edit, close or reopen a case.", discussion: "Example: recourse case close 3 --note \"已退款\"",
            subcommands: [Edit.self, Close.self, Reopen.self])

        struct Change: ParsableArguments {
            @OptionGroup var global: GlobalOptions

            @Argument(help: "The case number.", completion: ValueCompletion.openCases)
            var caseID: Int64

            @Option(help: "Why; kept in the history.")
            var note: String?

            /// Opens the journal, applies `change`, and confirms with `done` (closed, reopened).
            func apply(_ done: Message, _ change: (JournalStore, Int64, String?, Date) throws -> CaseFile) throws {
                let session = try Session(global, .recording)
                let caseFile = try change(try session.openJournal(), caseID, note, session.now)
                try session.output(["case": caseFile]) { done.text(caseFile.id!, caseFile.title) }
            }
        }

        struct Close: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Close a case (its history is kept).",
                                                            discussion: "Example: recourse case close 3 --note \"已退款\"")
            @OptionGroup var options: Change
            func run() throws { try options.apply(.caseClosedDone) { try $0.closeCase($1, note: $2, now: $3) } }
        }

        struct Reopen: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Reopen a closed case.",
                                                            discussion: "Example: recourse case reopen 3 --note \"又被扣款\"")
            @OptionGroup var options: Change
            func run() throws { try options.apply(.caseReopenedDone) { try $0.reopenCase($1, note: $2, now: $3) } }
        }
    
        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Set a case's title, category, disputed amount, account reference or the remedy you want.",
                discussion: "Example: recourse case edit 1 --amount \"500.00 CNY\" --account \"6222 **** 1234\" --wants \"退回500元\"")

            @OptionGroup var global: GlobalOptions
            @Argument(help: "The case number.", completion: ValueCompletion.openCases) var caseID: Int64
            @Option(help: "A new title.") var title: String?
            @Option(help: ArgumentHelp("network, app, account, transaction, fraud, billing, service, delivery or other.", valueName: "category"), completion: ValueCompletion.caseCategories) var category: String?
            @Option(help: ArgumentHelp("The money at stake: 500.00 CNY, ¥500, £84.99 (\"\" clears it).", valueName: "amount")) var amount: String?
            @Option(help: ArgumentHelp("The account, card or order reference concerned.", valueName: "ref")) var account: String?
            @Option(help: ArgumentHelp("The remedy you want (used in complaint drafts).", valueName: "text")) var wants: String?

            func validate() throws {
                if let category, CaseCategory(rawValue: category) == nil {
                    throw ValidationError(Message.unknownCategory.text(category, CaseCategory.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }

            func run() throws {
                let session = try Session(global, .recording)
                let store = try session.openJournal()
                var details = CaseDetails()
                details.title = title
                details.category = category.flatMap(CaseCategory.init(rawValue:))
                if let amount {
                    let region = try store.organization(ofCase: caseID)?.jurisdiction ?? session.settings.region ?? CalendarLibrary.region(forZone: session.zone)
                    details.amount = amount.isEmpty ? .some(nil) : .some(try MoneyText.parse(amount, defaultCurrency: Self.currency(forRegion: region)))
                }
                details.accountRef = account.map { $0.isEmpty ? nil : $0 }
                details.desiredOutcome = wants.map { $0.isEmpty ? nil : $0 }
                let caseFile = try store.editCase(caseID, details, now: session.now)
                try session.output(["case": caseFile]) {
                    let money = caseFile.amountMinor.map { " · " + MoneyText.format(minor: $0, currency: caseFile.currency ?? "") } ?? ""
                    return Message.caseUpdated.text(caseFile.id!, caseFile.title, money)
                }
            }

            static func currency(forRegion region: String) -> String? {
                switch region.uppercased() {
                case "CN": "CNY"
                case "GB", "GB-ENG", "UK": "GBP"
                case "US": "USD"
                default: nil
                }
            }
        }
    }
}
