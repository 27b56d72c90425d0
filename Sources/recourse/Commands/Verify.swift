import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse verify`: is the journal exactly what Recourse wrote?
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: Message.helpVerifyAbstract.literal,
            discussion: Message.helpVerifyDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Flag(help: ArgumentHelp(Message.helpDeep.literal))
        var deep = false

        @Option(name: .customLong("head"), help: ArgumentHelp(Message.helpVerifyQuotedHead.literal, valueName: "HASH"))
        var quotedHead: String?

        func validate() throws {
            if let quotedHead, quotedHead.count != 64 || !quotedHead.allSatisfy(\.isHexDigit) {
                throw ValidationError(Message.verifyBadHead.text(quotedHead))
            }
        }

        func run() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let report = try store.verify(deep: deep)
            let head = try quotedHead.map { $0.lowercased() }.map { hash in (hash, try store.position(ofHead: hash)) }
            try session.output(VerifyJSON(report, quoted: head)) {
                var lines = [report.isIntact
                    ? Message.verifyIntact.text(report.eventsChecked, report.recordsChecked)
                    : Message.verifyTampered.text(report.problems.count, report.eventsChecked, report.recordsChecked)]
                lines += report.problems.map { "  " + Sentence.alone($0.description) }
                lines.append(Message.chainHead.text(report.head))
                if let (hash, position) = head { lines.append(Self.describe(hash, position)) }
                return lines.joined(separator: "\n")
            }
            if !report.isIntact || (head != nil && head?.1 == nil) { throw ExitCode(ExitStatus.attention.rawValue) }
        }

        static func describe(_ hash: String, _ position: HeadPosition?) -> String {
            guard let position else { return Message.verifyHeadNotFound.text(hash) }
            return Message.verifyHeadFound.text(hash, position.eventID, position.eventsAfter)
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
