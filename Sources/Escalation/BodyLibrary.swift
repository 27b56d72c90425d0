import Foundation
import Lexicon

/// Every body profile Recourse knows: the built-in ones, replaced or extended by the user's files.
public struct BodyLibrary: Sendable {
    public let bodies: [BodyProfile]

    static let builtIn: [(name: String, bytes: [UInt8])] = [
        ("company.json", PackageResources.company_json), ("cn.pboc.json", PackageResources.cn_pboc_json),
        ("cn.nfra.json", PackageResources.cn_nfra_json), ("cn.csrc.json", PackageResources.cn_csrc_json),
        ("cn.miit.json", PackageResources.cn_miit_json), ("cn.samr.json", PackageResources.cn_samr_json),
        ("uk.fos.json", PackageResources.uk_fos_json), ("uk.energy.json", PackageResources.uk_energy_json),
        ("uk.comms.json", PackageResources.uk_comms_json), ("us.cfpb.json", PackageResources.us_cfpb_json),
        ("us.rege.json", PackageResources.us_rege_json), ("us.regz.json", PackageResources.us_regz_json),
        ("de.bdb.json", PackageResources.de_bdb_json), ("de.voeb.json", PackageResources.de_voeb_json),
        ("de.dsgv.json", PackageResources.de_dsgv_json), ("de.bvr.json", PackageResources.de_bvr_json),
        ("de.bundesbank.json", PackageResources.de_bundesbank_json), ("de.bafin.json", PackageResources.de_bafin_json),
        ("eu.adr.json", PackageResources.eu_adr_json),
        ("eu.psd2.json", PackageResources.eu_psd2_json),
        ("uk.app.json", PackageResources.uk_app_json),
    ]

    /// Largest profile file read.
    static let sizeLimit = 256 * 1024

    /// The built-in profiles, then every `*.json` in `userFolder` (a user file replaces the built-in
    /// profile with the same id). `knownCalendars` are the calendar ids a profile may name.
    public static func load(userFolder: String?, knownCalendars: Set<String>) throws -> BodyLibrary {
        var byID: [String: BodyProfile] = [:]
        var order: [String] = []
        func add(_ profile: BodyProfile) {
            if byID[profile.id] == nil { order.append(profile.id) }
            byID[profile.id] = profile
        }
        for file in builtIn {
            add(try BodyProfileLoader.decode(Data(file.bytes), path: file.name + " (built in)", knownCalendars: knownCalendars))
        }
        if let userFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) {
            for name in names.sorted() where name.hasSuffix(".json") {
                let path = userFolder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw BodyProfileError(path: path, field: nil, message: Message.fileUnreadable.text())
                }
                guard data.count <= sizeLimit else {
                    throw BodyProfileError(path: path, field: nil, message: Message.profileTooBig.text(sizeLimit / 1024))
                }
                add(try BodyProfileLoader.decode(data, path: path, knownCalendars: knownCalendars))
            }
        }
        return BodyLibrary(bodies: order.compactMap { byID[$0] })
    }

    public func body(_ id: String) -> BodyProfile? { bodies.first { $0.id == id.lowercased() } }
}

/// Decodes and checks one profile, with errors that name the file and the field.
enum BodyProfileLoader {
    static func decode(_ data: Data, path: String, knownCalendars: Set<String>) throws -> BodyProfile {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let profile: BodyProfile
        do {
            profile = try decoder.decode(BodyProfile.self, from: data)
        } catch let error as DecodingError {
            throw BodyProfileError(decoding: error, path: path)
        }
        try validate(profile, path: path, knownCalendars: knownCalendars)
        return profile
    }

    // Compiled once: every built-in profile is checked on every load, one key at a time.
    private static let idPattern = try! NSRegularExpression(pattern: #"^[a-z]+(\.[a-z0-9]+)*$"#)
    private static let fieldKeyPattern = try! NSRegularExpression(pattern: #"^[a-z][a-z_]*$"#)

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func validate(_ profile: BodyProfile, path: String, knownCalendars: Set<String>) throws {
        func fail(_ field: String, _ message: String) -> BodyProfileError { BodyProfileError(path: path, field: field, message: message) }
        guard matches(idPattern, profile.id) else {
            throw fail("id", Message.profileBadID.text(profile.id))
        }
        guard !profile.names.zh.isEmpty, !profile.names.en.isEmpty else { throw fail("names", Message.profileNeedsNames.text()) }
        let periods: [(String, Int)] = [("firm_deadline.amount", profile.firmDeadline?.amount ?? 1), ("consumer_window.amount", profile.consumerWindow?.amount ?? 1)]
            + (profile.firmDeadline?.extensions ?? []).enumerated().map { ("firm_deadline.extensions[\($0.offset)].amount", $0.element.amount) }
            + (profile.regulatorDeadlines ?? []).enumerated().map { ("regulator_deadlines[\($0.offset)].amount", $0.element.amount) }
        for (field, amount) in periods where !(1...3650).contains(amount) {
            throw fail(field, Message.profileBadPeriod.text(amount))
        }
        var keys = Set<String>()
        for (index, field) in profile.fields.enumerated() {
            guard matches(fieldKeyPattern, field.key) else {
                throw fail("fields[\(index)].key", Message.profileBadFieldKey.text(field.key))
            }
            guard keys.insert(field.key).inserted else { throw fail("fields[\(index)].key", Message.profileDuplicateKey.text(field.key)) }
        }
        let calendar = profile.dayCount.calendar.uppercased()
        guard calendar == "ORGANIZATION" || knownCalendars.contains(calendar) else {
            throw fail("day_count.calendar", Message.profileUnknownCalendar.text(profile.dayCount.calendar, knownCalendars.sorted().joined(separator: ", ")))
        }
    }
}

/// A body profile that cannot be used, naming the file and the field to fix.
public struct BodyProfileError: Error, Equatable, Sendable, LocalizedError {
    public let path: String
    public let field: String?
    public let message: String

    init(path: String, field: String?, message: String) {
        self.path = path
        self.field = field
        self.message = message
    }

    init(decoding error: DecodingError, path: String) {
        func name(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + Self.snake(key.stringValue) }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case let .keyNotFound(key, context):
            self.init(path: path, field: name(context.codingPath + [key]), message: Message.profileMissing.text())
        case let .typeMismatch(type, context):
            self.init(path: path, field: name(context.codingPath), message: Message.profileShouldBe.text(Self.describe(type)))
        case let .valueNotFound(type, context):
            self.init(path: path, field: name(context.codingPath), message: Message.profileShouldBeNotNull.text(Self.describe(type)))
        case let .dataCorrupted(context):
            let field = name(context.codingPath)
            self.init(path: path, field: field.isEmpty ? nil : field,
                      message: field.isEmpty ? Message.profileNotJSON.text() : Message.profileValueNotAllowed.text(context.debugDescription))
        @unknown default:
            self.init(path: path, field: nil, message: Message.profileCannotRead.text())
        }
    }

    public var errorDescription: String? {
        field.map { Message.bodyProfileField.text(path, $0, message) } ?? Message.bodyProfileFile.text(path, message)
    }

    private static func snake(_ key: String) -> String {
        key.reduce(into: "") { result, character in
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: Message.typeText.text()
        case is Int.Type: Message.typeWholeNumber.text()
        case is Bool.Type: Message.typeBoolean.text()
        default: ("\(type)".lowercased().contains("array") ? Message.typeList : Message.typeObject).text()
        }
    }
}
