import ArgumentParser
import Desk
import Escalation
import Journal
import Foundation
import Reminders
import Lexicon

extension Recourse {
    /// `recourse bodies [ID]`: the complaint bodies Recourse knows, their deadlines and sources.
    struct Bodies: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bodies",
            abstract: Message.helpBodiesAbstract.literal,
            discussion: Message.helpBodiesDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpBodiesId.literal))
        var id: String?

        @Flag(help: ArgumentHelp(Message.helpBodiesStale.literal))
        var stale = false

        @Option(name: .customLong("case"), help: ArgumentHelp(Message.helpBodiesCase.literal, valueName: "N"))
        var caseID: Int64?

        func run() throws {
            let session = try Session(global, .reading)
            let calendars = try session.calendarLibrary()
            let library = try session.bodyLibrary(calendars: calendars)
            if let caseID {
                let store = try session.openJournal()
                let timeline = try store.timeline(ofCase: caseID)
                // The route `escalate`, `agenda` and the drafts give: Router's one answer for this case.
                let route = try FirmDeadline.make(store: store, timeline: timeline, bodies: library, calendars: calendars, zone: session.zone).route
                let view = CaseRouteView(caseID: caseID, organization: timeline.organization, route: route)
                try session.output(view) { view.text(time: session.time) }
                return
            }
            if stale {
                let facts = StaleFacts(library: library, asOf: session.now, zone: session.zone)
                try session.output(facts) {
                    guard !facts.items.isEmpty else { return Message.bodiesStaleNone.text(facts.since) }
                    return ([Message.bodiesStaleHeader.text(facts.since)] + facts.items.map {
                        Message.bodiesStaleLine.text($0.body, $0.fact, $0.lastChecked ?? Message.bodiesNeverChecked.text())
                    }).joined(separator: "\n")
                }
                return
            }
            if let id {
                let body = try session.body(id, in: library)
                try session.output(body) { BodyView.detail(body) }
                return
            }
            try session.output(["bodies": library.bodies]) {
                var table = TextTable([.init(title: Message.colId.text()), .init(title: Message.colType.text()), .init(title: Message.colWhere.text()), .init(title: Message.colName.text(), maxWidth: 44, flexible: true),
                                       // The number to call is never cut; names and rules shorten first.
                                       .init(title: Message.colHotline.text()),
                                       .init(title: Message.colFirmDeadline.text(), maxWidth: 48, flexible: true), .init(title: Message.colThatRule.text(), flexible: true)])
                for body in library.bodies {
                    let hotlines = body.channels.filter { $0.kind == "phone" }.map(body.shown)
                    table.add([body.id, body.type.words, BodyView.where(body), body.name, hotlines.isEmpty ? "—" : hotlines.joined(separator: ", "),
                               body.firmDeadline.map(BodyView.deadline) ?? "—", BodyView.confidence(body)])
                }
                return table.render()
            }
        }
    }
}

/// The bodies one case can go to, in order, from when (`bodies --case N`).
struct CaseRouteView: Encodable {
    let caseID: Int64
    let organization: Organization
    let route: Router.Route

    struct Step: Encodable {
        let body: String
        let name: String
        let opensAt: Date?
        let channels: [String]
    }

    enum CodingKeys: String, CodingKey { case caseID = "case", organization, sector, steps }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(caseID, forKey: .caseID)
        try container.encode(organization.name, forKey: .organization)
        try container.encode(Router.sector(organization), forKey: .sector)
        try container.encode(route.steps.map { Step(body: $0.body.id, name: $0.body.name, opensAt: $0.opensAt,
                                                    channels: $0.body.channels.map(\.address)) }, forKey: .steps)
    }

    func text(time: TimeFormat) -> String {
        let group = route.steps.contains { $0.body.sectors != nil } ? SectorWords.name(Router.sector(organization), .current) : nil
        var lines = [Message.bodiesRouteHeader.text(caseID, organization.name, organization.kind.words,
                                                    organization.jurisdiction ?? Message.jurisdictionUnknown.text())
                     + (group.map { Message.orgEditedSector.text($0) } ?? "")]
        guard !route.steps.isEmpty else { return (lines + ["  " + Message.bodiesRouteNone.text()]).joined(separator: "\n") }
        for step in route.steps {
            let when = step.opensAt.map { ($0 <= time.now ? Message.clockOpenSince : Message.clockOpens).text(time.short($0)) }
                ?? Message.bodiesRouteAfterComplaint.text(caseID)
            lines.append("  " + Style.bold.apply("\(step.body.id) · \(step.body.name)") + Message.labelColon.text() + when)
            for channel in step.body.channels {
                lines.append("      " + Message.channelAddress.text(Channel(rawValue: channel.kind)?.words ?? channel.kind, channel.address))
            }
        }
        if route.steps.contains(where: { $0.body.sectors != nil }), Router.sector(organization) == Router.unknownSector {
            lines.append(Sentence.alone(Message.checkSectorUnknown.text(organization.id ?? caseID)))
        }
        return lines.joined(separator: "\n")
    }
}

