import ArgumentParser
import Escalation
import Foundation
import Journal
import Reminders
import Lexicon

extension Recourse {
    /// `recourse escalate CASE --to BODY`: I sent a formal complaint or a submission; start its clocks.
    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "escalate",
            abstract: Message.helpEscalateAbstract.literal,
            discussion: Message.helpEscalateDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpCaseNumber.literal), completion: ValueCompletion.openCases)
        var caseID: Int64

        @Option(help: ArgumentHelp(Message.helpEscalateTo.literal, valueName: "body"), completion: ValueCompletion.bodies)
        var to: String?

        @Option(help: ArgumentHelp(Message.helpEscalateAt.literal, valueName: "when"))
        var at: String?

        @Option(name: .customLong("ref"), help: ArgumentHelp(Message.helpEscalateReference.literal, valueName: "ref"))
        var reference: String?

        @Option(help: ArgumentHelp(Message.helpEscalateNote.literal))
        var note: String?

        @Flag(help: ArgumentHelp(Message.helpNoInput.literal))
        var noInput = false

        func run() throws {
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            let clocks = try session.escalationClocks(store)
            let prompter = !noInput && Console.isInteractive ? Prompter() : nil
            // Refuse an unknown case before asking anything about it.
            if prompter != nil, try store.organization(ofCase: caseID) == nil { throw JournalError.caseNotFound(caseID) }
            // On a terminal, what no flag gave is asked for; each answer is checked as it is given.
            let body: BodyProfile
            if let to {
                body = try session.body(to, in: clocks.bodies)
            } else if let prompter {
                // Only the bodies that could take this case (the firm itself, then its region's
                // bodies for its kind); an answer may be an id, a name or a hotline ("12315").
                let organization = try store.organization(ofCase: caseID)
                let offered = clocks.bodies.bodies.filter { $0.type == .company }
                    + (organization.map(clocks.nextBodies) ?? clocks.bodies.bodies.filter { $0.type != .company })
                prompter.show(offered.map { "  \($0.id)  \(Words.chinese ? $0.names.zh : $0.names.en)" })
                body = try prompter.ask(Message.promptBody.text(), required: Message.promptAnswerRequired.text()) { answer in
                    let typed = answer.trimmingCharacters(in: .whitespaces)
                    if let match = offered.first(where: { $0.names.zh == typed || $0.names.en.lowercased() == typed.lowercased()
                                                          || $0.channels.contains { $0.address == typed } }) { return match }
                    return try session.body(typed, in: clocks.bodies)
                }!
            } else {
                throw CLIError.usage(Message.errEscalateNeedsBody.text())
            }
            let when = try at.map { try session.moment($0) }
                ?? prompter?.ask(Message.promptSentAt.text(), hint: Message.promptEnterIsNow.text()) { try session.moment($0) } ?? session.now
            let reference = try reference ?? prompter?.askName(Message.promptComplaintReference.text(), field: "reference number")
            let note = try note ?? prompter?.askText(Message.promptNote.text(), field: "note")
            if let prompter {
                prompter.show([Message.promptRecordTitle.text(), "  #\(caseID) → \(body.id) · \(session.time.short(when))"]
                              + [reference, note].compactMap { $0.map { "  " + $0 } })
                try prompter.confirmSave()
            }
            let submission = try store.recordSubmission(caseID: caseID, body: body.id, at: when, reference: reference, note: note, now: session.now)
            let started = try clocks.clocks(asOf: session.now).filter { $0.caseID == caseID }
            let time = session.time
            try session.output(EscalateJSON(submission: submission, clocks: started)) {
                let sent = time.short(submission.submittedAt)
                let line = body.id == "company" ? Message.recordedFormalComplaint.text(submission.id!, caseID, sent)
                    : (body.type == .company ? Message.recordedComplaintUnder : Message.recordedSubmission).text(submission.id!, body.name, caseID, sent)
                return ([line]
                    + started.map { "  " + ClockText.line($0, time: time) }).joined(separator: "\n")
            }
        }
    }

    /// `recourse escalation respond|close N`.
    struct EscalationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "escalation", abstract: Message.helpEscalationCommandAbstract.literal,
            discussion: Message.helpEscalationCommandDiscussion.literal,
            subcommands: [Respond.self, Close.self])

        struct Respond: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "respond", abstract: Message.helpEscalationCommandRespondAbstract.literal,
                                                            discussion: Message.helpEscalationCommandDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpSubmissionNumber.literal)) var submissionID: Int64
            @Option(help: ArgumentHelp(Message.helpEscalationCommandRespondAt.literal, valueName: "when")) var at: String?
            @Option(help: ArgumentHelp(Message.helpEscalationCommandRespondNote.literal)) var note: String?

            func run() throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
                let submission = try session.openJournal().recordResponse(submissionID, at: when, note: note, now: session.now)
                try session.output(["submission": submission]) { Message.submissionAnsweredDone.text(submission.id!, session.time.short(when)) }
            }
        }

        struct Close: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "close", abstract: Message.helpEscalationCommandCloseAbstract.literal,
                                                            discussion: Message.helpEscalationCommandCloseDiscussion.literal)
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpSubmissionNumber.literal)) var submissionID: Int64
            @Option(help: ArgumentHelp(Message.helpHowItEnded.literal)) var outcome: String

            func run() throws {
                let session = try Session(global, .recording)
                let submission = try session.openJournal().closeSubmission(submissionID, outcome: outcome, now: session.now)
                try session.output(["submission": submission]) { Message.submissionClosedDone.text(submission.id!, outcome) }
            }
        }
    }
}

struct EscalateJSON: Encodable {
    let submission: Submission
    let clocks: [EscalationClock]
}

/// One clock in words, with unconfirmed rules flagged.
enum ClockText {
    static func line(_ clock: EscalationClock, time: TimeFormat) -> String {
        let opens = clock.opensAt.map { ($0 <= time.now ? Message.clockOpenSince : Message.clockOpens).text(time.short($0)) }
        let closes = clock.closesAt.map { date in
            switch clock.kind {
            case .answerDue: (date < time.now ? Message.clockPassedUnanswered : Message.clockDue).text(time.short(date))
            case .window: (date < time.now ? Message.clockClosed : Message.clockCloses).text(time.short(date))
            }
        }
        let unconfirmed = clock.confidence == "confirmed" ? "" : Message.clockUnconfirmed.text()
        return Message.clockLine.text(clock.step, [opens, closes].compactMap { $0 }.joined(separator: ", "), clock.source, unconfirmed)
    }
}
