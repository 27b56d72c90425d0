import Desk
import ArgumentParser
import Foundation
import Journal
import Lexicon

extension Recourse {
    /// `recourse sync DIR`: keep journals on several devices together through a shared folder.
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: Message.helpSyncAbstract.literal,
            discussion: Message.helpSyncDiscussion.literal)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(Message.helpSyncFolder.literal, valueName: "DIR"))
        var folder: String

        @Flag(help: ArgumentHelp(Message.helpSyncStatus.literal))
        var status = false

        @Option(help: ArgumentHelp(Message.helpSyncName.literal, valueName: "NAME"))
        var name: String?

        @Option(name: .customLong("passphrase-file"),
                help: ArgumentHelp(Message.helpSyncPassphraseFile.literal, valueName: "PATH"))
        var passphraseFile: String?

        @Flag(name: .customLong("new-device"), help: ArgumentHelp(Message.helpSyncNewDevice.literal))
        var newDevice = false

        @Option(help: ArgumentHelp(Message.helpSyncForget.literal, valueName: "DEVICE"))
        var forget: String?

        func validate() throws {
            if status, newDevice || name != nil { throw ValidationError(Message.syncStatusWithNewDevice.text()) }
        }

        func run() throws {
            if status { return try showStatus() }
            if let forget { return try forgetKey(forget) }
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            let report = try store.sync(folder: folder, deviceName: name, newDevice: newDevice, passphrase: try passphrase(session), now: session.now)
            try session.output(SyncJSON(report)) { Self.render(report) }
            if !report.refused.isEmpty { throw ExitCode(ExitStatus.attention.rawValue) }
        }

        /// `--forget DEVICE`: the user says the device really has a new key; its next file pins it.
        private func forgetKey(_ device: String) throws {
            let session = try Session(global, .recording)
            let store = try session.openJournal()
            try store.forgetDeviceKey(device)
            try session.output(["forgot": device]) { Message.syncForgot.text(device) }
        }

        private func showStatus() throws {
            let session = try Session(global, .reading)
            let store = try session.openJournal()
            let status = try store.syncStatus(folder: folder, passphrase: try passphrase(session), now: session.now)
            try session.output(SyncStatusJSON(status)) { Self.render(status, time: session.time) }
        }

        /// The passphrase from `--passphrase-file` (its first line), else `RECOURSE_SYNC_PASSPHRASE`, else none.
        private func passphrase(_ session: Session) throws -> SyncPassphrase? {
            if let passphraseFile {
                guard let data = FileManager.default.contents(atPath: passphraseFile) else {
                    throw CLIError(status: .ioError, message: Message.syncPassphraseUnreadable.text(passphraseFile))
                }
                // Never repaired: `key\xff` and `key\xfe` must not both become `key\u{FFFD}`.
                guard let text = String(validatingUTF8Data: data) else {
                    throw CLIError(status: .badData, message: Message.syncPassphraseNotUTF8.text(passphraseFile))
                }
                guard let passphrase = SyncPassphrase(text) else {
                    throw CLIError(status: .badData, message: Message.syncPassphraseEmpty.text(passphraseFile))
                }
                return passphrase
            }
            guard let text = session.environment["RECOURSE_SYNC_PASSPHRASE"] else { return nil }
            guard let passphrase = SyncPassphrase(text) else {
                throw CLIError(status: .badData, message: Message.syncPassphraseEmpty.text("RECOURSE_SYNC_PASSPHRASE"))
            }
            return passphrase
        }

        static func render(_ report: SyncReport) -> String {
            var lines = [Message.syncThisDevice.text(report.device.name, report.device.id)]
            if let published = report.published {
                lines.append(Message.syncPublished.text(published.seq, published.lines, published.evidenceFiles))
            } else {
                lines.append(Message.syncNothingToPublish.text())
            }
            lines += report.applied.map { Message.syncApplied.text($0.deviceName, $0.seq, $0.records, $0.conflicts) }
            if report.applied.isEmpty, report.refused.isEmpty { lines.append(Message.syncNothingToApply.text()) }
            let conflicts = report.applied.reduce(0) { $0 + $1.conflicts }
            if conflicts > 0 { lines.append(Message.syncConflicts.text(conflicts)) }
            lines += report.refused.map { Message.syncRefused.text($0.deviceName, $0.file, $0.reason) }
            return lines.joined(separator: "\n")
        }

        static func render(_ status: SyncStatus, time: TimeFormat) -> String {
            var lines = [Message.syncThisDevice.text(status.device.name, status.device.id)]
            if let fingerprint = status.fingerprint { lines.append(Message.syncStatusOwnKey.text(fingerprint)) }
            if let last = status.lastPublished {
                lines.append(Message.syncStatusPublished.text(status.publishedFiles, time.short(last), status.unpublishedEvents))
            } else {
                lines.append(Message.syncStatusNonePublished.text(status.unpublishedEvents))
            }
            for peer in status.peers {
                lines.append(Message.syncStatusPeer.text(peer.name, peer.device, peer.files, peer.applied, peer.pending,
                                                         peer.lastApplied.map(time.short) ?? Message.syncStatusNever.text()))
                if let fingerprint = peer.fingerprint { lines.append(Message.syncStatusKey.text(fingerprint)) }
                if let blocked = peer.blocked { lines.append(Message.syncStatusBlocked.text(blocked.file, blocked.reason)) }
            }
            if status.peers.isEmpty { lines.append(Message.syncStatusNoPeers.text()) }
            lines.append(Message.syncConflicts.text(status.conflicts))
            return lines.joined(separator: "\n")
        }
    }
}

