import Foundation
import GRDB
import Testing

/// One bad input: the command, what must be prepared first, the exit code and a phrase of the message.
struct CorpusCase: CustomTestStringConvertible, Sendable {
    enum Setup: Sendable {
        case none
        case file(String, String)             // a file under the case's folder, with this content
        case directory(String)
        case symlink(String, to: String)
        case fifo(String)
        case userFile(String, String)         // under $HOME/.config/recourse/
        case newerSchema, foreignDatabase, readOnlyJournal
        /// Run through `sh -c`, each argument and these variables expanded by `printf %b`, so
        /// they can hold bytes that are not UTF-8 (`\\0377`).
        case rawBytes(environment: [String: String])
        /// A file in a folder outside the journal's, which `OUTSIDE` in the arguments names.
        case outsideFile(String, String)
    }

    let name: String
    let arguments: [String]
    var setup: Setup = .none
    let status: Int32
    let phrase: String
    var testDescription: String { name }
}

@Suite("Bad input corpus: every case one clear line, a documented code, an unchanged journal")
struct BadInputCorpusTests {
    static let when: [CorpusCase] = [
        "blursday", "next", "3", "in three", "3 parsecs", "明年某天", "tomorrow tomorrow", "5pm 5pm",
        "3 workdays ago", "yesterday-ish", "∞", "👍", "in -3 days", "tomorrow at", "周八", "下周八", "next month day", "friday the 13th",
    ].map { CorpusCase(name: "due '\($0)'", arguments: ["log", "Bank", "--promise", "x", "--due", $0], status: 65, phrase: "cannot read the time") }
        + ["soon", "asap", "shortly", "尽快"]
        .map { CorpusCase(name: "vague due '\($0)'", arguments: ["log", "Bank", "--promise", "x", "--due", $0], status: 65, phrase: "names no time") }
        + ["2026-02-30", "2026-13-01", "25:00", "13pm", "tomorrow 24:00", "2月30日", "2027-02-29", "32号", "0000-00-00", "2026-11-27T10:00+25:00"]
        .map { CorpusCase(name: "impossible due '\($0)'", arguments: ["log", "Bank", "--promise", "x", "--due", $0], status: 65, phrase: "is not a real date") }
        + ["2030-01-01", "tomorrow", "next year", "in 3 days", "下周一"]
        .map { CorpusCase(name: "contact at '\($0)'", arguments: ["log", "Bank", "--at", $0], status: 65, phrase: $0 == "next year" ? "cannot read" : "in the future") }
        + ["whenever", "2026-02-30", "99:99"]
        .map { CorpusCase(name: "as-of '\($0)'", arguments: ["overdue", "--as-of", $0], status: 65, phrase: "'\($0)'") }
        + [CorpusCase(name: "extend to an unreadable due", arguments: ["promise", "extend", "2", "--due", "someday"], status: 65, phrase: "cannot read the time 'someday'"),
           CorpusCase(name: "kept at an unreadable time", arguments: ["promise", "kept", "2", "--at", "someday"], status: 65, phrase: "cannot read the time 'someday'"),
           CorpusCase(name: "correct to an unreadable time", arguments: ["correct", "1", "--at", "someday"], status: 65, phrase: "cannot read the time 'someday'")]

