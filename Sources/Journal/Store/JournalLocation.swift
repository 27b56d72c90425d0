import Foundation

/// Where the journal file lives, resolved the same way by every command.
///
/// Precedence: `--db PATH`, then `RECOURSE_DB`, then `$XDG_DATA_HOME/recourse/journal.sqlite`
/// (`~/.local/share/recourse/journal.sqlite` when XDG_DATA_HOME is unset or relative, as the XDG
/// spec requires).
public struct JournalLocation: Sendable, Equatable {
    /// The journal's SQLite file.
    public let path: String
    /// True when the path came from neither `--db` nor `RECOURSE_DB`; Recourse then owns the folder
    /// and keeps it private (0700) even if it already existed.
    public let isDefault: Bool

    public init(path: String, isDefault: Bool = false) {
        self.path = path
        self.isDefault = isDefault
    }

    public static func resolve(explicit: String?, environment: [String: String]) -> JournalLocation {
        if let explicit, !explicit.isEmpty { return JournalLocation(path: expandTilde(explicit, environment)) }
        if let fromEnv = environment["RECOURSE_DB"], !fromEnv.isEmpty {
            return JournalLocation(path: expandTilde(fromEnv, environment))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        var dataHome = environment["XDG_DATA_HOME"] ?? ""
        if !dataHome.hasPrefix("/") { dataHome = home + "/.local/share" }
        return JournalLocation(path: dataHome + "/recourse/journal.sqlite", isDefault: true)
    }

    /// The folder holding the journal and its `attachments/`.
    public var folder: String { PathText.folder(of: path) }

    /// The folder where attachment bytes are kept, content-addressed by SHA-256.
    public var attachmentsFolder: String { folder + "/attachments" }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}
