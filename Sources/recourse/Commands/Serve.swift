import ArgumentParser
import Foundation
import Journal
import Lexicon
import RecourseWeb

extension Recourse {
    /// `recourse serve`: the journal as a local web page for the phone (see docs/serve.md).
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: Message.helpServeAbstract.literal,
            discussion: Message.helpServeDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(Message.helpServePort.literal, valueName: "port"))
        var port = 8080

        @Flag(help: ArgumentHelp(Message.helpServeLan.literal))
        var lan = false

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError(Message.serveCannotListen.text(port, "1-65535")) }
        }

        func run() throws {
            // Recording: the pages write, so `--as-of` is refused as for `log`.
            let session = try Session(global, .recording)
            let options = WebOptions(
                lan: lan, port: port, executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
                journalArguments: global.db.map { _ in ["--db", session.location.path] } ?? [],
                journalPath: session.location.path, configFolder: session.configFolder,
                language: Language.current, environment: session.environment)
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await WebServer.run(options) } catch { outcome.error = error }
                done.signal()
            }
            done.wait()
            if let error = outcome.error {
                throw CLIError(status: .ioError, message: Message.serveCannotListen.text(lan ? "0.0.0.0:\(port)" : "127.0.0.1:\(port)", error.localizedDescription))
            }
        }
    }
}

/// How the server's task ended, read after it signals.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
