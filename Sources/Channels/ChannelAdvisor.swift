import Lexicon

/// Answers, from the registry and the red-flag phrases, whether a number, a site or a text can be
/// trusted: for `recourse check`, and for each contact `log` records.
public struct ChannelAdvisor: Sendable {
    public let registry: ChannelRegistry
    public let redFlags: RedFlags

    public init(registry: ChannelRegistry, redFlags: RedFlags) {
        self.registry = registry
        self.redFlags = redFlags
    }

    // MARK: - recourse check

    /// What `recourse check THING` found, with its exit status.
    public struct CheckResult: Sendable, Encodable {
        public enum Verdict: String, Sendable, Encodable {
            /// A genuine channel, or a text with no red flags: exit 0.
            case genuine, clean
            /// Red flags, or a channel only an unconfirmed source names: exit 1.
            case warning
            /// An address Recourse knows nothing about: exit 2.
            case unknown
        }

        public struct Owner: Sendable, Encodable {
            public let id: String
            public let nameZH: String
            public let nameEN: String
            public let kind: String
            public let confidence: String
            public let source: String
            /// The source's Chinese title, where the data gives one.
            public let sourceZH: String?
        }

        public struct Flag: Sendable, Encodable {
            public let id: String
            public let phrase: String
            public let why: String
            public let source: String
            /// The source's Chinese title, where the data gives one.
            public let sourceZH: String?
        }

        public let thing: String
        /// `phone`, `site`, `email` or `text`.
        public let kind: String
        public let normalized: String?
        public let verdict: Verdict
        public let owners: [Owner]
        public let redFlags: [Flag]
        public let lines: [String]

        public var exitStatus: Int32 {
            switch verdict {
            case .genuine, .clean: 0
            case .warning: 1
            case .unknown: 2
            }
        }
    }

    /// A channel the user stored for one of their organizations (`org add --official`).
    public struct UserChannel: Sendable {
        public let organization: String
        public let address: String

        public init(organization: String, address: String) {
            self.organization = organization
            self.address = address
        }
    }

    /// - Parameter region: whose anti-fraud lines the advice names; nil names China's to a
    ///   Chinese user and none to others.
    public func check(_ thing: String, officialChannels: [UserChannel] = [], language: Language = .en, region: String? = nil) -> CheckResult {
        let address = ContactAddress(thing)
        switch address {
        case .phone, .web, .email:
            let yours = officialChannels.filter { ContactAddress($0.address).map(address!.isCovered(by:)) ?? false }
            if !yours.isEmpty {
                return CheckResult(thing: thing, kind: address!.kind, normalized: address!.description, verdict: .genuine,
                                   owners: yours.map { CheckResult.Owner(id: "journal", nameZH: $0.organization, nameEN: $0.organization,
                                                                          kind: address!.kind, confidence: "yours", source: "org add --official", sourceZH: nil) },
                                   redFlags: [], lines: yours.map { ChannelWords.recordedByYou(thing, of: $0.organization, language) })
            }
            let owners = registry.owners(of: address!)
            let verdict: CheckResult.Verdict = owners.isEmpty ? .unknown
                : owners.allSatisfy { $0.channel.confidence == .unconfirmed } ? .warning : .genuine
            let lines = owners.isEmpty ? [ChannelWords.unknownAddress(thing, language)]
                : owners.map { ChannelWords.genuine(thing, of: $0.institution, channel: $0.channel, language) }
            return CheckResult(thing: thing, kind: address!.kind, normalized: address!.description, verdict: verdict,
                               owners: owners.map { owner in
                                   CheckResult.Owner(id: owner.institution.id, nameZH: owner.institution.nameZH, nameEN: owner.institution.nameEN,
                                                     kind: owner.channel.kind.rawValue, confidence: owner.channel.confidence.rawValue,
                                                     source: owner.channel.source.en, sourceZH: owner.channel.source.zh)
                               },
                               redFlags: [], lines: lines)
        default:
            let hits = redFlags.hits(in: thing)
            var lines = hits.map { ChannelWords.flagLine($0, language) }
            if hits.isEmpty {
                lines = [registry.institution(named: thing).map { ChannelWords.institutionChannels($0, language) } ?? ChannelWords.clean(language)]
            } else {
                lines.append(Sentence.alone(ChannelWords.whatToDo(genuine: nil, region: region, language)))
            }
            return CheckResult(thing: thing, kind: "text", normalized: nil, verdict: hits.isEmpty ? .clean : .warning, owners: [],
                               redFlags: hits.map { CheckResult.Flag(id: $0.flag.id, phrase: $0.phrase, why: $0.flag.why(in: language), source: $0.flag.source.en, sourceZH: $0.flag.source.zh) },
                               lines: lines)
        }
    }

    // MARK: - Checks while logging

