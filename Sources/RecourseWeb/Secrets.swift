import Crypto
import Foundation

/// Random strings for pairing codes, session cookies, CSRF tokens and calendar tokens.
enum Secrets {
    /// A pairing code a person can type: no 0/O, 1/I/L. 8 of 31 symbols ≈ 40 bits, and failed
    /// attempts are rate-limited (`Gatekeeper`), so guessing within its 10 minutes is hopeless.
    static func pairingCode() -> String {
        let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
        var generator = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
    }

    /// 256 random bits as hex: session ids, CSRF tokens, calendar tokens.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    /// Compares secrets in time that does not depend on where they first differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

extension Secrets {
    /// A session's CSRF token: a digest of its cookie under a label of its own, so it needs no
    /// storage (it survives a restart with the cookie), differs from the digest `PairedDevices`
    /// keeps, and tells nothing about the cookie.
    static func csrf(forSession cookie: String) -> String {
        digest("recourse-csrf\u{0}" + cookie)
    }

    /// What is kept of a cookie or a calendar token (SHA-256, hex): a copied file pairs nothing.
    static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
