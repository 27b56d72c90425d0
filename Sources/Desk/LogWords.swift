import Lexicon

/// Sentences about a logged contact that both skins say.
public enum LogWords {
    /// "A new organization 'X' was created; it is close to Y (#2)".
    public static func nearOrganization(_ name: String, near: [(String, Int64)]) -> String {
        let list = near.map { "\($0.0) (#\($0.1))" }.joined(separator: Message.listSeparator.text())
        return Message.promptNearOrganization.text(name, list)
    }

    public static func promiseExtended(_ previous: Int64, current: Int64, due: String, was: String) -> String {
        Message.promiseExtended.text(previous, current, due, was)
    }
}
