import ArgumentParser
import Escalation
import Foundation
import Journal
import Lexicon

extension Recourse.Draft {
    /// `recourse draft police CASE`: the report for the police, drafted from a fraud case.
    struct Police: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "police", abstract: Message.helpDraftPoliceAbstract.literal,
                                                        discussion: Message.helpDraftPoliceDiscussion.literal)
        @OptionGroup var options: Options

        func run() throws { try Recourse.Draft.emitFraudDraft(.police, options: options, title: Message.draftPolice.text()) }
    }

    /// `recourse draft bank CASE`: the request to the user's own bank (stop-payment, APP claim,
    /// Regulation E notice, PSD2 refund, by region).
    struct Bank: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bank", abstract: Message.helpDraftBankAbstract.literal,
                                                        discussion: Message.helpDraftBankDiscussion.literal)
        @OptionGroup var options: Options

        func run() throws { try Recourse.Draft.emitFraudDraft(.bank, options: options, title: Message.draftBank.text()) }
    }

    /// What both share: the document from the case, then, for the user alone (stderr), where
    /// else a victim in that region goes.
    static func emitFraudDraft(_ document: FraudDraft.Document, options: Options, title: String) throws {
        let session = try Session(options.global, .reading)
        let store = try session.openJournal()
        let calendars = try session.calendarLibrary()
        let draft = try FraudDraft.make(document, store: store, caseID: options.caseID, bodies: try session.bodyLibrary(calendars: calendars),
                                        calendars: calendars, profile: try UserProfile.load(path: session.configFolder + "/profile"),
                                        words: try options.words(session, store: store))
        if !options.global.json { draft.nextSteps.forEach(Console.error) }
        try options.emit(draft, title: title, session: session)
    }
}
