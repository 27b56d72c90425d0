import Lexicon

/// An institution whose genuine customer-service channels Recourse knows.
public struct Institution: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case bank, wallet, telecom, regulator, government, ombudsman, other }

    public let id: String
    public let nameZH: String
    public let nameEN: String
    public let aliases: [String]
    public let kind: Kind
    public let channels: [GenuineChannel]
    /// Institutions whose own channels also serve this one's customers: e-CNY wallets are run by
    /// the designated operating banks, so 95566 is a genuine line for a Bank of China wallet.
    public let servedBy: [String]
    /// Kinds of firm whose customers this line reaches (159 connects to any bank): a call to it
    /// is genuine for a firm of those kinds, not "another institution's number".
    public let serves: [String]
    /// The file it came from, for messages: `CN.channels (built in)` or the user's path.
    public let file: String

    public init(id: String, nameZH: String, nameEN: String, aliases: [String], kind: Kind, channels: [GenuineChannel],
                servedBy: [String], serves: [String] = [], file: String) {
        self.id = id
        self.nameZH = nameZH
        self.nameEN = nameEN
        self.aliases = aliases
        self.kind = kind
        self.channels = channels
        self.servedBy = servedBy
        self.serves = serves
        self.file = file
    }

    /// The region its data file is for, from its id ("cn.boc" → "CN", "uk.fos" → "GB").
    public var region: String {
        let prefix = id.split(separator: ".").first.map { $0.uppercased() } ?? ""
        return prefix == "UK" ? "GB" : prefix
    }

    /// "中国银行 Bank of China".
    public var displayName: String { nameZH == nameEN ? nameZH : "\(nameZH) \(nameEN)" }

    /// Both names in English sentences (a Chinese name is what the user reads on the bill), the
    /// Chinese name in Chinese ones.
    public func name(in language: Language) -> String { language == .zh ? nameZH : displayName }

    /// A channel's address as shown: a phone grouped as this institution's country writes it
    /// ("0800 023 4567", "400-810-8866"), anything else as the data file writes it.
    public func shown(_ channel: GenuineChannel) -> String { shown(channel.written, kind: channel.kind) }

    /// `text`, an address of `kind` (what the user typed, say), as `shown(_:)` shows a channel.
    public func shown(_ text: String, kind: GenuineChannel.Kind) -> String {
        kind == .phone ? PhoneDisplay.format(text, region: region) : text
    }

    /// Whether `name` is one of this institution's names or aliases, however spaced or cased.
    public func isNamed(_ name: String) -> Bool {
        let folded = ContactAddress.foldedName(name)
        return ([nameZH, nameEN] + aliases).contains { ContactAddress.foldedName($0) == folded }
    }
}

/// One official contact point, with where the fact comes from and how sure it is.
public struct GenuineChannel: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case phone, site, app, wechat, email }

    /// How sure the registry is that the channel is genuine.
    public enum Confidence: String, Sendable, CaseIterable, Comparable {
        /// Checked against the institution's own page.
        case confirmed
        /// Widely published (directories, news, regulators' lists); the source names where.
        case published
        /// Found in one secondary place only: shown as such wherever it is used.
        case unconfirmed

        public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public let kind: Kind
    /// As written in the data file, for display (`400-810-8866`).
    public let written: String
    public let address: ContactAddress
    public let confidence: Confidence
    /// Where the fact comes from, in English and (in the built-in files) in Chinese.
    public let source: SourceTitle
}