/// `sync --json`: what was published, applied and left for later.
struct SyncJSON: Encodable {
    struct Published: Encodable { let seq: Int; let lines: Int; let evidenceFiles: Int }
    struct Applied: Encodable { let device: String; let deviceName: String; let seq: Int; let records: Int; let conflicts: Int }
    struct Refused: Encodable { let device: String; let deviceName: String; let file: String; let reason: String }

    let device: String
    let deviceName: String
    let published: Published?
    let applied: [Applied]
    let refused: [Refused]

    init(_ report: SyncReport) {
        device = report.device.id
        deviceName = report.device.name
        published = report.published.map { Published(seq: $0.seq, lines: $0.lines, evidenceFiles: $0.evidenceFiles) }
        applied = report.applied.map { Applied(device: $0.device, deviceName: $0.deviceName, seq: $0.seq, records: $0.records, conflicts: $0.conflicts) }
        refused = report.refused.map(Refused.init)
    }
}

extension SyncJSON.Refused {
    init(_ refused: SyncReport.Refused) {
        self.init(device: refused.device, deviceName: refused.deviceName, file: refused.file, reason: refused.reason)
    }
}

/// `sync --status --json`: what is waiting each way.
struct SyncStatusJSON: Encodable {
    struct Peer: Encodable {
        let device: String
        let name: String
        let files: Int
        let applied: Int
        let pending: Int
        let blocked: SyncJSON.Refused?
        let lastApplied: Date?
        let fingerprint: String?
    }

    let device: String
    let deviceName: String
    let unpublishedEvents: Int
    let publishedFiles: Int
    let lastPublished: Date?
    let peers: [Peer]
    let conflicts: Int
    let fingerprint: String?

    init(_ status: SyncStatus) {
        device = status.device.id
        deviceName = status.device.name
        unpublishedEvents = status.unpublishedEvents
        publishedFiles = status.publishedFiles
        lastPublished = status.lastPublished
        peers = status.peers.map {
            Peer(device: $0.device, name: $0.name, files: $0.files, applied: $0.applied, pending: $0.pending,
                 blocked: $0.blocked.map(SyncJSON.Refused.init), lastApplied: $0.lastApplied, fingerprint: $0.fingerprint)
        }
        conflicts = status.conflicts
        fingerprint = status.fingerprint
    }
}

extension String {
    /// The text of `data` when it is valid UTF-8, else nil (never repaired with U+FFFD).
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}
