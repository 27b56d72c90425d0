import Crypto
import Foundation
import Lexicon

/// One change file: the changes one device published in one `sync`, framed so that damage shows.
///
/// Layout, one JSON object per line:
/// 1. a header: format version, device, sequence number, the SHA-256 of the device's previous
///    file (a chain, so a missing or swapped file is noticed), how many lines follow, and the last
///    local event it covers (so the device knows where its next file starts);
/// 2. the interchange lines themselves (see docs/export-format.md);
/// 3. a trailer holding the SHA-256 of every byte before it and (format 2) the device's Ed25519
///    signature of those bytes; the header then carries the device's public key.
///
/// The checksum shows damage; only the signature shows who wrote the file. Which key a device may
/// sign with is decided by the reader (`Synchronizer`, against the key it pinned), not by the file.
///
/// A file cut short (half-synced by Syncthing, a USB stick pulled out) has no valid trailer; a file
/// edited by hand no longer matches it. Either is refused before anything is applied, and looked at
/// again on the next `sync`, when the rest of it may have arrived.
struct ChangeFile: Equatable {
    /// 2: signed. Files of format 1 (unsigned) are read, and applied only if already applied before.
    static let formatVersion = 2
    static let headerType = "recourse-sync"
    static let trailerType = "recourse-sync-end"
    /// The `previous` of a device's first file.
    static let noPrevious = String(repeating: "0", count: 64)

    struct Header: Codable, Equatable {
        var type = ChangeFile.headerType
        var version = ChangeFile.formatVersion
        let device: String
        let name: String
        let seq: Int
        let previous: String
        let count: Int
        /// The newest local event (id and hash) on the publishing device when the file was written.
        let throughEvent: Int64
        let throughHash: String
        let createdAt: Int64
        /// The signing device's Ed25519 public key, base64 (format 2).
        var signingKey: String? = nil
    }

    private struct Trailer: Codable {
        var type = ChangeFile.trailerType
        let sha256: String
        /// Ed25519 signature of every byte before the trailer, base64 (format 2).
        var signature: String? = nil
    }

    let header: Header
    let lines: [String]
    /// The public key whose valid signature the file carries; nil for an unsigned file.
    var signedBy: Data? = nil

    /// The file's bytes: header, lines, trailer, each ending in a newline; signed by `signer`
    /// when given (its public key then goes into the header).
    func encoded(signedWith signer: Curve25519.Signing.PrivateKey? = nil) throws -> Data {
        var header = header
        if let signer { header.signingKey = signer.publicKey.rawRepresentation.base64EncodedString() }
        var body = Data(try Self.encoder.encode(header))
        body.append(0x0A)
        for line in lines {
            body.append(contentsOf: line.utf8)
            body.append(0x0A)
        }
        let signature = try signer.map { try $0.signature(for: body).base64EncodedString() }
        body.append(try Self.encoder.encode(Trailer(sha256: Hex.of(SHA256.hash(data: body)), signature: signature)))
        body.append(0x0A)
        return body
    }

    /// Reads a file's bytes, refusing anything that is not exactly what a device wrote.
    static func decode(_ data: Data) throws(ChangeFileDefect) -> ChangeFile {
        guard data.last == 0x0A else { throw .truncated }
        let withoutFinal = data.dropLast()
        guard let lastBreak = withoutFinal.lastIndex(of: 0x0A) else { throw .truncated }
        let body = data[data.startIndex...lastBreak]
        guard let trailer = try? decoder.decode(Trailer.self, from: Data(data[(lastBreak + 1)..<data.index(before: data.endIndex)])),
              trailer.type == trailerType else { throw .truncated }
        guard trailer.sha256 == Hex.of(SHA256.hash(data: body)) else { throw .altered }
        guard let text = String(data: Data(body), encoding: .utf8) else { throw .altered }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast() // after the body's final newline
        guard let first = lines.first, let probe = try? decoder.decode(VersionProbe.self, from: Data(first.utf8)),
              probe.type == headerType else { throw .notAChangeFile }
        guard probe.version <= formatVersion else { throw .newerVersion(probe.version) }
        guard let header = try? decoder.decode(Header.self, from: Data(first.utf8)) else { throw .notAChangeFile }
        let content = Array(lines.dropFirst())
        guard content.count == header.count else { throw .altered }
        var signedBy: Data?
        switch (header.signingKey, trailer.signature) {
        case (nil, nil): signedBy = nil
        case let (key?, signature?):
            guard let raw = Data(base64Encoded: key), let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
                  let signatureBytes = Data(base64Encoded: signature),
                  publicKey.isValidSignature(signatureBytes, for: Data(body)) else { throw .badSignature }
            signedBy = raw
        default: throw .badSignature
        }
        return ChangeFile(header: header, lines: content, signedBy: signedBy)
    }

