import Crypto
import Foundation

/// Someone who can write to the shared sync folder and writes change files as a peer would:
/// byte for byte the format `sync` writes (header, lines, checksummed trailer), signed with a key of
/// its own or not at all. The hostile-peer tests use it to attack a journal through the folder.
struct Forger {
    /// The device the forged files claim to come from (a new one, or a real peer's id).
    let device: String
    let shared: String
    /// Signs with this key; nil writes unsigned files (format 1, as before signatures).
    var key: Curve25519.Signing.PrivateKey? = Curve25519.Signing.PrivateKey()
    var name = "forger"

    static let noPrevious = String(repeating: "0", count: 64)

    var folder: String { shared + "/recourse-sync/v1/" + device }

    /// Writes change file `seq` holding `lines` after the file whose SHA-256 is `previous`.
    @discardableResult
    func write(seq: Int, lines: [String], previous: String = Forger.noPrevious) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var header: [String: Any] = ["type": "recourse-sync", "version": key == nil ? 1 : 2, "device": device, "name": name, "seq": seq,
                                     "previous": previous, "count": lines.count, "through_event": 0, "through_hash": "", "created_at": 1_795_000_000]
        if let key { header["signing_key"] = key.publicKey.rawRepresentation.base64EncodedString() }
        var body = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .withoutEscapingSlashes])
        body.append(0x0A)
        for line in lines { body.append(contentsOf: Data((line + "\n").utf8)) }
        var trailer: [String: Any] = ["type": "recourse-sync-end", "sha256": Self.hex(SHA256.hash(data: body))]
        if let key { trailer["signature"] = try key.signature(for: body).base64EncodedString() }
        var data = body
        data.append(try JSONSerialization.data(withJSONObject: trailer, options: [.sortedKeys]))
        data.append(0x0A)
        let path = folder + String(format: "/%08d.jsonl", seq)
        try data.write(to: URL(fileURLWithPath: path))
        return Self.hex(SHA256.hash(data: data))
    }

    /// The interchange lines inside a real change file (without its header and trailer), and its SHA-256.
    static func contents(of path: String) throws -> (lines: [String], sha256: String) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return (Array(lines.dropFirst().dropLast()), hex(SHA256.hash(data: data)))
    }

    /// `lines` (an export's) with only records kept (events dropped, the header's counts removed) and
    /// the first record of `type` changed by `change`.
    static func mutate(_ lines: [String], type: String, _ change: (inout [String: Any]) -> Void) throws -> [String] {
        var out: [String] = []
        var changed = false
        for line in lines {
            var object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let kind = object["type"] as? String
            if kind == "event" { continue }
            if kind == "recourse-export" { object["records"] = nil; object["events"] = nil }
            if kind == type, !changed { change(&object); changed = true }
            out.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self))
        }
        return out
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String { digest.map { String(format: "%02x", $0) }.joined() }
}
