import ArgumentParser
import Journal
import Lexicon

extension Recourse.PromiseCommand {
    /// `recourse promise correct N --due WHEN [--text TEXT]`: the user's own fix of a due time or
    /// words they logged wrongly. Unlike `extend`, nothing says the firm moved its deadline.
    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct",
            abstract: Message.helpPromiseCommandCorrectAbstract.literal,
            discussion: Message.helpPromiseCommandCorrectDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpPromiseCommandPromiseID.literal))
        var promiseID: Int64

        @Option(help: ArgumentHelp(Message.helpPromiseCommandCorrectDue.literal, valueName: "when"))
        var due: String?

        @Option(help: ArgumentHelp(Message.helpPromiseCommandCorrectText.literal))
        var text: String?

        @Option(help: ArgumentHelp(Message.helpPromiseCommandCorrectReason.literal))
        var reason: String?

        func validate() throws {
            if due == nil { throw ValidationError(Message.errCorrectNeedsDue.text()) }
        }

        func run() throws {
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            let promise = try store.promise(promiseID)
            // A relative due ("48小时内") counts from the call where the agent said it, not from now.
            let madeOn = try store.contact(promise.contactId)
            let calendar = try session.businessCalendar(jurisdiction: try store.organization(ofPromise: promiseID)?.jurisdiction)
            let words = due ?? ""
            let resolved = try session.when(words, from: madeOn.occurredAt, calendar: calendar, purpose: .deadline)
            let corrected = try store.correctPromise(promiseID, dueAt: resolved.date, dueWords: words, text: text, reason: reason,
                                                     now: session.now)
            let time = session.time
            try session.output(["promise": corrected]) {
                Message.promiseCorrected.text(corrected.id!, time.short(corrected.dueAt), corrected.dueWords, time.short(madeOn.occurredAt))
            }
        }
    }
}
