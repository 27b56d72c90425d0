import ArgumentParser
import Lexicon
import Foundation

extension Recourse {
    /// `recourse manual`: the man page, generated from the command tree (hidden; `Scripts/install`
    /// installs its output as `share/man/man1/recourse.1`).
    ///
    /// ArgumentParser's generate-manual plugin needs a package build step; the same tree is
    /// available offline from the binary itself (`--experimental-dump-help`), so the page can never
    /// drift from the commands it documents.
    struct Manual: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "manual",
            abstract: Message.helpManualAbstract.literal,
            discussion: Message.helpManualDiscussion.literal, shouldDisplay: false)

        func run() throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            // English whatever the user's language: the page's fixed sections (exit status,
            // environment, files) are English, and `Scripts/install` installs it as man1.
            process.arguments = ["--lang", "en", "--experimental-dump-help"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let tree = try JSONDecoder().decode(ManualPage.Dump.self, from: data)
            Console.out(ManualPage(root: tree.command, version: Recourse.configuration.version).render())
        }
    }
}

/// A man page in roff from ArgumentParser's help dump: every visible command with its synopsis,
/// description, example and options, then exit status, environment and files.
struct ManualPage {
    struct Dump: Decodable { let command: Command }

    struct Command: Decodable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let shouldDisplay: Bool?
        let arguments: [Argument]?
        let subcommands: [Command]?
    }

    struct Argument: Decodable {
        struct Name: Decodable { let kind: String; let name: String }
        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let isOptional: Bool
        let isRepeating: Bool
        let shouldDisplay: Bool
    }

    let root: Command
    let version: String

    func render() -> String {
        var lines = [
            ".TH RECOURSE 1 \"\" \"recourse \(version)\" \"User Commands\"",
            ".SH NAME", "recourse \\- \(escape(root.abstract ?? ""))",
            ".SH SYNOPSIS", ".B recourse", ".I command", "[options]",
            ".SH DESCRIPTION", escape(root.discussion ?? ""),
            ".SH COMMANDS",
        ]
        for (path, command) in visibleCommands(root, path: []) where command.subcommands?.isEmpty ?? true {
            lines.append(".SS \"\(escape(synopsis(path, command)))\"")
            if let abstract = command.abstract { lines.append(escape(abstract)) }
            if let discussion = command.discussion, !discussion.isEmpty { lines += [".PP"] + paragraphs(discussion) }
            for argument in command.arguments ?? [] where argument.shouldDisplay && argument.kind != "positional" {
                lines += [".TP", "\\fB\(escape(flag(argument)))\\fR" + (argument.kind == "option" ? " \\fI\(escape(argument.valueName ?? "value"))\\fR" : "")]
                lines.append(escape(argument.abstract ?? ""))
            }
        }
        lines += [".SH EXIT STATUS", ".TP", "0", "done", ".TP", "1", "a check found something to act on (overdue, agenda \\-\\-exit-status, verify, doctor)",
                  ".TP", "64", "usage: unknown command or option, missing value", ".TP", "65", "bad data: unreadable time, empty or over-long text",
                  ".TP", "66", "not found: case, contact, promise, attachment", ".TP", "70", "internal error", ".TP", "74", "I/O error",
                  ".TP", "75", "the journal stayed locked; try again", ".TP", "130", "abandoned at a prompt (Ctrl-C, Ctrl-D, or not saved)",
                  ".SH ENVIRONMENT", ".TP", "RECOURSE_DB", "the journal file (else $XDG_DATA_HOME/recourse/journal.sqlite)",
                  ".TP", "COLUMNS", "the width tables fit (else the terminal's)", ".TP", "LANG, LC_ALL, LC_MESSAGES", "zh* selects Chinese",
                  ".TP", "NO_COLOR", "no colours", ".TP", "XDG_CONFIG_HOME", "settings, calendars, body profiles and templates under recourse/",
                  ".SH FILES", "~/.local/share/recourse/journal.sqlite, ~/.config/recourse/config"]
        return lines.joined(separator: "\n")
    }

    /// Discussion text: indented lines (examples) kept as typed, the rest filled; blank lines part paragraphs.
    private func paragraphs(_ text: String) -> [String] {
        var lines: [String] = []
        var verbatim = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let indented = line.hasPrefix(" ")
            if indented != verbatim {
                lines.append(indented ? ".nf" : ".fi")
                verbatim = indented
            }
            lines.append(line.isEmpty && !verbatim ? ".PP" : escape(line))
        }
        if verbatim { lines.append(".fi") }
        return lines
    }

    /// Every displayed command under `command`, depth first, with the words that name it.
    private func visibleCommands(_ command: Command, path: [String]) -> [([String], Command)] {
        (command.subcommands ?? []).filter { $0.shouldDisplay ?? true }.flatMap { child in
            [(path + [child.commandName], child)] + visibleCommands(child, path: path + [child.commandName])
        }
    }

    private func synopsis(_ path: [String], _ command: Command) -> String {
        let positionals = (command.arguments ?? []).filter { $0.kind == "positional" && $0.shouldDisplay }.map { argument -> String in
            let name = "<\(argument.valueName ?? "value")>" + (argument.isRepeating ? "…" : "")
            return argument.isOptional ? "[\(name)]" : name
        }
        return (["recourse"] + path + positionals + ["[options]"]).joined(separator: " ")
    }

    private func flag(_ argument: Argument) -> String {
        (argument.names ?? []).map { $0.kind == "short" ? "-\($0.name)" : "--\($0.name)" }.joined(separator: ", ")
    }

    /// Text safe in roff: backslashes escaped, minus signs as \-, no line starting with a control character.
    private func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
