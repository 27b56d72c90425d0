import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse conflicts`: records an import or a sync found changed differently on both sides.
    struct Conflicts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conflicts",
            abstract: Message.helpConflictsAbstract.literal,
            discussion: Message.helpConflictsDiscussion.literal)

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
}

/// One conflict as a line of text.
enum ConflictText {
    static func line(_ conflict: InterchangeConflict, time: TimeFormat) -> String {
        Message.conflictLine.text(conflict.id, RecordWords.name(conflict.recordType), conflict.recordID,
                                  conflict.differingFields.map(FieldWords.name).joined(separator: ", "), conflict.source, time.short(conflict.foundAt),
                                  conflict.shown == .local ? Message.conflictShownLocal.text() : Message.conflictShownIncoming.text())
    }
}
