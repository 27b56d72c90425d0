import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse conflicts`: records an import or a sync found changed differently in two journals.
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: "List, or settle, records that an import or sync found changed differently in two journals.",
            discussion: "Example: recourse conflicts --verbose",
            subcommands: [List.self, Resolve.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List the open conflicts (the default).",
                discussion: """
                    Both versions are kept; each line says which one the journal shows. --verbose prints both in full.

                    Example: recourse conflicts list --all
                    """)

            @OptionGroup var global: GlobalOptions

            @Flag(help: "Also list conflicts already resolved.")
            var all = false

            @Flag(help: "Print both versions of each record.")
            var verbose = false

            func run() throws {
                let session = try Session(global, .reading)
                let conflicts = try session.openJournal().conflicts(includeResolved: all)
                try session.output(conflicts) {
                    guard !conflicts.isEmpty else { return Message.conflictsNone.text() }
                    return conflicts.map { conflict in
                        var lines = [ConflictText.line(conflict, time: session.time)]
                        if verbose {
                            lines.append(Message.conflictVersionLocal.text(conflict.localLine))
                            lines.append(Message.conflictVersionIncoming.text(conflict.incomingLine))
                        }
                        return lines.joined(separator: "\n")
                    }.joined(separator: "\n")
                }
            }
        }

        struct Resolve: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "resolve",
                abstract: "Settle a conflict: keep this journal's version or the imported one.",
                discussion: """
                    Keeping the version not shown writes it over the record as a new change; the other version stays \
                    in the history and in 'conflicts list --all'.

                    Example: recourse conflicts resolve 1 --keep imported
                    """)

            /// Which version to keep, in the user's words.
            enum Keep: String, CaseIterable, ExpressibleByArgument {
                case local, imported
                var shown: InterchangeConflict.Shown { self == .local ? .local : .incoming }
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: "The conflict number (see 'recourse conflicts').")
            var conflictID: Int64

            @Option(help: ArgumentHelp("local (this journal's version) or imported.", valueName: "version"))
            var keep: Keep

            @Option(help: ArgumentHelp("When it was decided (default: now).", valueName: "when"))
            var at: String?

            func run() throws {
                let session = try Session(global, .recording)
                let resolved = try session.openJournal().resolveConflict(conflictID, keep: keep.shown, now: try session.moment(at))
                try session.output(resolved) {
                    Message.conflictResolved.text(resolved.id, RecordWords.name(resolved.recordType), resolved.recordID,
                                                  resolved.shown == .local ? Message.conflictShownLocal.text() : Message.conflictShownIncoming.text())
                }
            }
        }
    }
}

/// One conflict as a line of text.
enum ConflictText {
    static func line(_ conflict: InterchangeConflict, time: TimeFormat) -> String {
        let line = Message.conflictLine.text(conflict.id, RecordWords.name(conflict.recordType), conflict.recordID,
                                             conflict.differingFields.map(FieldWords.name).joined(separator: ", "), conflict.source,
                                             time.short(conflict.foundAt),
                                             conflict.shown == .local ? Message.conflictShownLocal.text() : Message.conflictShownIncoming.text())
        guard let resolved = conflict.resolvedAt else { return line }
        return line + " " + Message.conflictResolvedOn.text(time.short(resolved))
    }
}
