import ArgumentParser
import Journal
import Lexicon

extension Recourse {
    /// `recourse org add|list`.
    struct OrgCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "org", abstract: Message.helpOrgCommandAbstract.literal,
            discussion: Message.helpOrgCommandDiscussion.literal,
            subcommands: [Add.self, Edit.self, List.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: Message.helpOrgCommandAddAbstract.literal,
                discussion: Message.helpOrgCommandAddDiscussion.literal)

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(Message.helpOrgCommandAddName.literal))
            var name: String

            @Option(help: ArgumentHelp(Message.helpOrgCommandAddAlias.literal, valueName: "name"))
            var alias: [String] = []

            @Option(help: ArgumentHelp(Message.helpOrgCommandAddOfficial.literal, valueName: "kind:address"))
            var official: [String] = []

            @Option(help: ArgumentHelp(Message.helpOrgKind.literal, valueName: "kind"))
            var kind: String?

            @Option(help: ArgumentHelp(Message.helpOrgCommandAddJurisdiction.literal, valueName: "code"))
            var jurisdiction: String?

            @Option(help: ArgumentHelp(Message.helpChangeAt.literal, valueName: "when"))
            var at: String?

            func validate() throws { _ = try kind.map(ChoiceParsing.organizationKind) }

            func run() throws {
                let session = try Session(global, .recording)
                var draft = OrganizationDraft(name: name, aliases: alias, officialChannels: official,
                                              kind: try kind.map(ChoiceParsing.organizationKind), jurisdiction: jurisdiction)
                // Without --jurisdiction, a new firm gets the answer `log` gives it: the user's region (setting, else time zone).
                draft.jurisdictionIfNew = session.inferOrganization(named: name).jurisdiction
                let change = try session.openJournal().addOrganization(draft, now: try session.moment(at))
                let org = change.organization
                try session.output(OrganizationChangeJSON(change)) {
                    var lines = [(change.created ? Message.orgAdded : Message.orgExisting).text(org.id!, org.name)]
                    if !change.addedAliases.isEmpty { lines.append(Message.orgAliases.text(change.addedAliases.joined(separator: ", "))) }
                    for channel in change.addedChannels { lines.append(Message.orgOfficial.text(channel.kind.words, channel.shown(region: org.jurisdiction))) }
                    if !change.created && change.addedAliases.isEmpty && change.addedChannels.isEmpty { lines.append(Message.orgNothingNew.text()) }
                    return lines.joined(separator: "\n")
                }
            }
        }

        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "edit",
                abstract: Message.helpOrgCommandEditAbstract.literal,
                discussion: Message.helpOrgCommandEditDiscussion.literal)

            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(Message.helpOrgCommandEditOrganizationID.literal)) var organizationID: Int64
            @Option(help: ArgumentHelp(Message.helpOrgCommandEditName.literal)) var name: String?
            @Option(help: ArgumentHelp(Message.helpOrgKind.literal, valueName: "kind"))
            var kind: String?
            @Option(help: ArgumentHelp(Message.helpOrgCommandEditJurisdiction.literal, valueName: "code")) var jurisdiction: String?
            @Option(help: ArgumentHelp(Message.helpOrgCommandEditAddress.literal)) var address: String?
            @Option(help: ArgumentHelp(Message.helpOrgSector.literal, valueName: "group")) var sector: String?
            @Option(help: ArgumentHelp(Message.helpChangeAt.literal, valueName: "when")) var at: String?

            func validate() throws {
                _ = try kind.map(ChoiceParsing.organizationKind)
                _ = try sector.map(ChoiceParsing.bankSector)
                if let jurisdiction, jurisdiction.range(of: #"^[A-Za-z]{2,3}(-[A-Za-z]{2,3})?$"#, options: .regularExpression) == nil {
                    throw ValidationError(Message.badJurisdiction.text(jurisdiction))
                }
            }

            func run() throws {
                let session = try Session(global, .recording)
                let edit = OrganizationEdit(name: name, kind: try kind.map(ChoiceParsing.organizationKind), jurisdiction: jurisdiction,
                                            address: address, sector: try sector.map(ChoiceParsing.bankSector))
                let organization = try session.openJournal().editOrganization(organizationID, edit, now: try session.moment(at))
                try session.output(["organization": organization]) {
                    Message.orgEdited.text(organizationID, organization.name, organization.kind.words,
                                           organization.jurisdiction ?? Message.jurisdictionUnknown.text())
                        + (organization.sector.map { Message.orgEditedSector.text($0.words) } ?? "")
                        + (address.map { Message.orgEditedAddress.text($0) } ?? "")
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpOrgCommandListAbstract.literal,
                                                            discussion: Message.helpOrgCommandListDiscussion.literal)
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let session = try Session(global, .reading)
                let entries = try session.openJournal().organizations()
                try session.output(["organizations": entries.map(OrganizationJSON.init)]) {
                    guard !entries.isEmpty else { return Message.noOrganizations.text() }
                    var table = TextTable([.init(title: Message.colId.text(), rightAligned: true), .init(title: Message.colName.text(), maxWidth: 30, flexible: true),
                                           .init(title: Message.colAliases.text(), maxWidth: 30, flexible: true), .init(title: Message.colOpenCases.text(), rightAligned: true),
                                           .init(title: Message.colOfficialChannels.text(), flexible: true)])
                    for entry in entries {
                        table.add(["#\(entry.organization.id!)", entry.organization.name, entry.aliases.joined(separator: ", "),
                                   "\(entry.openCases)", entry.officialChannels.map { Message.channelAddress.text($0.kind.words, $0.shown(region: entry.organization.jurisdiction)) }
                                       .joined(separator: Message.listSeparator.text())])
                    }
                    return table.render()
                }
            }
        }
    }
}

struct OrganizationJSON: Encodable {
    let organization: Organization
    let aliases: [String]
    let officialChannels: [OfficialChannel]
    let openCases: Int

    init(_ entry: OrganizationEntry) {
        organization = entry.organization
        aliases = entry.aliases
        officialChannels = entry.officialChannels
        openCases = entry.openCases
    }
}

struct OrganizationChangeJSON: Encodable {
    let organization: Organization
    let created: Bool
    let addedAliases: [String]
    let addedChannels: [OfficialChannel]

    init(_ change: OrganizationChange) {
        organization = change.organization
        created = change.created
        addedAliases = change.addedAliases
        addedChannels = change.addedChannels
    }
}
