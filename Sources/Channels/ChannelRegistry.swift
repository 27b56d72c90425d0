import Foundation

/// Every institution whose genuine channels Recourse knows: the built-in files, one per
/// jurisdiction, then the user's `*.channels` files, whose blocks add institutions or replace the
/// built-in block with the same id.
public struct ChannelRegistry: Sendable {
    public let institutions: [Institution]

    public init(institutions: [Institution]) {
        self.institutions = institutions
    }

    static let builtIn: [(name: String, bytes: [UInt8])] = [
        ("CN.channels", PackageResources.CN_channels), ("GB.channels", PackageResources.GB_channels),
        ("US.channels", PackageResources.US_channels),
    ]

    public static func load(userFolder: String?) throws -> ChannelRegistry {
        var byID: [String: Institution] = [:]
        var order: [String] = []
        func add(_ file: BlockFile, label: String) throws {
            for block in file.blocks {
                let institution = try InstitutionParser.parse(block, path: file.path, label: label)
                if byID[institution.id] == nil { order.append(institution.id) }
                byID[institution.id] = institution
            }
        }
        for file in builtIn {
            let label = file.name + " (built in)"
            try add(try BlockFile(text: String(decoding: file.bytes, as: UTF8.self), path: label), label: label)
        }
        if let userFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) {
            for name in names.sorted() where name.hasSuffix(".channels") {
                let path = userFolder + "/" + name
                try add(try BlockFile.read(path: path), label: path)
            }
        }
        for institution in byID.values {
            for id in institution.servedBy where byID[id] == nil {
                throw ChannelDataError(path: institution.file, line: nil, message: "[\(institution.id)] is served by '\(id)', which no file defines")
            }
        }
        return ChannelRegistry(institutions: order.compactMap { byID[$0] })
    }

    /// Whether `address` is a genuine channel for `institution`'s customers: its own, or one of
    /// an institution that serves them.
    public func isGenuine(_ address: ContactAddress, for institution: Institution) -> Bool {
        channels(serving: institution).contains { address.isCovered(by: $0.address) }
    }

    /// The institution's own channels, then those of the institutions that serve its customers.
    public func channels(serving institution: Institution) -> [GenuineChannel] {
        ([institution] + institution.servedBy.compactMap { id in institutions.first { $0.id == id } }).flatMap(\.channels)
    }

    /// The institution called `name` (a name or an alias), if any.
    public func institution(named name: String) -> Institution? {
        institutions.first { $0.isNamed(name) }
    }

    /// Every institution's channel that `address` is, or is inside (a page of a genuine site).
    public func owners(of address: ContactAddress) -> [(institution: Institution, channel: GenuineChannel)] {
        institutions.flatMap { institution in
            institution.channels.filter { address.isCovered(by: $0.address) }.map { (institution, $0) }
        }
    }
}

/// Reads one `[id]` block into an institution, naming the line of any mistake.
enum InstitutionParser {
    static func parse(_ block: BlockFile.Block, path: String, label: String) throws -> Institution {
        func fail(_ line: Int, _ message: String) -> ChannelDataError { ChannelDataError(path: path, line: line, message: message) }
        var names: (zh: String, en: String)?
        var aliases: [String] = []
        var kind: Institution.Kind?
        var channels: [GenuineChannel] = []
        var servedBy: [String] = []
        var serves: [String] = []
        for field in block.fields {
            switch field.name {
            case "name":
                let parts = field.value.split(separator: "|").map { String(BlockFile.trimmed($0)) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw fail(field.line, "name is 'Chinese | English'") }
                guard names == nil else { throw fail(field.line, "a second name; add other names as alias") }
                names = (parts[0], parts[1])
            case "alias":
                aliases += field.value.split(separator: ",").map { String(BlockFile.trimmed($0)) }.filter { !$0.isEmpty }
            case "served-by":
                servedBy += field.value.split(separator: ",").map { String(BlockFile.trimmed($0)) }.filter { !$0.isEmpty }
            case "serves":
                serves += field.value.split(separator: ",").map { String(BlockFile.trimmed($0)) }.filter { !$0.isEmpty }
            case "kind":
                guard let value = Institution.Kind(rawValue: field.value) else {
                    throw fail(field.line, "kind '\(field.value)' is not one of \(Institution.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = value
            default:
                guard let channelKind = GenuineChannel.Kind(rawValue: field.name) else {
                    let known = ["name", "alias", "kind", "served-by", "serves"] + GenuineChannel.Kind.allCases.map(\.rawValue)
                    throw fail(field.line, "unknown field '\(field.name)'; known: \(known.joined(separator: ", "))")
                }
                channels.append(try channel(channelKind, field, fail: fail))
            }
        }
        guard let names else { throw fail(block.line, "[\(block.id)] has no 'name: 中文名 | English name'") }
        guard let kind else { throw fail(block.line, "[\(block.id)] has no 'kind:'") }
        return Institution(id: block.id, nameZH: names.zh, nameEN: names.en, aliases: aliases, kind: kind, channels: channels,
                           servedBy: servedBy, serves: serves, file: label)
    }

    /// `phone: 95566 | published | Bank of China customer service line, www.boc.cn | 中国银行客服热线，www.boc.cn`;
    /// the Chinese source may be left out.
    private static func channel(_ kind: GenuineChannel.Kind, _ field: BlockFile.Field,
                                fail: (Int, String) -> ChannelDataError) throws -> GenuineChannel {
        let parts = field.value.split(separator: "|", omittingEmptySubsequences: false).map { String(BlockFile.trimmed($0)) }
        guard (3...4).contains(parts.count), !parts[0].isEmpty, !parts[2].isEmpty, parts.count == 3 || !parts[3].isEmpty else {
            throw fail(field.line, "a channel is 'ADDRESS | confirmed, published or unconfirmed | SOURCE | 中文来源' (中文来源 may be left out)")
        }
        let source = SourceTitle(en: parts[2], zh: parts.count == 4 ? parts[3] : nil)
        if let zh = source.zh, let problem = SourceTitle.problem(en: source.en, zh: zh) { throw fail(field.line, problem) }
        guard let confidence = GenuineChannel.Confidence(rawValue: parts[1]) else {
            throw fail(field.line, "confidence '\(parts[1])' is not confirmed, published or unconfirmed")
        }
        guard let address = ContactAddress(parts[0]) else { throw fail(field.line, "the address is empty") }
        switch (kind, address) {
        case (.phone, .phone), (.site, .web), (.email, .email), (.app, _), (.wechat, _): break
        default: throw fail(field.line, "'\(parts[0])' is not a \(kind.rawValue)")
        }
        let stored: ContactAddress = kind == .app || kind == .wechat ? .name(ContactAddress.foldedName(parts[0])) : address
        return GenuineChannel(kind: kind, written: parts[0], address: stored, confidence: confidence, source: source)
    }
}
