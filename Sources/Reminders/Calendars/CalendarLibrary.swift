import Foundation
import Lexicon

/// Every calendar Recourse knows: the built-in ones, extended by the user's files.
///
/// Built in: `CN` (mainland China, from data), `GB-ENG` (England and Wales), `GB-SCT` (Scotland),
/// `GB-NIR` (Northern Ireland), `US` (federal holidays), `DE` (Germany's nationwide holidays) and
/// `DE-BY`… (with one Land's own), all by rule, and `weekdays`. Files in
/// `$XDG_CONFIG_HOME/recourse/calendars/*.cal` add years, holidays and working days to these, or
/// define new calendars.
public struct CalendarLibrary: Sendable {
    public private(set) var calendars: [String: RegionCalendar]

    /// Another name for a calendar id, as users and jurisdictions write them.
    static let aliases: [String: String] = [
        "CHN": "CN", "ZH": "CN", "PRC": "CN", "GB": "GB-ENG", "UK": "GB-ENG", "GB-WLS": "GB-ENG", "GB-EAW": "GB-ENG",
        "ENGLAND": "GB-ENG", "USA": "US", "DEU": "DE", "WEEKDAYS": "WEEKDAYS", "SCOTLAND": "GB-SCT",
        "NORTHERN-IRELAND": "GB-NIR", "GERMANY": "DE",
    ]

    static let builtInFiles: [(name: String, text: String)] = [
        ("CN.cal (built in)", String(decoding: PackageResources.CN_cal, as: UTF8.self)),
    ]

    /// The built-in calendars extended by every `*.cal` file in `userFolder` (when it exists).
    public static func load(userFolder: String?) throws -> CalendarLibrary {
        var files = try builtInFiles.map { try CalendarFile.parse($0.text, path: $0.name) }
        if let userFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) {
            for name in names.sorted() where name.hasSuffix(".cal") {
                let path = userFolder + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CalendarFileError(path: path, line: 0, message: Message.fileUnreadable.text())
                }
                guard data.count <= CalendarFile.sizeLimit else {
                    throw CalendarFileError(path: path, line: 0, message: Message.calendarTooBig.text(CalendarFile.sizeLimit / 1024))
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CalendarFileError(path: path, line: 0, message: Message.fileNotUTF8.text())
                }
                files.append(try CalendarFile.parse(text, path: path))
            }
        }
        return CalendarLibrary(files: files)
    }

    init(files: [CalendarFile]) {
        var builtIn: [String: (String, RegionCalendar.Rule)] = [
            "GB-ENG": (Message.calendarNameEngland.text(), .englandAndWales), "GB-SCT": (Message.calendarNameScotland.text(), .scotland),
            "GB-NIR": (Message.calendarNameNorthernIreland.text(), .northernIreland), "US": (Message.calendarNameUS.text(), .unitedStates),
            "DE": (Message.calendarNameGermany.text(), .germany(state: nil)),
            "WEEKDAYS": (Message.calendarNameWeekdays.text(), .none),
        ]
        for state in RuleHolidays.germanStateCodes {
            builtIn["DE-" + state] = (Message.calendarNameGermanState.text("DE-" + state), .germany(state: state))
        }
        var builtInNames = builtIn.mapValues(\.0)
        builtInNames["CN"] = Message.calendarNameChina.text()
        var ids = Set(builtIn.keys)
        files.forEach { ids.insert(Self.canonical($0.id)) }
        var calendars: [String: RegionCalendar] = [:]
        for id in ids {
            let parts = files.filter { Self.canonical($0.id) == id }
            let rule = builtIn[id]?.1 ?? RegionCalendar.Rule.none
            let years = parts.compactMap(\.years)
            let knownYears: ClosedRange<Int>? = rule == .none && id != "WEEKDAYS"
                ? years.isEmpty ? nil : years.map(\.lowerBound).min()!...years.map(\.upperBound).max()! : nil
            // A built-in calendar's name comes from the catalog, in the user's language.
            calendars[id] = RegionCalendar(
                id: id, name: builtInNames[id] ?? parts.compactMap(\.name).first ?? id, rule: rule,
                weekend: parts.compactMap(\.weekend).last ?? [6, 7],
                holidays: parts.reduce(into: [:]) { $0.merge($1.holidays) { $1 } },
                workdays: parts.reduce(into: [:]) { $0.merge($1.workdays) { $1 } },
                knownYears: knownYears)
        }
        self.calendars = calendars
    }

    static func canonical(_ id: String) -> String {
        let upper = id.uppercased()
        return aliases[upper] ?? upper
    }

    /// The calendar for an id or jurisdiction such as `CN`, `GB`, `UK`, `US`; nil when unknown.
    public func calendar(_ id: String) -> RegionCalendar? { calendars[Self.canonical(id)] }

    /// The calendar a deadline counts in: the organization's jurisdiction, else the user's region.
    /// A jurisdiction that names only a country (`GB`, `DE`, as organizations are recorded) is
    /// narrowed to the user's region inside that country (`GB-SCT`, `DE-BY`), so that the first
    /// contact with a new organization (counted in the region) and every later one agree.
    public func calendar(jurisdiction: String?, region: String) -> RegionCalendar? {
        guard let jurisdiction, let calendar = calendar(jurisdiction) else { return calendar(region) }
        let country = jurisdiction.uppercased()
        let regionID = Self.canonical(region)
        if !country.contains("-"), Self.canonical(country).split(separator: "-").first == regionID.split(separator: "-").first,
           regionID.contains("-"), let narrower = calendars[regionID] {
            return narrower
        }
        return calendar
    }

    /// The region a time zone suggests, used when neither the organization nor the settings name
    /// one: every zone of a country that has a built-in calendar. Scotland has no zone of its own
    /// (Europe/London is England's calendar: set `region GB-SCT`); Europe/Belfast is Northern Ireland.
    public static func region(forZone zone: TimeZone) -> String {
        let id = zone.identifier
        if ["Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "Asia/Urumqi", "PRC"].contains(id) { return "CN" }
        if id == "Europe/Belfast" { return "GB-NIR" }
        if ["Europe/London", "GB", "GB-Eire"].contains(id) { return "GB-ENG" }
        if ["Europe/Berlin", "Europe/Busingen"].contains(id) { return "DE" }
        if id.hasPrefix("US/") || usZones.contains(id) || ["America/Indiana/", "America/Kentucky/", "America/North_Dakota/"].contains(where: id.hasPrefix) {
            return "US"
        }
        return "WEEKDAYS"
    }

    /// The IANA zones of the United States outside the `America/Indiana/…`, `Kentucky/…` and
    /// `North_Dakota/…` families.
    static let usZones: Set<String> = [
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage",
        "America/Detroit", "America/Boise", "America/Juneau", "America/Sitka", "America/Yakutat", "America/Nome",
        "America/Metlakatla", "America/Adak", "America/Menominee", "America/Indianapolis", "America/Louisville",
        "America/Fort_Wayne", "America/Knox_IN", "Pacific/Honolulu", "Navajo", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT",
    ]
}
