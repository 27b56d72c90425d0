import ArgumentParser

/// The flags every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The journal file (default: $RECOURSE_DB, else $XDG_DATA_HOME/recourse/journal.sqlite).",
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Print JSON instead of text (see docs/json.md).")
    var json = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Show things as if it were this moment (e.g. \"2026-12-01 09:00\"); commands that record refuse it.",
        valueName: "when"))
    var asOf: String?
}