    static let vocabularies: [CorpusCase] = ["fax", "telegram", "pigeon", "PHONE CALL", ""].map {
        CorpusCase(name: "channel '\($0)'", arguments: ["log", "Bank", "--via", $0], status: 64, phrase: "unknown channel '\($0)'")
    } + ["sideways", "up", ""].map {
        CorpusCase(name: "direction '\($0)'", arguments: ["log", "Bank", "--direction", $0], status: 64, phrase: "unknown direction")
    } + ["casino", "Bank!", ""].map {
        CorpusCase(name: "organization kind '\($0)'", arguments: ["org", "add", "Bank", "--kind", $0], status: 64, phrase: "unknown organization kind")
    } + ["misc", "loan"].map {
        CorpusCase(name: "case category '\($0)'", arguments: ["case", "edit", "1", "--category", $0], status: 64, phrase: "unknown category")
    } + [CorpusCase(name: "correct channel", arguments: ["correct", "1", "--via", "fax"], status: 64, phrase: "unknown channel 'fax'"),
         CorpusCase(name: "unknown setting", arguments: ["config", "set", "colour", "blue"], status: 65, phrase: "unknown setting 'colour'"),
         CorpusCase(name: "unknown region", arguments: ["config", "set", "region", "Atlantis"], status: 65, phrase: "no calendar 'Atlantis'"),
         CorpusCase(name: "bad end of day", arguments: ["config", "set", "end-of-day", "6pm"], status: 65, phrase: "end-of-day '6pm'")]

    static let identifiers: [CorpusCase] = [
        (["show", "one"], 64, "'one'"), (["show", "-1"], 64, "Missing expected argument '<case-id>'"), (["show", "0"], 66, "no case #0"), (["show", "99999999999999999999"], 64, "'99999999999999999999' is invalid"), (["show", "6228480012345671"], 66, "no case #****5671"),
        (["show", "1.5"], 64, "'1.5'"), (["promise", "kept", "x"], 64, "'x'"), (["promise", "kept", "0"], 66, "no promise #0"), (["promise", "broken", "77"], 66, "no promise #77"),
        (["promise", "cancel", "1"], 65, "the current one is promise #2"), (["promise", "extend", "1", "--due", "friday"], 65, "promise #1 was extended"),
        (["correct", "abc", "--agent", "x"], 64, "'abc'"), (["correct", "9", "--agent", "x"], 66, "no contact #9"), (["case", "close", "5"], 66, "no case #5"),
        (["case", "reopen", "1"], 65, "case #1 is already open"), (["case", "edit", "8", "--title", "x"], 66, "no case #8"), (["log", "--case", "31", "--no-input"], 66, "no case #31"),
        (["log", "Shop", "--case", "1"], 65, "case #1 belongs to Bank"), (["show"], 64, "Missing expected argument"),
    ].map { CorpusCase(name: "ids: \($0.0.joined(separator: " "))", arguments: $0.0, status: $0.1, phrase: $0.2) }

    static let text: [CorpusCase] = {
        let fields: [(String, [String], String)] = [
            ("summary", ["log", "Bank", "--summary"], "summary"), ("advice", ["log", "Bank", "--advice"], "advice"),
            ("outcome", ["log", "Bank", "--outcome"], "outcome"), ("agent", ["log", "Bank", "--agent"], "agent"),
            ("reference", ["log", "Bank", "--ref"], "reference number"), ("number", ["log", "Bank", "--number"], "number or address"),
            ("promise", ["log", "Bank", "--due", "friday", "--promise"], "promise"), ("note", ["promise", "kept", "2", "--note"], "note"),
            ("case title", ["log", "Bank", "--new-case"], "case title"), ("correction", ["correct", "1", "--summary"], "summary"),
            ("alias", ["org", "add", "Bank", "--alias"], "alias"), ("remedy", ["case", "edit", "1", "--wants"], "desired outcome"),
        ]
        var cases: [CorpusCase] = []
        for (index, (name, prefix, field)) in fields.enumerated() {
            let control = ["\u{07}", "\u{1B}", "\u{7F}", "\u{85}", "\u{08}"][index % 5]
            let code = String(format: "%04X", control.unicodeScalars.first!.value)
            cases.append(CorpusCase(name: "\(name) with U+\(code)", arguments: prefix + ["a\(control)b"], status: 65, phrase: "\(field) contains control character U+\(code)"))
            let long = ["summary", "advice", "outcome", "promise", "note", "correction", "remedy"].contains(name)
                ? String(repeating: "退", count: 22_000) : String(repeating: "a", count: 600)
            cases.append(CorpusCase(name: "\(name) too long", arguments: prefix + [long], status: 65, phrase: "over the limit"))
        }
        cases += [CorpusCase(name: "organization with a line break", arguments: ["log", "Ba\nnk"], status: 65, phrase: "organization name contains a line break"),
                  CorpusCase(name: "organization of spaces", arguments: ["log", "   "], status: 65, phrase: "organization name is empty"),
                  CorpusCase(name: "empty promise", arguments: ["log", "Bank", "--promise", " ", "--due", "friday"], status: 65, phrase: "promise is empty"),
                  CorpusCase(name: "empty case title", arguments: ["log", "Bank", "--new-case", ""], status: 65, phrase: "case title is empty"),
                  CorpusCase(name: "empty search", arguments: ["search", " "], status: 65, phrase: "search text is empty")]
        return cases
    }()

