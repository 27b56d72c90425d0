import ArgumentParser
import Foundation
import Lexicon

/// Prints help screens (`--help`, `-h`, `recourse help X`) in the interface language.
///
/// The commands' own words (abstracts, discussions, option help) are catalog rows already;
/// what is left in English is ArgumentParser's fixed words: the headings (`OVERVIEW:`, `USAGE:`,
/// `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`), the help and version flags' help, `(default: …)`,
/// a default subcommand's `(default)`, `(values: …)` and the closing "See 'recourse help <subcommand>' …".
/// `HelpWords` replaces those, each an exact catalog row whose English is the library's wording.
///
/// ArgumentParser wraps at spaces, and Chinese has none: in a language other than English the
/// screen is rendered unwrapped and wrapped here by display width (a Chinese character takes two
/// columns), keeping the option column's hanging indent. English keeps the library's own printing.
enum HelpScreen {
    /// Prints the help, version or other clean exit `error` stands for, and exits 0.
    static func exit(with error: Error) -> Never {
        guard Language.current != .en else { Recourse.exit(withError: error) }
        let text = Recourse.fullMessage(for: error, columns: Int(Int32.max))
        // Only help screens; --version, completion scripts and the JSON dump are not prose.
        guard text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") else { Recourse.exit(withError: error) }
        print(wrap(HelpWords.translate(text), width: Terminal.width ?? 80))
        Foundation.exit(ExitStatus.success.rawValue)
    }

    /// Where an option's or subcommand's help starts (ArgumentParser's label column).
    static let labelColumn = 26

    /// Each line over `width` columns broken by `TextWrap`, continuing under its own text: an
    /// option's help under the help column, a usage line under the usage, prose at its indent.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let line = String(line)
            guard DisplayWidth.of(line) > width else { return [line] }
            let indent: Int
            let usage = HelpWords.heading(.helpHeadingUsage)
            if line.hasPrefix(usage) {
                indent = DisplayWidth.of(usage)
            } else if line.hasPrefix("  "), line.count > labelColumn, line.prefix(labelColumn).hasSuffix(" "),
                      line.dropFirst(labelColumn).first != " " {
                indent = labelColumn
            } else {
                indent = line.prefix { $0 == " " }.count
            }
            return keepPunctuation(TextWrap.wrap(line, width: width, indent: String(repeating: " ", count: indent)))
        }.joined(separator: "\n")
    }

    /// Chinese never starts a line with closing punctuation nor ends one with an opening bracket:
    /// a closing mark moves up to the line before (one character past the width, as print does).
    static func keepPunctuation(_ lines: [String]) -> [String] {
        var lines = lines
        for index in lines.indices.dropFirst() {
            let indent = lines[index].prefix { $0 == " " }
            var text = String(lines[index].dropFirst(indent.count))
            while let first = text.first, "，。、；：）》”！？".contains(first) {
                lines[index - 1].append(first)
                text.removeFirst()
            }
            if lines[index - 1].hasSuffix("（") {
                lines[index - 1].removeLast()
                text = "（" + text
            }
            lines[index] = String(indent) + text
        }
        return lines
    }
}

/// ArgumentParser's fixed help words, replaced by their catalog rows in one pass over a screen.
///
/// Each row's English form is exactly what the library prints (swift-argument-parser 1.8,
/// `HelpGenerator`/`HelpCommand`); `{1}` stands for the part it fills in (a default value, the
/// command path). When the library changes its wording, `HelpLanguageTests` finds English on the
/// Chinese screens and the row's English form is updated here.
enum HelpWords {
    /// Whole lines.
    static let headings: [Message] = [.helpHeadingArguments, .helpHeadingOptions, .helpHeadingSubcommands]
    /// The start of a line.
    static let openings: [Message] = [.helpHeadingOverview, .helpHeadingUsage]
    /// Anywhere in a line, in this order (the longer `(default: …)` before `(default)`).
    /// `(values: a, b; default: a)` becomes `（可选值：a, b；默认：a）` in two steps.
    static let phrases: [Message] = [.helpFlagHelp, .helpFlagVersion, .helpCommandHelp, .helpDefaultValue, .helpValues,
                                     .helpValuesDefault, .helpDefaultSubcommand, .helpSeeSubcommandHelp]

    /// A heading in the current language.
    static func heading(_ message: Message) -> String { message.literal }

    static func translate(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if let heading = headings.first(where: { $0.form(in: .en) == line }) { return heading.literal }
            for opening in openings where line.hasPrefix(opening.form(in: .en)) {
                line = opening.literal + line.dropFirst(opening.form(in: .en).count)
            }
            for phrase in phrases { line = replace(phrase, in: line) }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// Every occurrence of `phrase`'s English form in `line`, its `{1}` part kept, in the current language.
    static func replace(_ phrase: Message, in line: String) -> String {
        let english = phrase.form(in: .en)
        guard let slot = english.range(of: "{1}") else {
            return line.replacingOccurrences(of: english, with: phrase.literal)
        }
        let before = String(english[..<slot.lowerBound]), after = String(english[slot.upperBound...])
        var result = ""
        var rest = Substring(line)
        while let start = rest.range(of: before), let end = rest[start.upperBound...].range(of: after) {
            result += rest[..<start.lowerBound] + phrase.text(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
