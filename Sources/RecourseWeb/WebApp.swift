import Desk
import Foundation
import Hummingbird
import Journal
import Lexicon
import ServeOptions

/// What every route shares: the options, the clock, the command runner, the gatekeeper.
struct WebApp: Sendable {
    let options: WebOptions
    let clock: WebClock
    let runner: CommandRunner
    let gatekeeper: Gatekeeper
    let tokens: CalendarTokens
    let cache: PageCache

    /// The libraries, called in-process (`log`, the due preview, the views).
    var desk: WebDesk { WebDesk(options: options) }

    /// Runs a command in the page's language against the served journal.
    func run(_ arguments: [String], language: Language, reading: Bool = true) async throws -> CommandRunner.Result {
        let globals = ["--lang", language.rawValue] + options.journalArguments + (reading ? clock.asOfArguments() : [])
        var arguments = arguments
        // Before a "--" that ends the options (`log … -- ORGANIZATION`).
        arguments.insert(contentsOf: globals, at: arguments.firstIndex(of: "--") ?? arguments.endIndex)
        return try await runner.run(arguments)
    }

    /// Reads the journal through the libraries, as a reading command does: on the page's clock
    /// (the tests' injected one, seeing the journal as it stood then), in the page's language.
    /// The error, if any, is its one line, as the command line prints it.
    func read<T: Sendable>(language: Language, _ body: @escaping @Sendable (Desk, JournalStore) throws -> T) async throws -> Result<T, FailedLine> {
        let desk = self.desk, snapshot = clock.file != nil
        do {
            return .success(try await desk.call(language: language, now: clock.now()) { try body($0, try desk.openForReading($0, snapshot: snapshot)) })
        } catch {
            return .failure(FailedLine(WebDesk.speaking(language) { ErrorLine.text(error) }))
        }
    }

    /// A read page: the command's text, or its one-line error, under `title`.
    func commandPage(_ title: String, _ arguments: [String], context: WebContext, above: String = "", below: String = "",
                     table: Bool = false) async throws -> Response {
        let language = context.language
        let result = try await run(arguments, language: language)
        let body = result.status == 0 ? HTML.output(result.text, table: table) : HTML.messages(result.messages, kind: "error")
        return Pages.html(HTML.page(title, language: language, body: above + body + below))
    }
}

/// An error's one line, as a page shows it.
struct FailedLine: Error {
    let line: String
    init(_ line: String) { self.line = line }
}
