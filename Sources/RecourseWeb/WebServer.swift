import Foundation
import Hummingbird
import Lexicon
import ServeOptions
import HummingbirdCore
import HummingbirdTLS
import Logging
import QRCode

/// `recourse serve`: builds the routes behind `SecurityMiddleware` and runs until Ctrl-C.
public enum WebServer {
    /// Runs the server; prints the pairing address as the first line of stdout once listening.
    /// `--tls-cert/--tls-key` are read and checked first: a bad file throws `TLSFileError` before
    /// anything is bound.
    public static func run(_ options: WebOptions) async throws {
        let server: HTTPServerBuilder
        if let certificate = options.tlsCertificate, let key = options.tlsKey {
            server = try .tls(.http1(), tlsConfiguration: TLSFiles.configuration(certificate: certificate, key: key))
        } else {
            server = .http1()
        }
        let scheme = options.scheme
        let clock = WebClock(environment: options.environment)
        let gatekeeper = Gatekeeper(issuedAt: clock.now(), devices: PairedDevices(folder: options.configFolder, journal: options.journalPath))
        let app = WebApp(options: options, clock: clock, uploads: UploadFolders(), gatekeeper: gatekeeper,
                         tokens: CalendarTokens(folder: options.configFolder), cache: PageCache(journalPath: options.journalPath))
        let hosts = HostList()
        let lanAddress = options.lan ? LocalAddress.lan() : nil

        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityMiddleware(allowedHosts: { hosts.value }, gatekeeper: gatekeeper, fallbackLanguage: options.language,
                                                 scheme: scheme))
        PairRoutes.add(to: router, app: app)
        PairRoutes.addPairAnother(to: router, app: app)
        DeviceRoutes.add(to: router, app: app)
        ReadRoutes.add(to: router, app: app)
        LogRoutes.add(to: router, app: app)
        CalendarRoutes.add(to: router, app: app, baseURL: { scheme + "://" + $0 })

        var logger = Logger(label: "recourse.serve")
        logger.logLevel = .error
        let code = gatekeeper.code
        let application = Application(
            router: router,
            server: server,
            configuration: .init(address: .hostname(options.lan ? "0.0.0.0" : "127.0.0.1", port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                var names: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)"]
                if let lanAddress { names.insert("\(lanAddress):\(port)") }
                hosts.value = names
                var lines = ["\(scheme)://127.0.0.1:\(port)/pair?code=\(code)"]
                if let lanAddress { lines.append(Message.serveLanAddress.text(in: options.language, "\(scheme)://\(lanAddress):\(port)/pair?code=\(code)")) }
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                FileHandle.standardError.write(Data((Message.servePairHint.text(in: options.language, Int(Gatekeeper.codeLifetime / 60)) + "\n").utf8))
                // On the LAN the phone's camera reads the address off the terminal.
                if let lanAddress, let qr = try? QRCode.encode("\(scheme)://\(lanAddress):\(port)/pair?code=\(code)") {
                    FileHandle.standardError.write(Data((Message.serveQRHint.text(in: options.language) + "\n" + qr.terminalText() + "\n").utf8))
                }
            },
            logger: logger
        )
        try await application.runService()
    }
}

/// The `Host` values the server answers to, known once the port is bound.
final class HostList: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String> = []
    var value: Set<String> {
        get { lock.withLock { names } }
        set { lock.withLock { names = newValue } }
    }
}

/// The machine's first IPv4 address on a network interface other than loopback, for `--lan`.
enum LocalAddress {
    static func lan() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  (entry.pointee.ifa_flags & 0x8) == 0 else { continue } // 0x8: IFF_LOOPBACK
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        }
        return nil
    }
}
