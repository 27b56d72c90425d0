import Foundation
import Testing

/// `recourse serve --tls-cert FILE --tls-key FILE` over real HTTPS: a certificate made at test time
/// by `openssl req -x509`, and curl trusting only that certificate (`--cacert`).
@Suite("serve --tls-cert/--tls-key: HTTPS with the user's own certificate", .serialized)
struct ServeTLSTests {
    /// A self-signed certificate for 127.0.0.1 and localhost, and its key, in the journal's folder.
    static func certificate(in journal: RecourseProcess, name: String = "server") throws -> (certificate: String, key: String) {
        let certificate = journal.folder + "/\(name)-cert.pem", key = journal.folder + "/\(name)-key.pem"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                             "-keyout", key, "-out", certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        return (certificate, key)
    }

    /// `recourse ARGS` that must end by itself (a bad file is refused before serving); killed
    /// after 60 s so a server that wrongly started cannot hang the suite.
    static func runEnding(_ journal: RecourseProcess, _ arguments: [String]) throws -> RecourseProcess.Result {
        let out = journal.folder + "/.tls-out", err = journal.folder + "/.tls-err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RecourseProcess.binary)
        process.arguments = arguments
        process.environment = journal.environment
        process.currentDirectoryURL = URL(fileURLWithPath: journal.folder)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return RecourseProcess.Result(status: process.terminationStatus, stdout: try String(contentsOfFile: out, encoding: .utf8),
                                      stderr: try String(contentsOfFile: err, encoding: .utf8))
    }

    /// curl's status code for a plain-HTTP request ("000": no HTTP answer at all).
    static func plainHTTPStatus(_ url: String) throws -> String {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "10", url]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        curl.waitUntilExit()
        return status
    }

    @Test("HTTPS end to end: https pairing address, Secure cookie, pages, a form from the https origin; plain HTTP and untrusting clients get nothing")
    func httpsEndToEnd() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let files = try Self.certificate(in: journal)
        let server = try ServeProcess(journal, extraArguments: ["--tls-cert", files.certificate, "--tls-key", files.key])
        defer { server.stop() }
        #expect(server.pairingURL.hasPrefix("https://127.0.0.1:"), "\(server.pairingURL)")
        // A client that does not trust the certificate, or speaks plain HTTP to the port, gets no page.
        let untrusting = try server.request("/pair?code=" + server.code)
        #expect(untrusting.status == 0 && untrusting.headers["set-cookie"] == nil)
        #expect(try Self.plainHTTPStatus(server.origin.replacingOccurrences(of: "https://", with: "http://") + "/pair?code=" + server.code) == "000")
        server.curlOptions = ["--cacert", files.certificate]
        let paired = try server.request("/pair?code=" + server.code)
        #expect(paired.status == 303)
        let setCookie = paired.headers["set-cookie"] ?? ""
        #expect(setCookie.contains("Secure") && setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), "\(setCookie)")
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let agenda = try server.request("/agenda", cookie: cookie)
        #expect(agenda.status == 200 && agenda.body.contains("中国移动"))
        #expect(try server.request("/agenda", cookie: cookie, headers: ["Host": "evil.example"]).status == 421)
        let csrf = try server.csrf(cookie: cookie)
        let before = try journal.fingerprint()
        let fields = [("organization", "Evil Bank"), ("summary", "over tls"), ("csrf", csrf)]
        // The plain-HTTP spelling of this server's origin is another origin.
        let httpOrigin = server.origin.replacingOccurrences(of: "https://", with: "http://")
        #expect(try server.request("/log", cookie: cookie, headers: ["Origin": httpOrigin], form: fields, multipart: true).status == 403)
        #expect(try journal.fingerprint() == before)
        let saved = try server.request("/log", cookie: cookie, headers: ["Origin": server.origin], form: fields, multipart: true)
        #expect(saved.status == 303)
        #expect(try journal.run(["search", "over tls"]).stdout.contains("Evil Bank"))
        // Links the pages hand out are https too.
        _ = try server.request("/pair/new", cookie: cookie, headers: ["Origin": server.origin], form: [("csrf", csrf)])
        #expect(try server.request("/pair/new", cookie: cookie).body.contains(server.origin + "/pair?code="))
    }

    @Test("a missing, unreadable, wrong or mismatched file: one line in the user's language, its exit code, nothing served, journal untouched")
    func badFiles() throws {
        let journal = try ServeSecurityTests.journalWithSecret()
        defer { journal.cleanUp() }
        let good = try Self.certificate(in: journal)
        let other = try Self.certificate(in: journal, name: "other")
        let notPEM = journal.write("notes.txt", "hello, not a certificate\n")
        try FileManager.default.createDirectory(atPath: journal.folder + "/folder.pem", withIntermediateDirectories: true)
        let before = try journal.fingerprint()
        let cases: [(arguments: [String], status: Int32, en: String, zh: String)] = [
            (["--tls-cert", "missing.pem", "--tls-key", good.key], 66, "does not exist", "不存在"),
            (["--tls-cert", "folder.pem", "--tls-key", good.key], 74, "cannot be read", "无法读取"),
            (["--tls-cert", notPEM, "--tls-key", good.key], 65, "holds no PEM certificate", "没有 PEM 证书"),
            (["--tls-cert", good.certificate, "--tls-key", good.certificate], 65, "holds no usable PEM private key", "没有可用的 PEM 私钥"),
            (["--tls-cert", good.certificate, "--tls-key", other.key], 65, "does not belong to the certificate", "不匹配"),
            (["--tls-cert", good.certificate], 64, "go together", "须同时给出"),
        ]
        for item in cases {
            for (language, expected) in [("en", item.en), ("zh", item.zh)] {
                let result = try Self.runEnding(journal, ["serve", "--port", "0", "--lang", language] + item.arguments)
                #expect(result.status == item.status, "\(item.arguments) \(language): \(result.stderr)")
                #expect(result.stdout.isEmpty, "nothing served: \(result.stdout)")
                let lines = result.stderrLines
                #expect(lines.count == 1 && lines.first?.contains(expected) == true, "\(item.arguments) \(language): \(result.stderr)")
                #expect(lines.first?.hasPrefix(language == "zh" ? "recourse：" : "recourse:") == true, "\(result.stderr)")
            }
        }
        #expect(try journal.fingerprint() == before)
    }
}
