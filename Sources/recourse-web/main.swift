import Foundation
import Lexicon
import RecourseWeb
import ServeOptions

// `recourse-web`: the web skin's own executable, started by `recourse serve` (never by hand), so
// the `recourse` binary that runs `log` carries no web server: Hummingbird's and NIO's protocol
// conformances would otherwise be scanned by the Swift runtime at every start-up (bench/results.md).
//
// Its one argument is the JSON `recourse serve` wrote: the options it resolved from its flags,
// the settings and the environment.
umask(0o077)
guard CommandLine.arguments.count == 2, let options = WebOptions(json: Data(CommandLine.arguments[1].utf8)) else {
    FileHandle.standardError.write(Data("recourse-web: started by 'recourse serve' only\n".utf8))
    exit(64)
}
Language.current = options.language
do {
    try await WebServer.run(options)
} catch let error as TLSFileError {
    // A bad --tls-cert/--tls-key: one line in the user's language, before anything was bound.
    FileHandle.standardError.write(Data((Message.errorPrefix.text(error.message) + "\n").utf8))
    exit(error.exitCode)
} catch {
    FileHandle.standardError.write(Data((Message.serveCannotListen.text(options.lan ? "0.0.0.0:\(options.port)" : "127.0.0.1:\(options.port)",
                                                                      error.localizedDescription) + "\n").utf8))
    exit(74)
}