    static let attachments: [CorpusCase] = [
        CorpusCase(name: "missing attachment", arguments: ["log", "Bank", "--attach", "missing.png"], status: 66, phrase: "does not exist"),
        CorpusCase(name: "attachment through ../ that is missing", arguments: ["log", "Bank", "--attach", "evidence/../../nope.png"], setup: .directory("evidence"), status: 66, phrase: "does not exist"),
        CorpusCase(name: "directory attachment", arguments: ["log", "Bank", "--attach", "evidence"], setup: .directory("evidence"), status: 74, phrase: "is not a regular file"),
        CorpusCase(name: "dangling symlink", arguments: ["log", "Bank", "--attach", "link.png"], setup: .symlink("link.png", to: "gone.png"), status: 66, phrase: "does not exist"),
        CorpusCase(name: "symlink to a directory", arguments: ["log", "Bank", "--attach", "dirlink"], setup: .symlink("dirlink", to: "/tmp"), status: 74, phrase: "is not a regular file"),
        CorpusCase(name: "fifo", arguments: ["log", "Bank", "--attach", "pipe"], setup: .fifo("pipe"), status: 74, phrase: "is not a regular file"),
        CorpusCase(name: "device", arguments: ["log", "Bank", "--attach", "/dev/null"], status: 74, phrase: "is not a regular file"),
        CorpusCase(name: "one good, one missing", arguments: ["log", "Bank", "--attach", "ok.txt", "--attach", "missing.txt"], setup: .file("ok.txt", "fine"), status: 66, phrase: "'missing.txt' does not exist"),
        CorpusCase(name: "attachment name with ESC", arguments: ["log", "Bank", "--attach", "red\u{1B}[31m.txt"], setup: .file("red\u{1B}[31m.txt", "x"), status: 65, phrase: "attachment name contains control character U+001B"),
        CorpusCase(name: "attachment name with a newline", arguments: ["log", "Bank", "--attach", "two\nlines.txt"], setup: .file("two\nlines.txt", "x"), status: 65, phrase: "attachment name contains a line break"),
        CorpusCase(name: "attachment name with U+009B", arguments: ["log", "Bank", "--attach", "csi\u{9B}.txt"], setup: .file("csi\u{9B}.txt", "x"), status: 65, phrase: "control character U+009B"),
        CorpusCase(name: "attachment changing while copied", arguments: ["log", "Bank", "--attach", "/proc/self/status"], status: 74, phrase: "changed while it was being copied"),
        CorpusCase(name: "attachments/ is a symlink", arguments: ["log", "Bank", "--attach", "/etc/passwd"], setup: .symlink("attachments", to: "/tmp"), status: 74, phrase: "is a symbolic link"),
    ]

