import Desk
import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse conflicts`: records an import or a sync found changed differently in two journals.
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: Message.helpConflictsAbstract.literal,
            discussion: Message.helpConflictsDiscussion.literal,
            subcommands: [List.self, Resolve.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: Message.helpConflictsListAbstract.literal,
                discussion: Message.helpConflictsListDiscussion.literal)

            @OptionGroup var global: GlobalOptions

            @Flag(help: ArgumentHelp(Message.helpConflictsAll.literal))
            var all = false

            @Flag(help: ArgumentHelp(Message.helpConflictsVerbose.literal))
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
                abstract: Message.helpConflictsResolveAbstract.literal,
                discussion: Message.helpConflictsResolveDiscussion.literal)

            /// Which version to keep, in the user's words.
            enum Keep: String, CaseIterable, ExpressibleByArgument {
                case local, imported
                var shown: InterchangeConflict.Shown { self == .local ? .local : .incoming }
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(Message.helpConflictsResolveConflictID.literal))
            var conflictID: Int64

            @Option(help: ArgumentHelp(Message.helpConflictsResolveKeep.literal, valueName: "version"))
            var keep: Keep

            @Option(help: ArgumentHelp(Message.helpConflictsResolveAt.literal, valueName: "when"))
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
