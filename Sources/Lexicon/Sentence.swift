/// A catalog phrase that is also shown alone, made a sentence: its first letter upper-case.
///
/// A few forms are both a part of another sentence ("…; before acting on it, what to do: hang up…")
/// and a line of their own (`check`'s advice, `verify`'s list): the catalog keeps them lower-case for
/// the first use, and the screen that shows them alone passes them through here. Chinese has no case
/// and is returned as it is.
public enum Sentence {
    public static func alone(_ text: String) -> String {
        guard let first = text.first, first.isASCII, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
