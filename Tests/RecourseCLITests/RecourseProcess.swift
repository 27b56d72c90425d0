import Foundation
import GRDB

/// Runs the built `recourse` binary, as a user would, against a journal in a temporary folder.
struct RecourseProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// `$RECOURSE_BIN` when set (to test an installed binary), else the one `swift test` built.
    static let binary: String = {
        if let explicit = ProcessInfo.processInfo.environment["RECOURSE_BIN"] { return explicit }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("recourse").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/recourse").path
    }()

    let folder: String
    var journal: String { folder + "/journal.sqlite" }
    var environment: [String: String]

    init() {
        folder = NSTemporaryDirectory() + "recourse-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "TZ": "Asia/Shanghai", "LANG": "C.UTF-8",
                       "RECOURSE_DB": folder + "/journal.sqlite"]
    }

    /// Runs `recourse ARGS` and waits; stdout and stderr go through files so neither can block.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, executable: String = RecourseProcess.binary,
             extraEnvironment: [String: String] = [:]) throws -> Result {
        let id = UUID().uuidString
        let outPath = folder + "/.out-\(id)", errPath = folder + "/.err-\(id)"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { $1 }
        // Relative paths in arguments are relative to the test's own folder.
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        if let stdin {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(stdin.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                      stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Every row of every table plus the attachment files: equal fingerprints, unchanged journal.
    func fingerprint(of path: String? = nil) throws -> String {
        let path = path ?? journal
        guard FileManager.default.fileExists(atPath: path) else { return "<no journal>" }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        let rows = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contact_search%' ORDER BY name")
                .map { table in table + ":" + (try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid")).map(\.description).joined(separator: "\n") }
        }
        let files = (FileManager.default.enumerator(atPath: folder + "/attachments")?.allObjects as? [String] ?? []).sorted()
        return rows.joined(separator: "\n") + "\nfiles:" + files.joined(separator: ",")
    }

    func write(_ name: String, _ contents: String) -> String {
        let path = folder + "/" + name
        try! contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A folder beside the journal's, for files `--output` writes: nothing may be written into
    /// the journal's own folder.
    var outside: String {
        let path = folder + "-out"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "-out")
    }
}
