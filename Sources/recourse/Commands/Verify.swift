import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse verify`: is the journal exactly what Recourse wrote?
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no record or history event was changed, added or removed outside Recourse.",
            discussion: """
                Exits 0 when intact, 1 when something was tampered with. Prints the chain head: quote it to fix the journal's state in time.

                Example: recourse verify --json
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let session = try Session(global, .reading)
            let report = try session.openJournal().verify()
            try session.output(VerifyJSON(report)) {
                var lines = [report.isIntact
                    ? Message.verifyIntact.text(report.eventsChecked, report.recordsChecked)
                    : Message.verifyTampered.text(report.problems.count, report.eventsChecked, report.recordsChecked)]
                lines += report.problems.map { "  " + $0.description }
                lines.append(Message.chainHead.text(report.head))
                return lines.joined(separator: "\n")
            }
            if !report.isIntact { throw ExitCode(ExitStatus.attention.rawValue) }
        }
    }
}

struct VerifyJSON: Encodable {
    let intact: Bool
    let eventsChecked: Int
    let recordsChecked: Int
    let head: String
    let problems: [String]

    init(_ report: VerificationReport) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        recordsChecked = report.recordsChecked
        head = report.head
        problems = report.problems.map(\.description)
    }
}
