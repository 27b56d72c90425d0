import Foundation
import ArgumentParser
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse case close|reopen N`.
    struct CaseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case", abstract: Message.helpCaseCommandAbstract.literal, discussion: Message.helpCaseCommandDiscussion.literal,
            subcommands: [Edit.self, Close.self, Reopen.self])

        struct Change: ParsableArguments {
            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal), completion: ValueCompletion.openCases)
            var caseID: Int64

            @Option(help: ArgumentHelp(Message.helpCaseCommandNote.literal))
            var note: String?

            @Option(help: ArgumentHelp(Message.helpChangeAt.literal, valueName: "when"))
            var at: String?

            /// Opens the journal, applies `change`, and confirms with `done` (closed, reopened).
            func apply(_ done: Message, _ change: (JournalStore, Int64, String?, Date) throws -> CaseFile) throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
                let caseFile = try change(try session.openJournal(), caseID, note, when)
                try session.output(["case": caseFile]) { done.text(caseFile.id!, caseFile.title) }
            }
        }

        struct Close: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "close", abstract: Message.helpCaseCommandCloseAbstract.literal,
                                                            discussion: Message.helpCaseCommandDiscussion.literal)
            @OptionGroup var options: Change
            func run() throws { try options.apply(.caseClosedDone) { try $0.closeCase($1, note: $2, now: $3) } }
        }

        struct Reopen: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "reopen", abstract: Message.helpCaseCommandReopenAbstract.literal,
                                                            discussion: Message.helpCaseCommandReopenDiscussion.literal)
            @OptionGroup var options: Change
            func run() throws { try options.apply(.caseReopenedDone) { try $0.reopenCase($1, note: $2, now: $3) } }
        }
    
        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "edit",
                abstract: Message.helpCaseCommandEditAbstract.literal,
                discussion: Message.helpCaseCommandEditDiscussion.literal)

            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal), completion: ValueCompletion.openCases) var caseID: Int64
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditTitle.literal)) var title: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditCategory.literal, valueName: "category"), completion: ValueCompletion.caseCategories) var category: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditAmount.literal, valueName: "amount")) var amount: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditAccount.literal, valueName: "ref")) var account: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditWants.literal, valueName: "text")) var wants: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditTransactionAt.literal, valueName: "when")) var transactionAt: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditCounterparty.literal, valueName: "name")) var counterparty: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditDevice.literal, valueName: "text")) var device: String?
            @Option(help: ArgumentHelp(Message.helpCaseCommandEditStatementDate.literal, valueName: "when")) var statementDate: String?
            @Option(help: ArgumentHelp(Message.helpChangeAt.literal, valueName: "when")) var at: String?

            func validate() throws {
                if let category, CaseCategory(rawValue: category) == nil {
                    throw ValidationError(Message.unknownCategory.text(category, CaseCategory.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }

            func run() throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
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
                if let transactionAt { details.transactionAt = transactionAt.isEmpty ? .some(nil) : .some(try session.moment(transactionAt, option: "--transaction-at")) }
                details.counterparty = counterparty.map { $0.isEmpty ? nil : $0 }
                details.device = device.map { $0.isEmpty ? nil : $0 }
                if let statementDate { details.statementAt = statementDate.isEmpty ? .some(nil) : .some(try session.moment(statementDate, option: "--statement-date")) }
                let caseFile = try store.editCase(caseID, details, now: when)
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
