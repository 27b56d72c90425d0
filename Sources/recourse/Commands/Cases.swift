import Desk
import ArgumentParser
import Lexicon
import Foundation
import Journal

extension Recourse {
    /// `recourse cases`: one line per case, newest activity first.
    struct Cases: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cases", _superCommandName: DirectParse.superCommand, abstract: Message.helpCasesAbstract.literal,
                                                        discussion: Message.helpCasesDiscussion.literal, version: Recourse.version)

        @OptionGroup var global: GlobalOptions

        @Flag(help: ArgumentHelp(Message.helpCasesAll.text(CasesView.screenful)))
        var all = false

        func run() throws {
            let session = try Session(global, .reading)
            // Text shows a screenful (and counts the rest), so only that many are read in full;
            // JSON and --all carry every case.
            let first = all || global.json ? nil : CasesView.screenful
            let (cases, total) = try session.openJournal().caseOverviews(includeClosed: all, first: first, asOf: session.snapshot)
            try session.output(["cases": cases.map(CaseOverviewJSON.init)]) {
                CasesView(cases: cases, total: total, includeClosed: all, time: TimeFormat(zone: session.zone, now: session.now)).render()
            }
        }
    }
}

/// One element of `cases --json`.
struct CaseOverviewJSON: Encodable {
    let `case`: CaseFile
    let organizationName: String
    let contactCount: Int
    let pendingPromises: Int
    let nextDueAt: Date?
    let lastActivityAt: Date

    init(_ overview: CaseOverview) {
        self.case = overview.caseFile
        organizationName = overview.organizationName
        contactCount = overview.contactCount
        pendingPromises = overview.pendingPromises
        nextDueAt = overview.nextDueAt
        lastActivityAt = overview.lastActivityAt
    }
}
