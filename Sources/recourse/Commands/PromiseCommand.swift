import Desk
import ArgumentParser
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse promise kept|broken|cancel|extend|correct N`.
    struct PromiseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "promise",
            abstract: Message.helpPromiseCommandAbstract.literal,
            discussion: Message.helpPromiseCommandDiscussion.literal,
            subcommands: [Kept.self, Broken.self, Cancel.self, Extend.self, Correct.self])

        /// The options every resolution shares.
        struct Resolution: ParsableArguments {
            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(Message.helpPromiseCommandPromiseID.literal))
            var promiseID: Int64

            @Option(help: ArgumentHelp(Message.helpPromiseCommandNote.literal))
            var note: String?

            @Option(help: ArgumentHelp(Message.helpPromiseCommandAt.literal, valueName: "when"))
            var at: String?

            @Flag(help: ArgumentHelp(Message.helpPromiseCommandCurrent.literal))
            var current = false

            func resolve(as resolution: PromiseResolution) throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
                let store = try session.openJournal()
                let target = try CurrentPromise.target(promiseID, store: store, current: current, time: session.time,
                                                       prompter: Console.isInteractive ? Prompter() : nil)
                let promise = try store.resolvePromise(target, as: resolution, note: note, at: when, now: session.now)
                try session.output(["promise": promise]) { Message.promiseResolved.text(promise.id!, promise.status.words, promise.text) }
            }
        }

        struct Kept: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "kept", abstract: Message.helpPromiseCommandKeptAbstract.literal,
                                                            discussion: Message.helpPromiseCommandDiscussion.literal)
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .kept) }
        }

        struct Broken: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "broken", abstract: Message.helpPromiseCommandBrokenAbstract.literal,
                                                            discussion: Message.helpPromiseCommandBrokenDiscussion.literal)
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .broken) }
        }

        struct Cancel: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "cancel", abstract: Message.helpPromiseCommandCancelAbstract.literal,
                                                            discussion: Message.helpPromiseCommandCancelDiscussion.literal)
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .cancelled) }
        }

        struct Extend: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "extend",
                abstract: Message.helpPromiseCommandExtendAbstract.literal,
                discussion: Message.helpPromiseCommandExtendDiscussion.literal)

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(Message.helpPromiseCommandExtendPromiseID.literal))
            var promiseID: Int64

            @Option(help: ArgumentHelp(Message.helpPromiseCommandExtendDue.literal, valueName: "when"))
            var due: String?

            @Option(help: ArgumentHelp(Message.helpPromiseCommandExtendAt.literal, valueName: "when"))
            var at: String?

            @Option(help: ArgumentHelp(Message.helpPromiseCommandExtendContact.literal, valueName: "contact-id"))
            var contact: Int64?

            @Option(help: ArgumentHelp(Message.helpPromiseCommandExtendNote.literal))
            var note: String?

            @Flag(help: ArgumentHelp(Message.helpPromiseCommandExtendCurrent.literal))
            var current = false

            @Flag(help: ArgumentHelp(Message.helpNoInput.literal))
            var noInput = false

            func run() throws {
                let session = try Session(global, .recording)
                let store = try session.openJournal()
                let prompter = !noInput && Console.isInteractive ? Prompter() : nil
                let target = try CurrentPromise.target(promiseID, store: store, current: current, time: session.time, prompter: prompter)
                let timeline = try store.timeline(ofCase: try store.caseID(ofPromise: target))
                let calendar = try session.businessCalendar(jurisdiction: timeline.organization.jurisdiction)

                let contactID = try contact ?? prompter.flatMap { try askContact(in: timeline, after: target, prompter: $0, time: session.time) }
                let contactTime = contactID.flatMap { id in timeline.entries.first { $0.contact.id == id }?.contact.occurredAt }
                let moved = try at.map { try session.moment($0) } ?? contactTime ?? session.now
                var warnings: [String] = []
                func resolve(_ words: String) throws -> Date {
                    let resolved = try session.when(words, from: moved, calendar: calendar, purpose: .deadline)
                    warnings += resolved.warnings
                    return resolved.date
                }
                let newDue: (date: Date, words: String)
                if let due {
                    newDue = (try resolve(due), due)
                } else if let prompter {
                    newDue = try prompter.ask(Message.promptNewDue.text(), hint: Message.promptDueExamples.text(), required: Message.promptAPromiseNeedsADueTime.text()) { (try resolve($0), $0) }!
                } else {
                    throw CLIError.usage(Message.extendNeedsDue.text())
                }
                let note = try note ?? prompter?.askText(Message.promptNote.text(), field: "note")
                if let prompter {
                    let time = session.time
                    prompter.show([Message.promptRecordTitle.text(), "  " + Words.extensionLine(target, "\(time.short(newDue.date)) (\(newDue.words))"),
                                   "  " + ViewWords.movedOn(time.short(moved), contact: contactID, agent: nil)] + (note.map { ["  \($0)"] } ?? []))
                    try prompter.confirmSave()
                }
                let change = try store.extendPromise(target, dueAt: newDue.date, dueWords: newDue.words, note: note,
                                                     contactID: contactID, at: moved, now: session.now)
                let time = session.time
                try session.output(ExtendJSON(previous: change.previous, promise: change.current, warnings: warnings)) {
                    LogWords.promiseExtended(change.previous.id!, current: change.current.id!, due: time.short(change.current.dueAt),
                                          was: time.short(change.previous.dueAt))
                }
            }

            /// Which logged call gave the new deadline: the case's contacts since the promise was made.
            private func askContact(in timeline: CaseTimeline, after promiseID: Int64, prompter: Prompter, time: TimeFormat) throws -> Int64? {
                let madeOn = timeline.entries.first { $0.promises.contains { $0.id == promiseID } }?.contact
                let later = timeline.entries.map(\.contact).filter { madeOn == nil || $0.occurredAt >= madeOn!.occurredAt }
                guard !later.isEmpty else { return nil }
                prompter.show(later.map { contact in
                    "  \(contact.id!)  " + ([time.short(contact.occurredAt), contact.channel.rawValue, contact.agent, contact.summary]
                        .compactMap { $0 }.joined(separator: " · "))
                })
                return try prompter.ask(Message.promptGivenOnContact.text(), hint: Message.promptEnterIsNone.text()) { answer -> Int64 in
                    guard let id = Int64(answer.trimmingCharacters(in: CharacterSet(charactersIn: " #"))), later.contains(where: { $0.id == id }) else {
                        throw CLIError.usage(Words.notAChoice(answer))
                    }
                    return id
                }
            }
        }
    }
}

/// What to do when a command names a promise that was since extended.
enum CurrentPromise {
    /// The promise to act on: `id` itself; or, when it was superseded, the current one if the user
    /// said so (`--current`, or yes on a terminal). Otherwise `id`, and the store's refusal names
    /// the current one.
    static func target(_ id: Int64, store: JournalStore, current: Bool, time: TimeFormat, prompter: Prompter?) throws -> Int64 {
        let latest = try store.currentPromise(for: id)
        guard latest.id != id, latest.status == .pending else { return id }
        if current { return latest.id! }
        if let prompter, try prompter.confirm(Words.supersededPrompt(id, current: latest.id!, due: time.short(latest.dueAt)), defaultAnswer: false) {
            return latest.id!
        }
        return id
    }
}

/// `promise extend --json`.
struct ExtendJSON: Encodable {
    let previous: Promise
    let promise: Promise
    let warnings: [String]
}