    /// The contact as `log` records it, reduced to what the checks need.
    public struct LoggedContact: Sendable {
        public var organizationNames: [String]
        /// Channels the user stored with `org add --official`.
        public var officialAddresses: [String]
        public var inbound: Bool
        public var address: String?
        /// Summary, advice, promises: what was said.
        public var texts: [String]
        public var caseID: Int64?
        /// The organization's kind in the journal (`bank`): a line such as 159 serves every bank.
        public var organizationKind: String?
        /// The organization's jurisdiction (`CN`, `GB`): which anti-fraud lines the advice names.
        public var region: String?

        public init(organizationNames: [String], officialAddresses: [String], inbound: Bool, address: String?, texts: [String], caseID: Int64?,
                    organizationKind: String? = nil, region: String? = nil) {
            self.organizationKind = organizationKind
            self.region = region
            self.organizationNames = organizationNames
            self.officialAddresses = officialAddresses
            self.inbound = inbound
            self.address = address
            self.texts = texts
            self.caseID = caseID
        }
    }

    /// The warnings one contact deserves: a number that is not the organization's genuine channel
    /// (or is another institution's), and red-flag phrases in what was said.
    public func warnings(for contact: LoggedContact, language: Language = .en) -> [String] {
        contactWarnings(for: contact, language: language).map(\.message)
    }

    /// One warning about a logged contact, with what it is about, so it can be kept on the contact.
    public struct ContactWarning: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The number is not a genuine channel of the organization named, or is another institution's.
            case channel
            /// What was said holds phrases scammers use.
            case redFlags
        }

        public let kind: Kind
        public let message: String
    }

    /// The same warnings as `warnings(for:)`, each with its kind.
    public func contactWarnings(for contact: LoggedContact, language: Language = .en) -> [ContactWarning] {
        var warnings: [ContactWarning] = []
        if let written = contact.address, let address = ContactAddress(written) {
            warnings += numberWarnings(written, address, contact, language).map { ContactWarning(kind: .channel, message: $0) }
        }
        let hits = redFlags.hits(in: contact.texts.joined(separator: "\n"))
        if !hits.isEmpty {
            let region = contact.region ?? contact.organizationNames.lazy.compactMap(registry.institution(named:)).first?.region
            warnings.append(ContactWarning(kind: .redFlags, message: ChannelWords.redFlags(hits, caseID: contact.caseID, region: region, language)))
        }
        return warnings
    }

    /// Compares like with like: a phone with the firm's phones, a site or e-mail with its sites; a
    /// postal address (`org edit --address`) is where letters go and is never compared at all. A
    /// line that reaches the firm's customers (159 for any bank) is genuine for it.
    private func numberWarnings(_ written: String, _ address: ContactAddress, _ contact: LoggedContact, _ language: Language) -> [String] {
        let institution = contact.organizationNames.lazy.compactMap(registry.institution(named:)).first
        let region = contact.region ?? institution?.region
        let official = contact.officialAddresses.filter { ContactAddress($0)?.kind == address.kind }
        if official.compactMap(ContactAddress.init).contains(where: address.isCovered(by:)) { return [] }
        if let institution, registry.isGenuine(address, for: institution) { return [] }
        let owners = registry.owners(of: address)
        if let kind = institution?.kind.rawValue ?? contact.organizationKind, owners.contains(where: { $0.institution.serves.contains(kind) }) {
            return []
        }
        let named = institution?.name(in: language) ?? contact.organizationNames.first ?? "?"
        if let other = owners.first {
            return [ChannelWords.belongsToOther(written, owner: other.institution.name(in: language), named: named, language)]
        }
        let sameKind: (GenuineChannel) -> Bool = { channel in
            address.kind == "phone" ? channel.kind == .phone : channel.kind == .site || channel.kind == .email
        }
        let known = institution.map(registry.channels(serving:)) ?? []
        // Shown as the firm's country writes numbers; compared above as digits.
        func shown(_ text: String, isPhone: Bool) -> String { isPhone ? PhoneDisplay.format(text, region: region) : text }
        let genuine = known.filter(sameKind).map { shown($0.written, isPhone: $0.kind == .phone) }
            + official.map { shown($0, isPhone: ContactAddress($0)?.kind == "phone") }
        guard !genuine.isEmpty else {
            return contact.inbound ? [ChannelWords.inboundUnverifiable(written, of: named, region: region, language)] : []
        }
        let callBack = (known.first { $0.kind == .phone }?.written
            ?? contact.officialAddresses.first { ContactAddress($0)?.kind == "phone" }).map { shown($0, isPhone: true) }
        return [contact.inbound ? ChannelWords.inboundNotGenuine(written, of: named, genuine: genuine, callBack: callBack, region: region, language)
                                : ChannelWords.outboundNotGenuine(written, of: named, genuine: genuine, language)]
    }
}
