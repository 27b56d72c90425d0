import Foundation
import Lexicon

/// Desktop notifications through `notify-send`, when it is installed.
///
/// The program is found on PATH and executed directly with an argument array: user text never
/// passes through a shell, so quotes, `$(…)` or `;` in a summary are just text.
enum Notifier {
    static func send(title: String, body: String, environment: [String: String]) {
        guard let program = executable("notify-send", path: environment["PATH"] ?? "/usr/bin:/bin") else {
            Console.warn(Message.notifyMissing.text())
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--app-name=Recourse", "--", title, body]
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { Console.warn(Message.notifyFailed.text(process.terminationStatus)) }
        } catch {
            Console.warn(Message.notifyCannotRun.text(error.localizedDescription))
        }
    }

    static func executable(_ name: String, path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
