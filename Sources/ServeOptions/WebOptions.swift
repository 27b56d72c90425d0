import Foundation
import Lexicon

/// What `recourse serve` was asked for, decided by the command line and handed to `recourse-web`
/// as JSON. Its own small target, so the `recourse` binary can write it without linking the server.
public struct WebOptions: Sendable, Codable {
    /// Listen on the local network too, not only on loopback.
    public var lan: Bool
    /// 0 asks the system for a free port (tests use it).
    public var port: Int
    /// Global options passed on to every command (`--db PATH`).
    public var journalArguments: [String]
    /// The journal file, watched to know when a cached page is stale.
    public var journalPath: String
    /// `$XDG_CONFIG_HOME/recourse`: where the calendar feed's device tokens are kept.
    public var configFolder: String
    /// The language when the browser's `Accept-Language` names none the catalog has (its code).
    public var languageCode: String
    public var language: Language { Language(rawValue: languageCode) ?? .en }
    /// The commands' environment (HOME, TZ, RECOURSE_DB…), as the server was started with.
    public var environment: [String: String]
    /// `--tls-cert` and `--tls-key`: the user's own PEM certificate (chain) and private key, as
    /// absolute paths. Both set: serve HTTPS; both nil: plain HTTP. `recourse-web` reads and checks them.
    public var tlsCertificate: String?
    public var tlsKey: String?
    /// `https` when serving TLS: the pairing address, the Origin a form must carry, and the links shown.
    public var scheme: String { tlsCertificate == nil ? "http" : "https" }

    public init(lan: Bool, port: Int, journalArguments: [String], journalPath: String,
                configFolder: String, language: Language, environment: [String: String],
                tlsCertificate: String? = nil, tlsKey: String? = nil) {
        self.lan = lan
        self.port = port
        self.journalArguments = journalArguments
        self.journalPath = journalPath
        self.configFolder = configFolder
        self.languageCode = language.rawValue
        self.environment = environment
        self.tlsCertificate = tlsCertificate
        self.tlsKey = tlsKey
    }

    public func json() throws -> String { String(decoding: try JSONEncoder().encode(self), as: UTF8.self) }

    /// Reads the options `recourse serve` hands to `recourse-web`.
    public init?(json: Data) {
        guard let options = try? JSONDecoder().decode(WebOptions.self, from: json) else { return nil }
        self = options
    }
}
