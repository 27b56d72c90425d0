import Desk
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

        @Option(help: ArgumentHelp(Message.helpEscalateReplyBy.literal, valueName: "date"))
        var replyBy: String?

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
                // Only the bodies on this case's route (the same answer agenda and the drafts give, from
                // `Router`); an answer may also be any other body's id, a name or a hotline ("12315").
                let timeline = try store.timeline(ofCase: caseID)
                let route = clocks.router.route(Router.Case(organization: timeline.organization, category: timeline.caseFile.category,
                                                            complaint: nil, zone: session.zone, subject: timeline.caseFile.title))
                let routed = ["company"] + [route.firmRule?.body].compactMap { $0 }.filter { $0.type == .company }.map(\.id)
                    + route.steps.map(\.body.id)
                var listed = Set<String>()
                let offered = routed.filter { listed.insert($0).inserted }.compactMap { clocks.bodies.body($0) }
                prompter.show(offered.map { "  \($0.id)  \(Words.chinese ? $0.names.zh : $0.names.en)" })
                body = try prompter.ask(Message.promptBody.text(), required: Message.promptAnswerRequired.text()) { answer in
                    let typed = answer.trimmingCharacters(in: .whitespaces)
                    if let match = clocks.bodies.bodies.first(where: { $0.names.zh == typed || $0.names.en.lowercased() == typed.lowercased()
                                                                      || $0.channels.contains { $0.address == typed } }) { return match }
                    return try session.body(typed, in: clocks.bodies)
                }!
            } else {
                throw CLIError.usage(Message.errEscalateNeedsBody.text())
            }
            let when = try at.map { try session.moment($0) }
                ?? prompter?.ask(Message.promptSentAt.text(), hint: Message.promptEnterIsNow.text()) { try session.moment($0) } ?? session.now
            if replyBy != nil, body.id != "company" { throw CLIError.usage(Message.errReplyByCompanyOnly.text(body.id, "--to company")) }
            let tooEarly = { (text: String) in Message.errReplyByNotAfterSent.text(text, session.time.short(when)) }
            var replyDay = try replyBy.map { try session.replyBy($0, after: when, tooEarly: tooEarly) }
            let reference = try reference ?? prompter?.askName(Message.promptComplaintReference.text(), field: "reference number")
            let note = try note ?? prompter?.askText(Message.promptNote.text(), field: "note")
            // Where no rule gives the firm a deadline (the route says so), the user's own date is asked for.
            if let prompter, replyDay == nil, body.id == "company" {
                let timeline = try store.timeline(ofCase: caseID)
                let route = clocks.router.route(Router.Case(organization: timeline.organization, category: timeline.caseFile.category,
                                                            complaint: nil, zone: session.zone, subject: timeline.caseFile.title))
                if route.firmRule == nil, !route.isFraud {
                    replyDay = try prompter.ask(Message.promptReplyBy.text(), hint: Message.promptEnterSkips.text()) {
                        try session.replyBy($0, after: when, tooEarly: tooEarly)
                    }
                }
            }
            if let prompter {
                prompter.show([Message.promptRecordTitle.text(), "  #\(caseID) → \(body.id) · \(session.time.short(when))"]
                              + [reference, note, replyDay.map { Message.promptReplyBy.text() + ": " + $0.description }].compactMap { $0.map { "  " + $0 } })
                try prompter.confirmSave()
            }
            let submission = try store.recordSubmission(caseID: caseID, body: body.id, at: when, reference: reference, note: note,
                                                        replyDueAt: replyDay?.at(TimeOfDay(hour: 12, minute: 0)!, in: session.zone), now: session.now)
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
            @Flag(help: ArgumentHelp(Message.helpRespondHolding.literal)) var holding = false
            @Flag(name: .customLong("final"), help: ArgumentHelp(Message.helpRespondFinal.literal)) var finalResponse = false
            @Flag(help: ArgumentHelp(Message.helpRespondDeadlock.literal)) var deadlock = false

            func validate() throws {
                if [holding, finalResponse, deadlock].filter({ $0 }).count > 1 { throw ValidationError(Message.respondOneKind.text()) }
            }

            func run() throws {
                let session = try Session(global, .recording)
                let when = try session.moment(at)
                let store = try session.openJournal()
                let kind: JournalStore.ResponseKind = holding ? .holding : deadlock ? .deadlock : .final
                if kind == .holding, let existing = try store.submission(submissionID) {
                    // A holding reply is the firm's, to a complaint: a regulator does not send one.
                    let bodies = try session.bodyLibrary(calendars: try session.calendarLibrary())
                    if let body = bodies.body(existing.body), body.type != .company {
                        throw CLIError.usage(Message.respondHoldingNotCompany.text(submissionID, body.name))
                    }
                }
                let submission = try store.recordResponse(submissionID, at: when, note: note, kind: kind, now: session.now)
                let done: Message = switch kind {
                case .holding: .submissionHoldingDone
                case .deadlock: .submissionDeadlockDone
                case .final: .submissionAnsweredDone
                }
                try session.output(["submission": submission]) { done.text(submission.id!, session.time.short(when)) }
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

