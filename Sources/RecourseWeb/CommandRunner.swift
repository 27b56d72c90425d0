import Foundation
import ServeOptions

/// Runs one of the `recourse` binary's own commands for a page, so the web and the command line
/// share every rule, parser and sentence by construction: a form's fields become `log`'s options,
/// its error is `log`'s one-line error, its warnings are `log`'s warnings, and two writers meet in
/// the journal exactly as two terminals do (SQLite's busy timeout, one transaction per command).
struct CommandRunner: Sendable {
    struct Result: Sendable {
        let status: Int32
        let stdout: Data
        let stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr's lines: the error (on failure) or the warnings (on success), one per line.
        var messages: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    let executable: String
    let environment: [String: String]
    let folder: String

    init(options: WebOptions) {
        executable = options.executable
        var environment = options.environment
        // The clock hook is the server's: a page passes `--as-of` itself, and `log` must run on real time.
        environment.removeValue(forKey: "RECOURSE_SERVE_CLOCK")
        self.environment = environment
        folder = NSTemporaryDirectory() + "recourse-serve-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }

    /// Runs `recourse ARGUMENTS` with no terminal and waits without blocking a server thread.
    func run(_ arguments: [String]) async throws -> Result {
        let id = UUID().uuidString
        let outPath = folder + "/\(id).out", errPath = folder + "/\(id).err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(status: status, stdout: try Data(contentsOf: URL(fileURLWithPath: outPath)),
                      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// A private folder for one request's uploads, removed by the caller.
    func uploadFolder() throws -> String {
        let path = folder + "/upload-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return path
    }
}
