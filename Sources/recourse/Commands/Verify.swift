import ArgumentParser
import Foundation
import Journal

extension Recourse {
    /// `recourse verify`: is the journal exactly what Recourse wrote?
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no record, history event, trigger or evidence file was changed, added or removed outside Recourse.",
            discussion: """
                Exits 0 when intact, 1 when something was tampered with. Prints the chain head: quote it to fix the \
                journal's state in time, and check a quoted one later with --head. See docs/fingerprints.md.
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Also re-hash every evidence file (slower).")
        var deep = false

        @Option(name: .customLong("head"), help: ArgumentHelp("A chain head quoted earlier (in a draft or letter): is it still in this journal's history?", valueName: "HASH"))
        var quotedHead: String?

        func validate() throws {
            if let quotedHead, quotedHead.count != 64 || !quotedHead.allSatisfy(\.isHexDigit) {
                // zh: --head 需要 64 位十六进制的链头（草稿里印的那一串）
                throw ValidationError("--head '\(quotedHead)' is not a chain head: give the 64 hexadecimal digits a draft printed")
            }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let report = try store.verify(deep: deep)
            let head = try quotedHead.map { $0.lowercased() }.map { hash in (hash, try store.position(ofHead: hash)) }
            try session.output(VerifyJSON(report, quoted: head)) {
                var lines = [report.isIntact
                    ? "Intact: \(report.eventsChecked) history events and \(report.recordsChecked) records check out."
                    : "TAMPERED: \(report.problems.count) problem(s) found in \(report.eventsChecked) events and \(report.recordsChecked) records."]
                lines += report.problems.map { "  " + $0.description }
                lines.append("Chain head: \(report.head)")
                if let (hash, position) = head { lines.append(Self.describe(hash, position)) }
                return lines.joined(separator: "\n")
            }
            if !report.isIntact || (head != nil && head?.1 == nil) { throw ExitCode(ExitStatus.attention.rawValue) }
        }

        static func describe(_ hash: String, _ position: HeadPosition?) -> String {
            guard let position else {
                // zh: 链头 … 不在本日志的历史中：其后的事件被删除或改写，或它来自另一份日志
                return "Quoted head \(hash) is NOT in this journal's history: events after it were removed or rewritten, or it comes from another journal."
            }
            // zh: 链头 … 仍在本日志的历史中（事件 #N），其后又记录了 M 条事件
            return "Quoted head \(hash) is still in this journal's history (event #\(position.eventID)); \(position.eventsAfter) event(s) were recorded after it."
        }
    }
}

struct VerifyJSON: Encodable {
    struct QuotedHead: Encodable {
        let hash: String
        let found: Bool
        let eventId: Int64?
        let eventsAfter: Int?
    }

    let intact: Bool
    let eventsChecked: Int
    let recordsChecked: Int
    let head: String
    let problems: [String]
    let quotedHead: QuotedHead?

    init(_ report: VerificationReport, quoted: (String, HeadPosition?)?) {
        intact = report.isIntact
        eventsChecked = report.eventsChecked
        recordsChecked = report.recordsChecked
        head = report.head
        problems = report.problems.map(\.description)
        quotedHead = quoted.map { QuotedHead(hash: $0.0, found: $0.1 != nil, eventId: $0.1?.eventID, eventsAfter: $0.1?.eventsAfter) }
    }
}