    static let evidence: [CorpusCase] = [
        CorpusCase(name: "verify --head too short", arguments: ["verify", "--head", "abc123"], status: 64, phrase: "is not a chain head"),
        CorpusCase(name: "verify --head not hex", arguments: ["verify", "--head", String(repeating: "g", count: 64)], status: 64, phrase: "is not a chain head"),
        CorpusCase(name: "restore a missing backup", arguments: ["restore", "backups/none.sqlite"], status: 65, phrase: "it is not a file"),
        CorpusCase(name: "restore an empty backup", arguments: ["restore", "journal-0.sqlite"], setup: .file("journal-0.sqlite", ""), status: 65, phrase: "it is empty (0 bytes)"),
        CorpusCase(name: "restore a text file", arguments: ["restore", "notes.sqlite"], setup: .file("notes.sqlite", "just some notes, not a database at all"), status: 65, phrase: "cannot be used"),
        CorpusCase(name: "restore a foreign database", arguments: ["restore", "other.sqlite"], setup: .foreignDatabase, status: 65, phrase: "not a Recourse journal"),
        CorpusCase(name: "restore the journal onto itself", arguments: ["restore", "journal.sqlite"], status: 65, phrase: "it is the journal itself"),
        CorpusCase(name: "restore a folder", arguments: ["restore", "backups"], setup: .directory("backups"), status: 65, phrase: "it is not a file"),
        CorpusCase(name: "restore without a backup", arguments: ["restore"], status: 64, phrase: "Missing expected argument"),
    ]

    static let journals: [CorpusCase] = [
        CorpusCase(name: "journal is a directory", arguments: ["cases", "--db", "evidence"], setup: .directory("evidence"), status: 74, phrase: "is a directory"),
        CorpusCase(name: "journal is a text file", arguments: ["cases", "--db", "notes.txt"], setup: .file("notes.txt", String(repeating: "notes ", count: 200)), status: 65, phrase: "is not a SQLite database"),
        CorpusCase(name: "journal inside a file", arguments: ["cases", "--db", "notes.txt/journal.sqlite"], setup: .file("notes.txt", "x"), status: 74, phrase: "is a file, not a folder"),
        CorpusCase(name: "another application's database", arguments: ["log", "Bank", "--db", "other.sqlite"], setup: .foreignDatabase, status: 65, phrase: "not a Recourse journal"),
        CorpusCase(name: "journal from a newer Recourse", arguments: ["cases"], setup: .newerSchema, status: 65, phrase: "newer than this recourse knows"),
        CorpusCase(name: "read-only journal", arguments: ["log", "Bank"], setup: .readOnlyJournal, status: 74, phrase: "is read-only"),
        CorpusCase(name: "backup over an existing file", arguments: ["backup", "notes.txt"], setup: .file("notes.txt", "keep me"), status: 74, phrase: "already there"),
        CorpusCase(name: "calendar export into a directory", arguments: ["calendar", "--output", "/tmp"], status: 74, phrase: "'/tmp' is a directory"),
    ]

