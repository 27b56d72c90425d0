import Foundation
import Testing
@testable import Journal

@Suite("Sync change files: framing, damage, names, folder")
struct SyncChangeFileTests {
    static let header = ChangeFile.Header(device: "0b6f3c1e-2a4d-4e8f-9c7b-5d1a2e3f4a5b", name: "笔记本", seq: 2,
                                          previous: String(repeating: "a", count: 64), count: 2, throughEvent: 7,
                                          throughHash: String(repeating: "b", count: 64), createdAt: 1_795_500_000)
    static let file = ChangeFile(header: header, lines: [#"{"type":"contact","summary":"套餐被擅自变更"}"#, #"{"type":"event"}"#])

    /// A journal and, beside its folder, an empty shared folder (removed by the caller).
    private static func journalAndSharedFolder() throws -> (TemporaryJournal, String) {
        let journal = TemporaryJournal()
        let shared = journal.folder + "-shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        return (journal, shared)
    }

    @Test("a file reads back exactly as written")
    func roundTrip() throws {
        let data = try Self.file.encoded()
        #expect(try ChangeFile.decode(data) == Self.file)
        #expect(try Self.file.encoded() == data, "encoding is deterministic")
    }

    @Test("every cut of a file is refused as incomplete, never read as a shorter valid file")
    func everyTruncation() throws {
        let data = try Self.file.encoded()
        for length in 0..<data.count {
            #expect(throws: ChangeFileDefect.self) { try ChangeFile.decode(data.prefix(length)) }
        }
        #expect(throws: ChangeFileDefect.truncated) { try ChangeFile.decode(data.prefix(data.count - 1)) }
    }

    @Test("a changed byte, a removed line or a changed header is refused as altered", arguments: [
        ("套餐被擅自变更", "套餐被同意变更"),
        (#"{"type":"event"}"# + "\n", ""),
        (#""seq":2"#, #""seq":3"#),
    ])
    func alterations(_ change: (from: String, to: String)) throws {
        let text = String(decoding: try Self.file.encoded(), as: UTF8.self)
        #expect(text.contains(change.from))
        let altered = Data(text.replacingOccurrences(of: change.from, with: change.to).utf8)
        #expect(throws: ChangeFileDefect.altered) { try ChangeFile.decode(altered) }
    }

    @Test("a newer format is refused by name; other files are not change files")
    func versions() throws {
        let newer = ChangeFile(header: ChangeFile.Header(version: 3, device: Self.header.device, name: "x", seq: 1,
                                                         previous: ChangeFile.noPrevious, count: 0, throughEvent: 0,
                                                         throughHash: "", createdAt: 0), lines: [])
        #expect(throws: ChangeFileDefect.newerVersion(3)) { try ChangeFile.decode(try newer.encoded()) }
        let notOurs = ChangeFile(header: Self.header, lines: [])
        let text = String(decoding: try notOurs.encoded(), as: UTF8.self).replacingOccurrences(of: "recourse-sync\"", with: "other\"")
        #expect(throws: ChangeFileDefect.self) { try ChangeFile.decode(Data(text.utf8)) }
    }

    @Test("only change-file names count; sync tools' temporary and conflict files are ignored", arguments: [
        ("00000001.jsonl", 1), ("00000042.jsonl", 42), ("00000000.jsonl", nil), (".tmp-x", nil),
        (".syncthing.00000003.jsonl.tmp", nil), ("00000003.sync-conflict-20261125-101010-ABCDEFG.jsonl", nil),
        ("0000001.jsonl", nil), ("0000000a.jsonl", nil),
    ] as [(String, Int?)])
    func names(_ name: String, _ seq: Int?) {
        #expect(ChangeFile.seq(fromFileName: name) == seq)
        if let seq { #expect(ChangeFile.fileName(seq: seq) == name) }
    }

    @Test("a folder that is, holds or lies inside the journal's folder is refused; a missing one too")
    func folderPlacement() throws {
        let journal = TemporaryJournal()
        _ = try journal.open()
        let inside = journal.folder + "/shared"
        try FileManager.default.createDirectory(atPath: inside, withIntermediateDirectories: true)
        let parent = (journal.folder as NSString).deletingLastPathComponent
        for folder in [journal.folder, inside, parent, journal.folder + "/../" + (journal.folder as NSString).lastPathComponent] {
            #expect(throws: SyncError.folderHoldsJournal(folder: folder, journal: journal.location.path)) {
                try SyncFolder.checked(folder, journal: journal.location, create: true)
            }
        }
        #expect(throws: SyncError.folderMissing(journal.folder + "-nowhere")) {
            try SyncFolder.checked(journal.folder + "-nowhere", journal: journal.location, create: true)
        }
    }

    @Test("a written file is found, read back and chained; an existing number is never replaced")
    func writeAndRead() throws {
        let (journal, shared) = try Self.journalAndSharedFolder()
        defer { try? FileManager.default.removeItem(atPath: shared) }
        let folder = try SyncFolder.checked(shared, journal: journal.location, create: true)
        let first = ChangeFile(header: ChangeFile.Header(device: Self.header.device, name: "a", seq: 1, previous: ChangeFile.noPrevious,
                                                         count: 0, throughEvent: 3, throughHash: "h", createdAt: 1), lines: [])
        let written = try folder.write(first)
        #expect(folder.devices() == [Self.header.device])
        #expect(folder.changeFiles(of: Self.header.device).map(\.seq) == [1])
        let read = try folder.read(written.path) { nil }
        #expect(read.sha256 == written.sha256 && !read.sealed)
        #expect(try read.file.get() == first)
        #expect(throws: (any Error).self) { try folder.write(first) }
        #expect(try folder.read(written.path) { nil }.file.get() == first)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.deviceFolder(Self.header.device))
        #expect(names == ["00000001.jsonl"], "no temporary file left behind")
    }

    @Test("a sealed file opens only with the passphrase; cut, changed or wrongly keyed, it is refused")
    func sealed() throws {
        let (journal, shared) = try Self.journalAndSharedFolder()
        defer { try? FileManager.default.removeItem(atPath: shared) }
        let folder = try SyncFolder.checked(shared, journal: journal.location, create: true)
        let seal = try SyncSeal(passphrase: try #require(SyncPassphrase("正确的口令 horse battery")), device: Self.header.device)
        let written = try folder.write(Self.file, seal: seal)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: written.path))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("套餐"), "nothing readable in the folder")
        let opened = try folder.read(written.path) { seal }
        let openedFile = try opened.file.get()
        #expect(opened.sealed && openedFile == Self.file)
        #expect(throws: ChangeFileDefect.sealed) { try folder.read(written.path) { nil }.file.get() }
        let wrong = try SyncSeal(passphrase: try #require(SyncPassphrase("错误的口令")), device: Self.header.device)
        #expect(throws: ChangeFileDefect.unsealable) { try folder.read(written.path) { wrong }.file.get() }
        for damaged in [bytes.prefix(bytes.count - 9), Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "A", with: "B").utf8)] {
            try damaged.write(to: URL(fileURLWithPath: written.path))
            #expect(throws: ChangeFileDefect.unsealable) { try folder.read(written.path) { seal }.file.get() }
        }
        #expect(SyncPassphrase("") == nil && SyncPassphrase("\nsecond line") == nil)
        #expect(SyncPassphrase("口令\r\n")?.text == "口令")
    }
}
