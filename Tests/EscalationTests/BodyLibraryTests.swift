import Foundation
import Testing
@testable import Escalation

@Suite("Body profiles")
struct BodyLibraryTests {
    static let calendars: Set<String> = ["CN", "GB-ENG", "US", "WEEKDAYS"]

    @Test("the nine built-in bodies load and validate")
    func builtIn() throws {
        let library = try BodyLibrary.load(userFolder: nil, knownCalendars: Self.calendars)
        #expect(library.bodies.map(\.id) == ["company", "cn.pboc", "cn.nfra", "cn.samr", "uk.fos", "us.cfpb", "us.rege", "eu.adr", "eu.psd2"])
        let nfra = try #require(library.body("cn.nfra"))
        #expect(nfra.firmDeadline?.amount == 15 && nfra.firmDeadline?.unit == .calendarDays)
        #expect(nfra.fields.first?.labels.zh == "投诉人姓名")
        #expect(nfra.hasUnconfirmedFacts, "the 3-working-day forwarding rule is unconfirmed")
        let fos = try #require(library.body("uk.fos"))
        #expect(fos.firmDeadline?.variants?.first?.amount == 15 && fos.firmDeadline?.variants?.first?.unit == .businessDays)
        #expect(fos.firmDeadline?.variants?.first?.extensions?.first?.amount == 35)
        #expect(fos.dayCount.calendar == "GB-ENG")
        #expect(try #require(library.body("cn.pboc")).hasUnconfirmedFacts)
        #expect(!(try #require(library.body("us.rege")).hasUnconfirmedFacts))
    }

    @Test("a user file replaces a built-in profile or adds a new one")
    func userFiles() throws {
        let folder = NSTemporaryDirectory() + "bodies-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let company = String(decoding: BodyLibrary.builtIn[0].bytes, as: UTF8.self)
        try company.replacingOccurrences(of: "\"id\": \"company\"", with: "\"id\": \"hk.fdrc\"")
            .write(toFile: folder + "/hk.json", atomically: true, encoding: .utf8)
        let library = try BodyLibrary.load(userFolder: folder, knownCalendars: Self.calendars)
        #expect(library.bodies.count == 10)
        #expect(library.body("hk.fdrc") != nil)
    }

    static let badFiles: [(String, String)] = [
        ("{", "is not valid JSON"),
        (#"{"id": "x"}"#, "field jurisdiction is missing"),
        ("COMPANY".replacingOccurrences(of: "COMPANY", with: ""), "is not valid JSON"),
    ]

    @Test("malformed profiles name the file and the field")
    func malformed() throws {
        let good = String(decoding: BodyLibrary.builtIn[2].bytes, as: UTF8.self)
        let cases: [(String, String)] = Self.badFiles + [
            (good.replacingOccurrences(of: #""unit": "calendar_days""#, with: #""unit": "fortnights""#), "field firm_deadline.unit has a value that is not allowed"),
            (good.replacingOccurrences(of: #""amount": 15"#, with: #""amount": "fifteen""#), "field firm_deadline.amount should be a whole number"),
            (good.replacingOccurrences(of: #""amount": 15"#, with: #""amount": 0"#), "field firm_deadline.amount 0 is not a period"),
            (good.replacingOccurrences(of: #""required": true, "sensitive": false},"#, with: #""required": "yes", "sensitive": false},"#), "should be true or false"),
            (good.replacingOccurrences(of: #""calendar": "CN""#, with: #""calendar": "MARS""#), "field day_count.calendar 'MARS' is not a known calendar"),
            (good.replacingOccurrences(of: #""id": "cn.nfra""#, with: #""id": "CN NFRA""#), "field id 'CN NFRA' must be lower-case"),
            (good.replacingOccurrences(of: #""key": "identity""#, with: #""key": "complainant_name""#), "appears twice"),
            (good.replacingOccurrences(of: #""confidence": "confirmed""#, with: #""confidence": "probably""#), "firm_deadline.rule.confidence has a value that is not allowed"),
        ]
        for (text, phrase) in cases {
            #expect {
                _ = try BodyProfileLoader.decode(Data(text.utf8), path: "mine.json", knownCalendars: Self.calendars)
            } throws: { error in
                let message = (error as? BodyProfileError)?.errorDescription ?? "\(error)"
                return message.hasPrefix("body profile mine.json") && message.contains(phrase)
            }
        }
    }
}
