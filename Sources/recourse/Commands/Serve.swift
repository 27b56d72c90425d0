import ArgumentParser
import Foundation
import Journal
import Lexicon
import ServeOptions

extension Recourse {
    /// `recourse serve`: the journal as a local web page for the phone (see docs/serve.md).
    ///
    /// Resolves the options here, then becomes `recourse-web` (exec, same process id), the
    /// executable that links the web server: `recourse` itself stays free of it, so `log` starts as fast.
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

        @Option(name: .customLong("tls-cert"), help: ArgumentHelp(Message.helpServeTLSCert.literal, valueName: "file"))
        var tlsCert: String?

        @Option(name: .customLong("tls-key"), help: ArgumentHelp(Message.helpServeTLSKey.literal, valueName: "file"))
        var tlsKey: String?

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError(Message.serveCannotListen.text(port, "1-65535")) }
            if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError(Message.serveTLSPair.text()) }
        }

        func run() throws {
            // Recording: the pages write, so `--as-of` is refused as for `log`.
            let session = try Session(global, .recording)
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            let web = (executable as NSString).deletingLastPathComponent + "/recourse-web"
            guard FileManager.default.isExecutableFile(atPath: web) else {
                throw CLIError(status: .ioError, message: Message.serveMissingWeb.text(web))
            }
            let options = WebOptions(
                lan: lan, port: port,
                journalArguments: global.db.map { _ in ["--db", session.location.path] } ?? [],
                journalPath: session.location.path, configFolder: session.configFolder,
                language: Language.current, environment: session.environment,
                // Absolute, as typed from here: recourse-web reads and checks the files before binding.
                tlsCertificate: tlsCert.map { URL(fileURLWithPath: $0).path }, tlsKey: tlsKey.map { URL(fileURLWithPath: $0).path })
            let arguments = [web, try options.json()]
            let argv = arguments.map { strdup($0) } + [nil]
            execv(web, argv)
            throw CLIError(status: .ioError, message: Message.serveMissingWeb.text(web))
        }
    }
}
