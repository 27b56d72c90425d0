import Foundation
import Lexicon
import NIOSSL

/// `serve --tls-cert FILE --tls-key FILE`: the user's own PEM certificate and key, read and
/// checked before anything is bound, so a wrong file is a one-line error and not a server that
/// fails every handshake.
enum TLSFiles {
    /// The server configuration for HTTPS from the two files, or why they cannot be used.
    static func configuration(certificate: String, key: String) throws(TLSFileError) -> TLSConfiguration {
        let certificateBytes = try read(certificate), keyBytes = try read(key)
        guard let chain = try? NIOSSLCertificate.fromPEMBytes(certificateBytes), !chain.isEmpty else {
            throw .notACertificate(certificate)
        }
        // An encrypted key would need a passphrase prompt the server cannot show: refused as not a key.
        guard let privateKey = try? NIOSSLPrivateKey(bytes: keyBytes, format: .pem) else { throw .notAKey(key) }
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        // BoringSSL checks the key against the leaf certificate when a context is made from them.
        guard (try? NIOSSLContext(configuration: configuration)) != nil else { throw .mismatch(key: key, certificate: certificate) }
        return configuration
    }

    /// The file's bytes; missing, a folder, or unreadable is told apart by what it is, not by the system's English.
    private static func read(_ path: String) throws(TLSFileError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path) }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return Array(data)
    }
}

/// Why `--tls-cert`/`--tls-key` cannot serve HTTPS: a user-facing line and a documented exit code.
public enum TLSFileError: Error, Equatable {
    case missing(String)
    case unreadable(String)
    case notACertificate(String)
    case notAKey(String)
    case mismatch(key: String, certificate: String)

    public var message: String {
        switch self {
        case .missing(let path): Message.serveTLSMissing.text(path)
        case .unreadable(let path): Message.serveTLSUnreadable.text(path)
        case .notACertificate(let path): Message.serveTLSNotCertificate.text(path)
        case .notAKey(let path): Message.serveTLSNotKey.text(path)
        case .mismatch(let key, let certificate): Message.serveTLSMismatch.text(key, certificate)
        }
    }

    /// The README's exit codes: 66 not found, 74 I/O, 65 bad data.
    public var exitCode: Int32 {
        switch self {
        case .missing: 66
        case .unreadable: 74
        case .notACertificate, .notAKey, .mismatch: 65
        }
    }
}
