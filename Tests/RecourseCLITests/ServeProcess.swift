import Foundation

/// A real `recourse serve --port 0` on loopback, over the test's journal, and `curl` to talk to it
/// as any HTTP client would. Time is injected through the clock file (`RECOURSE_SERVE_CLOCK`).
final class ServeProcess: @unchecked Sendable {
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    let journal: RecourseProcess
    let process = Process()
    let clockFile: String
    private(set) var pairingURL = ""
    /// `http://127.0.0.1:PORT` (`https://` when serving TLS).
    private(set) var origin = ""
    /// Extra curl options for every request (`--cacert FILE` to trust a test certificate).
    var curlOptions: [String] = []
    var code: String { String(pairingURL.split(separator: "=").last ?? "") }

    /// `binary`: the `recourse` to run (a copy, for a test that removes it once the server is up).
    init(_ journal: RecourseProcess, now: Date = Date(), extraArguments: [String] = [], binary: String = RecourseProcess.binary) throws {
        self.journal = journal
        clockFile = journal.folder + "/serve-clock"
        try String(Int(now.timeIntervalSince1970)).write(toFile: clockFile, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0"] + extraArguments
        process.environment = journal.environment.merging(["RECOURSE_SERVE_CLOCK": clockFile]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: journal.folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line of stdout is the pairing address, printed once the port is bound.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        pairingURL = String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        if let range = pairingURL.range(of: "/pair") { origin = String(pairingURL[..<range.lowerBound]) }
    }

    func advance(to date: Date) throws {
        try String(Int(date.timeIntervalSince1970)).write(toFile: clockFile, atomically: true, encoding: .utf8)
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// One request with curl: no redirects followed, headers and body returned.
    func request(_ path: String, cookie: String? = nil, headers: [String: String] = [:], form: [(String, String)]? = nil,
                 files: [(String, String)] = [], multipart: Bool = false) throws -> Reply {
        let headerFile = journal.folder + "/.h-\(UUID().uuidString)", bodyFile = journal.folder + "/.b-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: headerFile); try? FileManager.default.removeItem(atPath: bodyFile) }
        var arguments = ["-s", "-o", bodyFile, "-D", headerFile, "-w", "%{http_code}"] + curlOptions
        if let cookie { arguments += ["-H", "Cookie: \(cookie)"] }
        for (name, value) in headers { arguments += ["-H", "\(name): \(value)"] }
        if let form {
            for (name, value) in form { arguments += multipart ? ["-F", "\(name)=\(value)"] : ["--data-urlencode", "\(name)=\(value)"] }
            for (name, path) in files { arguments += ["-F", "\(name)=@\(path)"] }
        }
        arguments.append(origin + path)
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = arguments
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        let status = Int(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)) ?? 0
        curl.waitUntilExit()
        var parsed: [String: String] = [:]
        for line in ((try? String(contentsOfFile: headerFile, encoding: .utf8)) ?? "").split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            parsed[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: parsed, body: (try? String(contentsOfFile: bodyFile, encoding: .utf8)) ?? "")
    }

    /// Pairs with the printed code; returns the cookie to send.
    func pair() throws -> String {
        let reply = try request("/pair?code=" + code)
        let setCookie = reply.headers["set-cookie"] ?? ""
        return String(setCookie.split(separator: ";").first ?? "")
    }

    /// The CSRF token the page's forms carry.
    func csrf(cookie: String) throws -> String {
        let page = try request("/log", cookie: cookie).body
        guard let range = page.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }
}
