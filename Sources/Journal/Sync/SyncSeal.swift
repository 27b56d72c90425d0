import _CryptoExtras
import Crypto
import Foundation

/// Encryption of what sync writes into the shared folder, so a cloud folder sees nothing readable.
///
/// The key comes from the user's passphrase through scrypt (N = 2^15, r = 8, p = 1: 32 MiB and
/// about a tenth of a second, once per device per run), salted with the device's id, so the same
/// passphrase gives every device its own key and no table can be precomputed for Recourse users.
/// Files are sealed with ChaCha20-Poly1305: a wrong passphrase, a cut file and an edited one all
/// fail to open, and are refused like any damaged file.
struct SyncSeal {
    static let rounds = 1 << 15
    static let blockSize = 8
    static let parallelism = 1

    private let key: SymmetricKey

    init(passphrase: SyncPassphrase, device: String) throws {
        key = try KDF.Scrypt.deriveKey(from: Array(passphrase.text.utf8), salt: Array("recourse-sync/v1 \(device)".utf8),
                                       outputByteCount: 32, rounds: Self.rounds, blockSize: Self.blockSize,
                                       parallelism: Self.parallelism)
    }

    func seal(_ data: Data) throws -> Data {
        try ChaChaPoly.seal(data, using: key).combined
    }

    /// The plain bytes, or nil when the passphrase is wrong or the bytes were changed or cut.
    func open(_ data: Data) -> Data? {
        guard let box = try? ChaChaPoly.SealedBox(combined: data) else { return nil }
        return try? ChaChaPoly.open(box, using: key)
    }
}

/// The passphrase that encrypts a sync folder: the first line of a file, or an environment variable.
public struct SyncPassphrase: Sendable {
    let text: String

    /// Nil for an empty passphrase (an empty first line is a mistake, never a key).
    public init?(_ text: String) {
        let line = text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !line.isEmpty else { return nil }
        self.text = line
    }
}

/// The keys of one run, derived once per device.
final class SealKeys {
    let passphrase: SyncPassphrase?
    private var keys: [String: SyncSeal] = [:]

    init(_ passphrase: SyncPassphrase?) { self.passphrase = passphrase }

    /// The seal for `device`'s files, or nil when no passphrase was given.
    func seal(for device: String) throws -> SyncSeal? {
        guard let passphrase else { return nil }
        if let known = keys[device] { return known }
        let seal = try SyncSeal(passphrase: passphrase, device: device)
        keys[device] = seal
        return seal
    }
}

/// A sealed change file: one header line naming the cipher and key derivation, then the sealed
/// bytes of the plain change file in base64 on one line.
enum SealedEnvelope {
    static let header = #"{"cipher":"chacha20-poly1305","kdf":"scrypt","n":32768,"p":1,"r":8,"type":"recourse-sync-sealed","version":1}"#

    static func wrap(_ plain: Data, with seal: SyncSeal) throws -> Data {
        Data((header + "\n" + (try seal.seal(plain)).base64EncodedString() + "\n").utf8)
    }

    /// True when `data` starts like a sealed file (so it is never read as a plain one).
    static func isSealed(_ data: Data) -> Bool {
        data.starts(with: Data(#"{"cipher":"#.utf8))
    }

    /// The plain change file inside `data`.
    static func unwrap(_ data: Data, with seal: SyncSeal?) throws(ChangeFileDefect) -> Data {
        guard let seal else { throw .sealed }
        guard let newline = data.firstIndex(of: 0x0A),
              let text = String(data: data[data.index(after: newline)...], encoding: .utf8),
              let sealed = Data(base64Encoded: text.trimmingCharacters(in: .newlines)),
              let plain = seal.open(sealed) else { throw .unsealable }
        return plain
    }
}