/// Body profiles in words.
enum BodyView {
    static func deadline(_ deadline: BodyProfile.Deadline) -> String {
        var text = Message.bodyPeriodFrom.text(BodyText.period(deadline.amount, deadline.unit), BodyText.trigger(deadline.trigger))
        for variant in deadline.variants ?? [] { text += Message.bodyVariant.text(variant.when.text, BodyText.period(variant.amount, variant.unit)) }
        if let longest = deadline.extensions?.last {
            text += Message.bodyExtension.text(BodyText.period(longest.amount, longest.unit), longest.condition?.text ?? Message.bodyExtensionDefault.text())
        }
        return text
    }

    /// How sure the firm's deadline is: its own rule's confidence, not the whole profile's.
    static func confidence(_ body: BodyProfile) -> String {
        guard let deadline = body.firmDeadline else { return "—" }
        let rules = [deadline.rule] + (deadline.variants ?? []).map(\.rule)
        return rules.compactMap { $0 }.allSatisfy(\.isConfirmed) && !(deadline.rule == nil && body.hasUnconfirmedFacts)
            ? Message.ruleConfirmed.text() : Message.ruleUnconfirmed.text()
    }

    /// Where the body acts; `ANY` (the company's own complaint step) in words.
    static func `where`(_ body: BodyProfile) -> String {
        body.jurisdiction == "ANY" ? Message.jurisdictionAny.text() : body.jurisdiction
    }

    static func rule(_ citation: BodyProfile.Citation?) -> String {
        citation.map { Message.bodyRule.text($0.in(.current)) + ($0.isConfirmed ? "" : Message.bodyRuleUnconfirmed.text()) } ?? ""
    }

    static func detail(_ body: BodyProfile) -> String {
        var lines = [Style.bold.apply("\(body.id) · \(body.name)"), Message.bodyKindWhere.text(body.type.words, Self.where(body))]
        for channel in body.channels {
            let kind = Channel(rawValue: channel.kind)?.words ?? channel.kind
            let hours = channel.hours.map(\.text).flatMap { $0.isEmpty ? nil : Message.bodyRule.text($0) } ?? ""
            lines.append(Message.bodyChannel.text(kind, body.shown(channel), hours))
        }
        if let sectors = body.sectors {
            lines.append(Message.bodySectors.text(sectors.map { SectorWords.name($0, .current) }.joined(separator: ", ")))
        }
        for precondition in body.preconditions {
            lines.append(Message.bodyBefore.text((precondition.required ? Message.bodyRequired : Message.bodyEncouraged).text(),
                                                 precondition.note?.text ?? precondition.kind))
        }
        if let deadline = body.firmDeadline { lines.append(Message.bodyFirmWithin.text(Self.deadline(deadline)) + rule(deadline.rule)) }
        for variant in body.firmDeadline?.variants ?? [] where variant.rule != nil { lines.append(Message.bodyVariantRule.text(variant.when.text, rule(variant.rule))) }
        for item in body.regulatorDeadlines ?? [] {
            lines.append(Message.bodyItself.text(item.words, BodyText.period(item.amount, item.unit), BodyText.trigger(item.trigger)) + rule(item.rule))
        }
        if let window = body.consumerWindow {
            lines.append(Message.bodyConsumerWindow.text(BodyText.period(window.amount, window.unit), BodyText.trigger(window.trigger),
                                                         window.longStop.map { Message.bodyLongStop.text($0.text) } ?? ""))
        }
        lines.append(Message.bodyCalendar.text(body.dayCount.calendar))
        lines.append(Message.bodyFields.text())
        for field in body.fields {
            lines.append(Message.bodyField.text(field.label(in: .current),
                                                (field.required ? Message.bodyFieldRequired.text() : "") + (field.sensitive ? Message.bodyFieldMasked.text() : "")))
        }
        lines.append(Message.bodySources.text())
        for source in body.sources {
            let mark = (source.confidence == .confirmed ? Message.bodySourceConfirmed : Message.bodySourceUnconfirmed).text()
            let article = source.article.text.isEmpty ? "" : Message.bodySourceArticle.text(source.article.text)
            lines.append(Message.bodySource.text(source.title.text, article, mark, source.url.isEmpty ? "" : " \(source.url)")
                         + (source.lastChecked.map { Message.bodySourceChecked.text($0) } ?? ""))
        }
        if let notes = body.notes { lines.append(Message.bodyNote.text(notes.text)) }
        return lines.joined(separator: "\n")
    }
}
