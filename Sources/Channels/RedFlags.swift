import Foundation

/// The tricks scammers posing as customer service use, as data, and a check of text against them.
public struct RedFlags: Sendable {
    public struct Flag: Sendable, Equatable {
        public let id: String
        public let whyZH: String
        public let whyEN: String
        /// Where the warning comes from, in English and (in the built-in file) in Chinese.
        public let source: SourceTitle
        /// Chinese and English phrases, folded as `ContactAddress.foldedName` folds text.
        public let phrases: [String]
        /// The same phrases as the data spells them ("verification code", not the folded
        /// "verificationcode"), for quoting back to the user.
        public let spellings: [String]
    }

    /// A flag found in a text, and the phrase that found it, as the data spells it.
    public struct Hit: Sendable, Equatable {
        public let flag: Flag
        public let phrase: String
    }

    public let flags: [Flag]

    static let builtIn: (name: String, bytes: [UInt8]) = ("RedFlags.flags", PackageResources.RedFlags_flags)

    /// The built-in flags, then the user's `*.flags` files in `userFolder` (same id replaces).
    public static func load(userFolder: String?) throws -> RedFlags {
        var byID: [String: Flag] = [:]
        var order: [String] = []
        func add(_ file: BlockFile) throws {
            for block in file.blocks {
                let flag = try parse(block, path: file.path)
                if byID[flag.id] == nil { order.append(flag.id) }
                byID[flag.id] = flag
            }
        }
        try add(try BlockFile(text: String(decoding: builtIn.bytes, as: UTF8.self), path: builtIn.name + " (built in)"))
        if let userFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) {
            for name in names.sorted() where name.hasSuffix(".flags") { try add(try BlockFile.read(path: userFolder + "/" + name)) }
        }
        return RedFlags(flags: order.compactMap { byID[$0] })
    }

    /// Every flag `text` raises, once each, in the data's order.
    public func hits(in text: String) -> [Hit] {
        let folded = ContactAddress.foldedName(text)
        guard !folded.isEmpty else { return [] }
        return flags.compactMap { flag in flag.phrases.firstIndex(where: folded.contains).map { Hit(flag: flag, phrase: flag.spellings[$0]) } }
    }

    private static func parse(_ block: BlockFile.Block, path: String) throws -> Flag {
        func fail(_ line: Int, _ message: String) -> ChannelDataError { ChannelDataError(path: path, line: line, message: message) }
        var why: (zh: String, en: String)?
        var source: String?
        var sourceZH: (text: String, line: Int)?
        var phrases: [String] = []
        var spellings: [String] = []
        for field in block.fields {
            switch field.name {
            case "why":
                let parts = field.value.split(separator: "|").map { String(BlockFile.trimmed($0)) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw fail(field.line, "why is 'Chinese | English'") }
                why = (parts[0], parts[1])
            case "source": source = field.value
            case "source-zh": sourceZH = (field.value, field.line)
            case "zh", "en":
                for spelling in field.value.split(separator: ",").map({ String(BlockFile.trimmed($0)) }) {
                    let folded = ContactAddress.foldedName(spelling)
                    guard !folded.isEmpty else { continue }
                    phrases.append(folded)
                    spellings.append(spelling)
                }
            default: throw fail(field.line, "unknown field '\(field.name)'; known: why, source, source-zh, zh, en")
            }
        }
        guard let why else { throw fail(block.line, "[\(block.id)] has no 'why: 中文 | English'") }
        guard let source else { throw fail(block.line, "[\(block.id)] has no 'source:'; every warning says where it comes from") }
        if let sourceZH, let problem = SourceTitle.problem(en: source, zh: sourceZH.text) { throw fail(sourceZH.line, problem) }
        guard !phrases.isEmpty else { throw fail(block.line, "[\(block.id)] has no phrases (zh: or en:)") }
        return Flag(id: block.id, whyZH: why.zh, whyEN: why.en, source: SourceTitle(en: source, zh: sourceZH?.text), phrases: phrases, spellings: spellings)
    }
}
