import ArgumentParser
import Foundation
import Journal

extension Recourse {
    /// `recourse cases`: one line per case, newest activity first.
    struct Cases: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List open cases, newest activity first.",
                                                        discussion: "Example: recourse cases --all")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Include closed cases.")
        var all = false

        func run() throws {
            let session = try Session(global, .reading)
            let cases = try session.openJournal().caseOverviews(includeClosed: all)
            try session.output(["cases": cases.map(CaseOverviewJSON.init)]) {
                CasesView(cases: cases, includeClosed: all, time: TimeFormat(zone: session.zone, now: session.now)).render()
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