    static let userFiles: [CorpusCase] = {
        let settings: [(String, String)] = [
            ("region = \n", ":1:"), ("end-of-day = 25:00\n", "end-of-day '25:00'"), ("end-of-day = six\n", "end-of-day 'six'"),
            ("quiet-days = -3\n", "quiet-days '-3'"), ("quiet-days = many\n", "quiet-days 'many'"), ("agenda-days = 9999\n", "agenda-days '9999'"),
            ("colour = blue\n", "unknown setting 'colour'"), ("just words\n", "expected 'key = value'"), ("region == CN\n", "region '= CN'"),
            ("\u{FF}\u{FE}binary", "settings file"), (String(repeating: "# padding\n", count: 8000), "is not a small UTF-8 text file"),
        ]
        let calendars: [(String, String)] = [
            ("holiday 2026-01-01\n", "first directive must be 'calendar ID'"), ("calendar CN\nholiday 2026-02-30 x\n", ":2: 'holiday' takes a date"),
            ("calendar CN\nyears 20x6\n", ":2: 'years' takes a year"), ("calendar CN\nweekend caturday\n", ":2: 'weekend' takes day names"),
            ("calendar CN\nfeast 2026-01-01\n", ":2: unknown directive 'feast'"), ("calendar CN\nholiday 2026-01-01..2026-03-01 long\n", "longer than 31 days"),
            ("calendar CN\nyears 2027\nholiday 2026-01-01 x\n", "outside the file's years"), ("# nothing\n", "no 'calendar ID' line"),
            ("calendar CN\ncalendar US\n", ":2: 'calendar' takes one ID, once"), ("calendar CN\nworkday 2026-12-05..2026-12-01\n", ":2: 'workday' takes a date"),
            ("calendar CN\nyears 2027-2026\n", ":2: 'years' takes a year"), (String(repeating: "# x\n", count: 300_000), "is over 1024 KiB"),
        ]
        let bodies: [(String, String)] = [
            ("{", "is not valid JSON"), (#"{"id": "x"}"#, "field jurisdiction is missing"), ("[]", "should be an object"),
            (#"{"id": 5}"#, "field id should be text"), (String(repeating: " ", count: 300_000), "is over 256 KiB"),
        ]
        return bodies.enumerated().map { index, item in
            CorpusCase(name: "body profile #\(index + 1)", arguments: ["bodies"], setup: .userFile("bodies/bad.json", item.0), status: 65, phrase: item.1)
        } + settings.enumerated().map { index, item in
            CorpusCase(name: "settings file #\(index + 1)", arguments: ["agenda"], setup: .userFile("config", item.0), status: 65, phrase: item.1)
        } + calendars.enumerated().map { index, item in
            CorpusCase(name: "calendar file #\(index + 1)", arguments: ["log", "Bank", "--promise", "x", "--due", "3 workdays"],
                       setup: .userFile("calendars/bad.cal", item.0), status: 65, phrase: item.1)
        }
    }()

    static let values: [CorpusCase] = [
        (["log", "Bank", "--duration", "5 parsecs"], 64, "cannot read the duration"), (["log", "Bank", "--duration", "-5"], 64, "Missing value for '--duration"),
        (["log", "Bank", "--duration", "1h 30"], 64, "cannot read the duration"), (["log", "Bank", "--duration", "h"], 64, "cannot read the duration"),
        (["case", "edit", "1", "--amount", "lots"], 64, "cannot read the amount"), (["case", "edit", "1", "--amount", "-5 CNY"], 64, "Missing value for '--amount"),
        (["case", "edit", "1", "--amount", "5.123 CNY"], 64, "cannot read the amount"), (["case", "edit", "1", "--amount", "1e9"], 64, "cannot read the amount"),
        (["case", "edit", "1"], 65, "nothing to correct"), (["search", "x", "--limit", "0"], 64, "--limit must be between 1 and 1000"),
        (["search", "x", "--limit", "5000"], 64, "--limit must be between"), (["agenda", "--days", "-1"], 64, "Missing value for '--days"),
        (["agenda", "--days", "999"], 64, "--days must be between"), (["agenda", "--quiet-days", "0"], 64, "--quiet-days must be between"),
        (["org", "add", "Bank", "--official", "95566"], 65, "is not KIND:ADDRESS"), (["org", "add", "Bank", "--official", "fax:1"], 65, "is not KIND:ADDRESS"),
        (["org", "add", "Bank", "--official", "phone:abc"], 65, "is not KIND:ADDRESS"), (["org", "add", "Shop", "--alias", "Bank"], 65, "names several organizations"),
        (["calendar", "--output"], 64, "Missing value for '--output"), (["demo", "--db", "journal.sqlite"], 64, "already exists"),
    ].map { CorpusCase(name: "values: \($0.0.joined(separator: " "))", arguments: $0.0, status: $0.1, phrase: $0.2) }

    static let usage: [CorpusCase] = [
        (["frobnicate"], "unknown command 'frobnicate'; commands: log, show"), (["log", "Bank", "--frob"], "Unknown option '--frob'"), (["log", "--case", "1", "--new-case", "x"], "cannot be used together"),
        (["log"], "name the organization"), (["log", "Bank", "--due", "friday"], "has no --promise"), (["log", "Bank", "--promise", "x"], "has no due time"),
        (["promise", "extend", "2"], "give the new due time with --due WHEN"), (["promise"], ""), (["config", "get"], "Missing expected argument"),
        (["log", "Bank", "--via"], "Missing value for '--via"),
    ].map { CorpusCase(name: "usage: \($0.0.joined(separator: " "))", arguments: $0.0, status: $0.0 == ["promise"] ? 0 : 64, phrase: $0.1) }
        .filter { $0.status != 0 }

    static let templates: [CorpusCase] = [
        ("{{#contacts}}never closed\n", 65, "complaint.en.mustache:2: a section opened with {{#…}} or {{^…}} is never closed"),
        ("To {{{organization}}}\nDear {{nmae}}\n", 65, "complaint.en.mustache:2: unknown variable 'nmae'"),
        ("{{#promises}}x{{/contacts}}\n", 65, "complaint.en.mustache:1: {{/…}} closes a different section"),
        (String(repeating: "x", count: 300_000), 65, "complaint.en.mustache' is 300000 bytes, over the limit of 262144"),
        (String(repeating: "{{#contacts}}", count: 3000), 65, "complaint.en.mustache:1: sections nest more than 32 deep"),
        (String(repeating: "{{#contacts}}\n", count: 40) + String(repeating: "{{/contacts}}\n", count: 40), 65, "complaint.en.mustache:33: sections nest more than 32 deep"),
        ("{{=<% %>=}}\n" + String(repeating: "<%^contacts%>", count: 500), 65, "complaint.en.mustache:2: sections nest more than 32 deep"),
        ("\u{FF}", 0, ""),
    ].enumerated().compactMap { index, item in
        item.1 == 0 ? nil : CorpusCase(name: "user template #\(index + 1)", arguments: ["draft", "complaint", "1", "--lang", "en"],
                                       setup: .userFile("templates/complaint.en.mustache", item.0), status: Int32(item.1), phrase: item.2)
    } + [
        CorpusCase(name: "missing --template file", arguments: ["draft", "complaint", "1", "--template", "none.mustache"], status: 74, phrase: "'none.mustache' cannot be read"),
        CorpusCase(name: "draft for a missing case", arguments: ["draft", "evidence", "7"], status: 66, phrase: "no case #7"),
        CorpusCase(name: "draft in an unknown format", arguments: ["draft", "complaint", "1", "--format", "pdf"], status: 64, phrase: "unknown format 'pdf'"),
        CorpusCase(name: "regulator before its precondition", arguments: ["draft", "regulator", "1", "--to", "uk.fos"], status: 65, phrase: "uk.fos takes complaints about firms in GB, and this firm is in CN"),
        CorpusCase(name: "unknown profile key", arguments: ["profile", "set", "shoe-size", "42"], status: 65, phrase: "unknown profile key 'shoe-size'"),
        CorpusCase(name: "escalate to an unknown body", arguments: ["escalate", "1", "--to", "fr.none"], status: 66, phrase: "no body 'fr.none'"),
    ]

    /// Issue #9: --as-of on writes, future --at, years out of range, invalid UTF-8, unsafe --output.
    static let honestTime: [CorpusCase] = [
        ["log", "Bank"], ["promise", "kept", "2"], ["promise", "extend", "2", "--due", "friday"], ["escalate", "1", "--to", "company"],
        ["escalation", "respond", "1"], ["correct", "1", "--agent", "Bob"], ["case", "close", "1"], ["case", "edit", "1", "--wants", "refund"],
        ["org", "add", "Shop2"], ["config", "set", "quiet-days", "3"], ["profile", "set", "name", "Wang"],
    ].map { CorpusCase(name: "--as-of on \($0.prefix(2).joined(separator: " "))", arguments: $0 + ["--as-of", "2026-11-01"], status: 64, phrase: "--as-of is for reading") }
        + [["log", "Bank"], ["promise", "kept", "2"], ["promise", "broken", "2"], ["promise", "cancel", "2"], ["escalate", "1", "--to", "company"],
           ["correct", "1"], ["escalation", "respond", "1"]]
        .map { CorpusCase(name: "future --at on \($0.prefix(2).joined(separator: " "))", arguments: $0 + ["--at", "2030-01-01"], status: 65,
                          phrase: "--at '2030-01-01' (Tue 1 Jan 2030 12:00) is in the future; --at is when it happened") }
        + [(["log", "Bank", "--promise", "x", "--due", "0001-01-01"], "--due '0001-01-01' is before 1900; times must fall in the years 1900–2199"),
           (["log", "Bank", "--promise", "x", "--due", "1899-12-31"], "is before 1900"),
           (["log", "Bank", "--at", "1850-06-01"], "--at '1850-06-01' is before 1900"),
           (["log", "Bank", "--promise", "x", "--due", "3000-01-01"], "is after 2199"),
           (["promise", "extend", "2", "--due", "2200-01-01"], "is after 2199"),
           (["correct", "1", "--at", "1000-01-01"], "is before 1900"),
           (["overdue", "--as-of", "0001-01-01"], "--as-of '0001-01-01' is before 1900"),
           (["agenda", "--as-of", "9999-12-31"], "is after 2199")]
        .map { CorpusCase(name: "year out of range: \($0.0.joined(separator: " "))", arguments: $0.0, status: 65, phrase: $0.1) }

    static let exactInput: [CorpusCase] = [
        (["log", "Ba\\0377nk"], [:], "argument 2 is not valid UTF-8: 'Ba\\xFFnk'"),
        (["log", "Ba\\0376nk"], [:], "argument 2 is not valid UTF-8: 'Ba\\xFEnk'"),
        (["log", "Bank", "--summary", "caf\\0351"], [:], "argument 4 (after --summary) is not valid UTF-8: 'caf\\xE9'"),
        (["cases", "--db", "dir\\0377/j.sqlite"], [:], "argument 3 (after --db) is not valid UTF-8: 'dir\\xFF/j.sqlite'"),
        (["cases", "--db=dir\\0377/j.sqlite"], [:], "argument 2 (the value of --db) is not valid UTF-8"),
        (["search", "\\0342\\0202"], [:], "argument 2 is not valid UTF-8: '\\xE2\\x82'"),
        (["cases", "--json", "\\0300\\0200"], [:], "argument 3 (after --json) is not valid UTF-8"),
        (["cases"], ["RECOURSE_DB": "j\\0377.sqlite"], "$RECOURSE_DB is not valid UTF-8: 'j\\xFF.sqlite'"),
        (["agenda"], ["XDG_CONFIG_HOME": "/tmp/c\\0377"], "$XDG_CONFIG_HOME is not valid UTF-8"),
        (["agenda"], ["XDG_DATA_HOME": "/tmp/d\\0377"], "$XDG_DATA_HOME is not valid UTF-8"),
        (["agenda"], ["HOME": "/tmp/h\\0377"], "$HOME is not valid UTF-8"),
    ].map { CorpusCase(name: "invalid UTF-8: \($0.0.joined(separator: " ")) \($0.1.keys.sorted().joined())", arguments: $0.0,
                       setup: .rawBytes(environment: $0.1), status: 65, phrase: $0.2) }

    static let safeOutput: [CorpusCase] = [
        (["calendar", "--output", "journal.sqlite"], 64, "'journal.sqlite' is inside the journal's folder"),
        (["calendar", "--output", "journal.sqlite", "--force"], 64, "is inside the journal's folder"),
        (["draft", "complaint", "1", "--output", "journal.sqlite", "--force"], 64, "is inside the journal's folder"),
        (["draft", "evidence", "1", "--output", "journal.sqlite-wal"], 64, "is inside the journal's folder"),
        (["draft", "evidence", "1", "--output", "attachments/x.md"], 64, "is inside the journal's folder"),
        (["calendar", "--output", "letter.ics"], 64, "is inside the journal's folder"),
    ].map { CorpusCase(name: "output: \($0.0.joined(separator: " "))", arguments: $0.0, status: $0.1, phrase: $0.2) }
        + [CorpusCase(name: "output over an existing letter", arguments: ["draft", "complaint", "1", "--output", "OUTSIDE/letter.md"],
                      setup: .outsideFile("letter.md", "my own words"), status: 74, phrase: "letter.md' already exists; give another file name, or --force to replace it"),
           CorpusCase(name: "calendar over an existing file", arguments: ["calendar", "--output", "OUTSIDE/cal.ics"],
                      setup: .outsideFile("cal.ics", "mine"), status: 74, phrase: "cal.ics' already exists"),
           CorpusCase(name: "output into a missing folder", arguments: ["calendar", "--output", "/nonexistent-recourse/x.ics"], status: 74,
                      phrase: "its folder does not exist")]

    static let all = when + vocabularies + identifiers + text + attachments + evidence + journals + userFiles + values + usage + templates
        + honestTime + exactInput + safeOutput

    @Test("the corpus has at least 150 cases")
    func size() { #expect(Self.all.count >= 150, "\(Self.all.count)") }

    /// Bank with case #1, contact #1, promise #1 extended to #2 (pending) and a second organization.
    static let template: String = {
        let r = RecourseProcess()
        try! r.run(["log", "Bank", "--agent", "Ann", "--promise", "refund", "--due", "tomorrow", "--no-input"])
        try! r.run(["promise", "extend", "1", "--due", "friday"])
        try! r.run(["log", "Shop", "--no-input"])
        return r.journal
    }()

    @Test("refused", arguments: all)
    func refused(_ input: CorpusCase) throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try FileManager.default.copyItem(atPath: Self.template, toPath: r.journal)
        var watched = r.journal
        let fm = FileManager.default
        switch input.setup {
        case .none: break
        case let .file(name, content): _ = r.write(name, content)
        case let .directory(name): try fm.createDirectory(atPath: r.folder + "/" + name, withIntermediateDirectories: true)
        case let .symlink(name, target): try fm.createSymbolicLink(atPath: r.folder + "/" + name, withDestinationPath: target)
        case let .fifo(name): #expect(mkfifo(r.folder + "/" + name, 0o600) == 0)
        case let .userFile(name, content):
            let path = r.folder + "/.config/recourse/" + name
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = fm.createFile(atPath: path, contents: Data(content.utf8))
        case .newerSchema:
            let queue = try DatabaseQueue(path: r.journal)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        case .foreignDatabase:
            watched = r.folder + "/other.sqlite"
            let queue = try DatabaseQueue(path: watched)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "CREATE TABLE notes (x); INSERT INTO notes VALUES (1)") }
        case .readOnlyJournal:
            try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: r.journal)
        case .rawBytes: break
        case let .outsideFile(name, content): try content.write(toFile: r.outside + "/" + name, atomically: true, encoding: .utf8)
        }
        var executable = RecourseProcess.binary, arguments = input.arguments.map { $0.replacingOccurrences(of: "OUTSIDE", with: r.outside) }
        if case let .rawBytes(environment) = input.setup {
            executable = "/bin/sh"
            let quoted = { (text: String) in "\"$(printf '%b' '\(text)')\"" }
            arguments = ["-c", environment.map { "export \($0.key)=\(quoted($0.value)); " }.joined()
                            + "exec \"$0\" " + input.arguments.map(quoted).joined(separator: " "), RecourseProcess.binary]
        }
        let before = try r.fingerprint(of: watched)
        let result = try r.run(arguments, executable: executable)
        #expect(result.status == input.status, "\(result.stderr)")
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(input.arguments.contains("--json") ? "{\"error\":" : "recourse: "), "\(result.stderr)")
        #expect(result.stderr.contains(input.phrase), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
        #expect(try r.fingerprint(of: watched) == before)
        if case let .outsideFile(name, content) = input.setup {
            #expect(try String(contentsOfFile: r.outside + "/" + name, encoding: .utf8) == content, "an existing file is never replaced")
        }
    }
}
