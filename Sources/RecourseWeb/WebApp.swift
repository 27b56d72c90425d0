import Desk
import Foundation
import Hummingbird
import Journal
import Lexicon
import ServeOptions

/// What every route shares: the options, the clock, the libraries, the gatekeeper.
struct WebApp: Sendable {
    let options: WebOptions
    let clock: WebClock
    let uploads: UploadFolders
    let gatekeeper: Gatekeeper
    let tokens: CalendarTokens
    let cache: PageCache

    /// The libraries, called in-process (`log`, the due preview, the views).
    var desk: WebDesk { WebDesk(options: options) }

    /// Reads the journal through the libraries, as a reading command does: on the page's clock
    /// (the tests' injected one, seeing the journal as it stood then), in the page's language.
    /// The error, if any, is its one line, as the command line prints it.
    func read<T: Sendable>(language: Language, _ body: @escaping @Sendable (Desk, JournalStore) throws -> T) async -> Result<T, FailedLine> {
        let desk = self.desk, snapshot = clock.file != nil
        do {
            return .success(try await desk.call(language: language, now: clock.now()) { try body($0, try desk.openForReading($0, snapshot: snapshot)) })
        } catch {
            return .failure(FailedLine(WebDesk.speaking(language) { ErrorLine.text(error) }))
        }
    }
}

/// An error's one line, as a page shows it.
struct FailedLine: Error {
    let line: String
    init(_ line: String) { self.line = line }
}
