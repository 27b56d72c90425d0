import Foundation
import Testing
@testable import Escalation
import Lexicon

@Suite("Body profiles")
struct BodyLibraryTests {
    static let calendars: Set<String> = ["CN", "GB-ENG", "US", "WEEKDAYS"]

    @Test("the twenty-one built-in bodies load and validate")
    func builtIn() throws {
        let library = try BodyLibrary.load(userFolder: nil, knownCalendars: Self.calendars)
        #expect(library.bodies.map(\.id) == ["company", "cn.pboc", "cn.nfra", "cn.csrc", "cn.miit", "cn.samr", "uk.fos", "uk.energy", "uk.comms",
                                              "us.cfpb", "us.rege", "us.regz", "de.bdb", "de.voeb", "de.dsgv", "de.bvr", "de.bundesbank",
                                              "de.bafin", "eu.adr", "eu.psd2", "uk.app"])
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
        #expect(library.bodies.count == 22)
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

/// The built-in profiles speak both languages: every sentence a profile writes for people
/// (conditions, notes, hours, sources) has a Chinese text without English in it, and an English
/// text without Chinese, so neither screen switches language halfway through a line.
@Suite("Body profiles in both languages")
struct BodyProseTests {
    /// Citation and country codes that stay as they are in Chinese text.
    static let codes: Set<String> = ["DISP", "DE", "FinSV", "KAGB", "KWG", "BaFin", "DSGV", "BVR"]

    @Test("every built-in profile's prose is Chinese under zh and English under en", arguments: try! BodyLibrary.load(userFolder: nil, knownCalendars: BodyLibraryTests.calendars).bodies.map(\.id))
    func bothLanguages(_ id: String) throws {
        let body = try #require(try BodyLibrary.load(userFolder: nil, knownCalendars: BodyLibraryTests.calendars).body(id))
        for prose in Self.prose(of: body) {
            #expect(UntranslatedWords.find(in: prose.zh, allowing: Self.codes).isEmpty, "\(id): English in the Chinese text \(prose.zh)")
            #expect(!prose.en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(id): Chinese in the English text \(prose.en)")
        }
    }

    @Test("a profile may give one text for both languages, or one per language")
    func decoding() throws {
        let decoder = JSONDecoder()
        let single = try decoder.decode(BodyProfile.Prose.self, from: Data(#""9:00–17:00""#.utf8))
        #expect(single.in(.zh) == "9:00–17:00" && single.in(.en) == "9:00–17:00" && single.isSingle)
        let both = try decoder.decode(BodyProfile.Prose.self, from: Data(#"{"zh": "工作日", "en": "working days"}"#.utf8))
        #expect(both.in(.zh) == "工作日" && both.in(.en) == "working days")
        #expect(throws: DecodingError.self) { try decoder.decode(BodyProfile.Prose.self, from: Data(#"{"zh": "工作日"}"#.utf8)) }
        let encoded = try JSONEncoder().encode([single, both])
        #expect(try decoder.decode([BodyProfile.Prose].self, from: encoded) == [single, both])
    }

    /// Every piece of prose in a profile.
    static func prose(of body: BodyProfile) -> [BodyProfile.Prose] {
        var all: [BodyProfile.Prose] = []
        all += body.channels.compactMap(\.hours) + body.preconditions.compactMap(\.note)
        if let deadline = body.firmDeadline {
            all += (deadline.extensions ?? []).compactMap(\.condition) + [deadline.pauses, deadline.then].compactMap { $0 }
            for variant in deadline.variants ?? [] { all += [variant.when] + (variant.extensions ?? []).compactMap(\.condition) }
        }
        for item in body.regulatorDeadlines ?? [] { all += [item.what] + [item.note].compactMap { $0 } }
        if let window = body.consumerWindow { all += [window.what, window.longStop].compactMap { $0 } }
        all += body.sources.flatMap { [$0.title, $0.article] } + [body.notes].compactMap { $0 }
        return all
    }
}
