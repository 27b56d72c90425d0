import ArgumentParser
import Journal
import Reminders

extension Recourse {
    /// `recourse promise kept|broken|cancel|extend N`.
    struct PromiseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "promise",
            abstract: "Record what became of a promise: kept, broken, cancelled or extended.",
            subcommands: [Kept.self, Broken.self, Cancel.self, Extend.self])

        /// The options every resolution shares.
        struct Resolution: ParsableArguments {
            @OptionGroup var global: GlobalOptions

            @Argument(help: "The promise number (see 'recourse show CASE').")
            var promiseID: Int64

            @Option(help: "A note kept with the outcome.")
            var note: String?

            @Option(help: ArgumentHelp("When it happened (default: now).", valueName: "when"))
            var at: String?

            func resolve(as resolution: PromiseResolution) throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
                let promise = try session.openJournal().resolvePromise(promiseID, as: resolution, note: note, at: when, now: session.now)
                try session.output(["promise": promise]) { "Promise #\(promise.id!) \(promise.status.rawValue): \(promise.text)" }
            }
        }

        struct Kept: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "They did what they promised.")
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .kept) }
        }

        struct Broken: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "They did not do what they promised.")
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .broken) }
        }

        struct Cancel: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The promise no longer applies (e.g. logged by mistake).")
            @OptionGroup var options: Resolution
            func run() throws { try options.resolve(as: .cancelled) }
        }

        struct Extend: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "They moved the deadline; the old one is kept as superseded.")

            @OptionGroup var global: GlobalOptions

            @Argument(help: "The promise number.")
            var promiseID: Int64

            @Option(help: ArgumentHelp("The new due time, counted from now (e.g. 2026-12-02, \"3 workdays\").", valueName: "when"))
            var due: String

            @Option(help: "Why, or what they said.")
            var note: String?

            func run() throws {
                let session = try Session(global, .recording)
                let store = try session.openJournal()
                let calendar = try session.businessCalendar(jurisdiction: try store.organization(ofPromise: promiseID)?.jurisdiction)
                let resolved = try session.when(due, calendar: calendar, purpose: .deadline)
                let change = try store.extendPromise(promiseID, dueAt: resolved.date, dueWords: due, note: note, now: session.now)
                let time = session.time
                try session.output(ExtendJSON(previous: change.previous, promise: change.current, warnings: resolved.warnings)) {
                    "Promise #\(change.previous.id!) extended: now promise #\(change.current.id!) due \(time.short(change.current.dueAt))"
                        + " (was \(time.short(change.previous.dueAt)))"
                }
            }
        }
    }
}

/// `promise extend --json`.
struct ExtendJSON: Encodable {
    let previous: Promise
    let promise: Promise
    let warnings: [String]
}
