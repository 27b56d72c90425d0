import ArgumentParser
import Escalation
import Foundation
import Reminders

extension Recourse {
    /// `recourse bodies [ID]`: the complaint bodies Recourse knows, their deadlines and sources.
    struct Bodies: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List regulators, ombudsmen and complaint steps, with their deadlines and sources.",
            discussion: "Add or replace profiles with JSON files in $XDG_CONFIG_HOME/recourse/bodies/ (same shape as the built-in ones).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Show one body in full (e.g. cn.nfra, uk.fos).")
        var id: String?

        func run() throws {
            let session = try Session(global, .reading)
            let library = try session.bodyLibrary(calendars: try session.calendarLibrary())
            if let id {
                let body = try session.body(id, in: library)
                try session.output(body) { BodyView.detail(body) }
                return
            }
            try session.output(["bodies": library.bodies]) {
                var table = TextTable([.init(title: "ID"), .init(title: "TYPE"), .init(title: "WHERE"), .init(title: "NAME", maxWidth: 44, flexible: true),
                                       .init(title: "THE FIRM MUST ANSWER WITHIN", maxWidth: 48, flexible: true), .init(title: "THAT RULE", flexible: true)])
                for body in library.bodies {
                    table.add([body.id, body.type.rawValue, body.jurisdiction, body.names.en,
                               body.firmDeadline.map(BodyView.deadline) ?? "—", BodyView.confidence(body)])
                }
                return table.render()
            }
        }
    }
}

/// Body profiles in words.
enum BodyView {
    static func deadline(_ deadline: BodyProfile.Deadline) -> String {
        var text = "\(BodyText.period(deadline.amount, deadline.unit)) from \(deadline.trigger.replacingOccurrences(of: "_", with: " "))"
        for variant in deadline.variants ?? [] { text += "; \(variant.when): \(BodyText.period(variant.amount, variant.unit))" }
        if let longest = deadline.extensions?.last { text += "; up to \(BodyText.period(longest.amount, longest.unit)) (\(longest.condition ?? "extension"))" }
        return text
    }

    /// How sure the firm's deadline is: its own rule's confidence, not the whole profile's.
    static func confidence(_ body: BodyProfile) -> String {
        guard let deadline = body.firmDeadline else { return "—" }
        let rules = [deadline.rule] + (deadline.variants ?? []).map(\.rule)
        return rules.compactMap { $0 }.allSatisfy(\.isConfirmed) && !(deadline.rule == nil && body.hasUnconfirmedFacts) ? "confirmed" : "unconfirmed"
    }

    static func rule(_ citation: BodyProfile.Citation?) -> String {
        citation.map { " (\($0.en); \($0.zh))\($0.isConfirmed ? "" : " [UNCONFIRMED]")" } ?? ""
    }

    static func detail(_ body: BodyProfile) -> String {
        var lines = [Style.bold.apply("\(body.id) · \(body.names.zh) · \(body.names.en)"), "\(body.type.rawValue), \(body.jurisdiction)"]
        for channel in body.channels { lines.append("  \(channel.kind): \(channel.address)" + (channel.hours.map { $0.isEmpty ? "" : " (\($0))" } ?? "")) }
        for precondition in body.preconditions {
            lines.append("Before: \(precondition.required ? "required" : "encouraged"): \(precondition.note ?? precondition.kind)")
        }
        if let deadline = body.firmDeadline { lines.append("The firm must answer within \(Self.deadline(deadline))\(rule(deadline.rule))") }
        for variant in body.firmDeadline?.variants ?? [] where variant.rule != nil { lines.append("  \(variant.when):\(rule(variant.rule))") }
        for item in body.regulatorDeadlines ?? [] {
            lines.append("The body: \(item.what) within \(BodyText.period(item.amount, item.unit)) from \(item.trigger.replacingOccurrences(of: "_", with: " "))\(rule(item.rule))")
        }
        if let window = body.consumerWindow {
            lines.append("You must act within \(BodyText.period(window.amount, window.unit)) of \(window.trigger.replacingOccurrences(of: "_", with: " "))"
                + (window.longStop.map { "; \($0)" } ?? ""))
        }
        lines.append("Days counted with calendar \(body.dayCount.calendar)")
        lines.append("Fields:")
        for field in body.fields {
            lines.append("  \(field.key): \(field.labels.zh) / \(field.labels.en)\(field.required ? " (required)" : "")\(field.sensitive ? " (masked in drafts)" : "")")
        }
        lines.append("Sources:")
        for source in body.sources {
            let mark = source.confidence == .confirmed ? "confirmed" : "UNCONFIRMED: check with the body before relying on this"
            lines.append("  \(source.title)\(source.article.isEmpty ? "" : ", \(source.article)") [\(mark)]\(source.url.isEmpty ? "" : " \(source.url)")")
        }
        if let notes = body.notes { lines.append("Note: \(notes)") }
        return lines.joined(separator: "\n")
    }
}