    private struct VersionProbe: Decodable {
        let type: String
        let version: Int
    }

    /// The name a device's file `seq` has in its folder: zero-padded so names sort as numbers.
    static func fileName(seq: Int) -> String { String(format: "%08d.jsonl", seq) }

    /// The sequence number in a change file's name, or nil for any other file (temporary names,
    /// Syncthing's `.syncthing.*.tmp`, conflict copies like `00000003.sync-conflict-….jsonl`).
    static func seq(fromFileName name: String) -> Int? {
        guard name.count == 14, name.hasSuffix(".jsonl") else { return nil }
        let digits = name.prefix(8)
        guard digits.allSatisfy(\.isASCIIDigit), let seq = Int(digits), seq >= 1 else { return nil }
        return seq
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()
}

/// Why a change file was refused. Nothing from it is applied; the next `sync` looks again.
enum ChangeFileDefect: Error, Equatable {
    /// Cut short: no trailer, or no final newline (still arriving, or copied half).
    case truncated
    /// The bytes do not match the trailer's checksum, or the count of lines differs.
    case altered
    /// Not a Recourse change file at all.
    case notAChangeFile
    /// Written by a newer Recourse.
    case newerVersion(Int)
    /// The header names another device or sequence number than the file's place in the folder.
    case misplaced
    /// The header's `previous` is not the SHA-256 of the device's file before it.
    case brokenChain
    /// The file before it is missing (not synced yet) or was refused.
    case waitingForEarlier(Int)
    /// An evidence file it needs is not in the folder yet.
    case evidenceNotArrived(String)
    /// Encrypted, and no passphrase was given.
    case sealed
    /// Encrypted, and it does not open: a wrong passphrase, or bytes cut or changed.
    case unsealable
    /// Not signed, and not applied before: anyone who can write to the folder may have written it.
    case unsigned(device: String)
    /// The signature does not verify against the key the file names.
    case badSignature
    /// Signed by another key than the one pinned for the device.
    case keyChanged(pinned: String, device: String)
    /// Plain although a passphrase is in use.
    case plainWithPassphrase

    var description: String {
        switch self {
        case .truncated: Message.syncDefectTruncated.text()
        case .altered: Message.syncDefectAltered.text()
        case .notAChangeFile: Message.syncDefectNotChangeFile.text()
        case let .newerVersion(version): Message.syncDefectNewer.text(version, ChangeFile.formatVersion)
        case .misplaced: Message.syncDefectMisplaced.text()
        case .brokenChain: Message.syncDefectBrokenChain.text()
        case let .waitingForEarlier(seq): Message.syncDefectWaiting.text(seq)
        case let .evidenceNotArrived(sha256): Message.syncDefectEvidenceNotArrived.text(sha256)
        case .sealed: Message.syncDefectSealed.text()
        case .unsealable: Message.syncDefectUnsealable.text()
        case let .unsigned(device): Message.syncDefectUnsigned.text(device)
        case .badSignature: Message.syncDefectBadSignature.text()
        case let .keyChanged(pinned, device): Message.syncDefectKeyChanged.text(pinned, device)
        case .plainWithPassphrase: Message.syncDefectPlainWithPassphrase.text()
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
