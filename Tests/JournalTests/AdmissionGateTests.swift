import Crypto
import Foundation
import Testing
@testable import Journal

/// Issue 21: the one gate every record that arrives whole passes, and signed change files.
@Suite("Admission gate and signed change files")
struct AdmissionGateTests {
    static let device = "0b6f3c1e-2a4d-4e8f-9c7b-5d1a2e3f4a5b"
    static let header = #"{"type":"recourse-export","version":1,"device":"0b6f3c1e-2a4d-4e8f-9c7b-5d1a2e3f4a5b"}"#
    static let organization = #"{"type":"organization","uuid":"11111111-2222-4333-8444-555555555555","name":"中国移动","name_key":"中国移动","kind":"telecom","created_at":1795000000}"#

    static func parse(_ record: String) throws -> InterchangeInput {
        try InterchangeParser.parse([header, record], source: "test")
    }

    @Test("limits: times 1900–2199, SHA-256 as 64 lowercase hex digits")
    func limits() {
        #expect(Admission.isTime(Admission.earliestSecond) && !Admission.isTime(Admission.earliestSecond - 1))
        #expect(Admission.isTime(Admission.endSecond - 1) && !Admission.isTime(Admission.endSecond))
        #expect(!Admission.isTime(.max) && !Admission.isTime(.min))
        #expect(Admission.isSHA256(String(repeating: "a", count: 64)))
        #expect(!Admission.isSHA256(String(repeating: "A", count: 64)) && !Admission.isSHA256("../../etc/passwd" + String(repeating: "/", count: 48)))
        #expect(Admission.readable(.max) == 253_402_300_799 && Admission.readable(Date(timeIntervalSince1970: 1e300)) == 253_402_300_799)
    }

    @Test("a good record passes; each bad value is refused on its line, naming the field", arguments: [
        ("created_at", "9223372036854775807", "created_at"),
        ("created_at", "-2208988801", "created_at"),
        ("name", #""a\u0000b""#, "U+0000"),
        ("name", #""line\nbreak""#, "line"),
        ("kind", #""\u001b[31m""#, "U+001B"),
        ("name", "\"" + String(repeating: "x", count: 600) + "\"", "600"),
    ])
    func refused(_ field: String, _ value: String, _ words: String) throws {
        #expect(try Self.parse(Self.organization).records.count == 1)
        var object = try JSONSerialization.jsonObject(with: Data(Self.organization.utf8)) as! [String: Any]
        object[field] = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        do {
            _ = try Self.parse(line)
            Issue.record("accepted \(field) = \(value.prefix(40))")
        } catch let error as InterchangeError {
            guard case let .badLine(number, _) = error else { Issue.record("\(error)"); return }
            #expect(number == 2)
            #expect(error.localizedDescription.contains(words), "\(error.localizedDescription)")
        }
    }

    @Test("a signed file decodes with its signer; a changed signature or key is refused")
    func signatures() throws {
        let key = Curve25519.Signing.PrivateKey()
        let file = ChangeFile(header: ChangeFile.Header(device: Self.device, name: "笔记本", seq: 1, previous: ChangeFile.noPrevious, count: 1,
                                                        throughEvent: 3, throughHash: String(repeating: "b", count: 64), createdAt: 1_795_500_000),
                              lines: [Self.organization])
        let signed = try file.encoded(signedWith: key)
        #expect(try ChangeFile.decode(signed).signedBy == key.publicKey.rawRepresentation)
        #expect(try ChangeFile.decode(try file.encoded()).signedBy == nil, "unsigned files still decode (format 1)")
        // Another key named in the header: the checksum is recomputed, so only the signature can tell.
        let other = Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString()
        var text = String(decoding: signed, as: UTF8.self).split(separator: "\n").map(String.init)
        text[0] = text[0].replacingOccurrences(of: key.publicKey.rawRepresentation.base64EncodedString(), with: other)
        let body = Data((text.dropLast().joined(separator: "\n") + "\n").utf8)
        var trailer = try JSONSerialization.jsonObject(with: Data(text.last!.utf8)) as! [String: Any]
        trailer["sha256"] = Hex.of(SHA256.hash(data: body))
        let forged = body + (try JSONSerialization.data(withJSONObject: trailer, options: [.sortedKeys])) + Data([0x0A])
        #expect(throws: ChangeFileDefect.badSignature) { try ChangeFile.decode(forged) }
    }
}
