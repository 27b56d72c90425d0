import Crypto
import Foundation
import GRDB

/// `sync DIR`: publish this device's new changes to the shared folder, then apply every other
/// device's change files not applied yet, in order.
///
/// Events imported from other devices are never published again (the exchange exports only this
/// device's own), so files never echo between devices; a device that joins late still gets
/// everything, because each device's whole history is in its folder from file 1.
struct Synchronizer {
    let store: JournalStore
    let exchange: any ChangeExchange
    /// The passphrase's keys: with one, this device's files are written encrypted, and encrypted
    /// files from the others can be read (plain ones always can).
    let keys: SealKeys

    /// - Parameters:
    ///   - deviceName: names (or renames) this device.
    ///   - newDevice: gives this journal a new device id first (see `JournalStore.renewDeviceIdentity`).
    func sync(_ directory: String, deviceName: String? = nil, newDevice: Bool = false, now: Date) throws -> SyncReport {
        _ = try SyncFolder.checked(directory, journal: store.location, create: false)
        let name = try deviceName.map(DeviceIdentity.checkName)
        let lock = try SyncLock(journal: store.location)
        defer { lock.release() }
        if newDevice { try store.renewDeviceIdentity() }
        let current = try store.deviceIdentity()
        let device = DeviceIdentity(id: current.id, name: name ?? current.name)
        let folder = try SyncFolder.checked(directory, journal: store.location, create: true)
        try checkPassphrase(in: folder)
        let published = try publish(to: folder, as: device, now: now)
        var applied: [SyncReport.Applied] = []
        var refused: [SyncReport.Refused] = []
        for peer in folder.devices() where peer != device.id {
            let outcome = try pull(peer, from: folder, now: now)
            applied += outcome.applied
            refused += outcome.refused
        }
        // Kept last, so a refused sync leaves the journal as it was.
        try store.nameDevice(device.name, now: now)
        return SyncReport(device: device, published: published, applied: applied, refused: refused)
    }

    func status(_ directory: String, now: Date) throws -> SyncStatus {
        let folder = try SyncFolder.checked(directory, journal: store.location, create: false)
        let device = try store.deviceIdentity()
        let own = try ownHistory(in: folder, device: device)
        var peers: [SyncStatus.Peer] = []
        for peer in folder.devices() where peer != device.id {
            let scan = try scan(peer, in: folder)
            peers.append(SyncStatus.Peer(device: peer, name: scan.name, files: scan.fileCount, applied: scan.appliedCount,
                                         pending: scan.ready.count, blocked: scan.blocked, lastApplied: try store.lastApplied(from: peer),
                                         fingerprint: scan.key.map(KeyFingerprint.of)))
        }
        return SyncStatus(device: device, unpublishedEvents: try exchange.unpublishedEvents(after: own.throughEvent),
                          publishedFiles: own.files, lastPublished: own.createdAt.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                          peers: peers, conflicts: try exchange.conflictCount(), fingerprint: try store.ownPublicKey().map(KeyFingerprint.of))
    }

    /// Opens every device's key-check file with the passphrase before anything is published, so a
    /// mistyped passphrase is caught here rather than after this device wrote files no other can open.
    ///
    /// - Throws: `SyncError.wrongPassphrase` naming the file that does not open.
    private func checkPassphrase(in folder: SyncFolder) throws {
        guard keys.passphrase != nil else { return }
        for device in folder.devices() {
            guard let check = try folder.readKeyCheck(of: device), let seal = try keys.seal(for: device) else { continue }
            guard seal.open(check) == SyncFolder.keyCheckPlain else {
                throw SyncError.wrongPassphrase(checkedAgainst: folder.keyCheckPath(of: device))
            }
        }
    }

    // MARK: - Publishing

    /// Where this device's chain of files stands in `folder`.
    private struct OwnHistory {
        var files = 0
        var lastSeq = 0
        var lastSHA = ChangeFile.noPrevious
        var throughEvent: Int64 = 0
        var createdAt: Int64?
    }

    /// Reads this device's newest file, and checks it follows this journal's history.
    private func ownHistory(in folder: SyncFolder, device: DeviceIdentity) throws -> OwnHistory {
        let files = folder.changeFiles(of: device.id)
        guard let newest = files.last else { return OwnHistory() }
        let found = try folder.read(newest.path) { try keys.seal(for: device.id) }
        let sha = found.sha256
        let file: ChangeFile
        switch found.file {
        case let .success(decoded): file = decoded
        case let .failure(defect): throw SyncError.ownFileDamaged(file: newest.path, reason: defect.description)
        }
        guard file.header.device == device.id, file.header.seq == newest.seq else {
            throw SyncError.ownFileDamaged(file: newest.path, reason: ChangeFileDefect.misplaced.description)
        }
        // Naming an event this journal holds, and signed by this device's key (or, written before
        // signatures, unsigned): a file a folder writer appended to this chain is not chained onto.
        guard file.header.throughEvent > 0, try store.eventHash(id: file.header.throughEvent) == file.header.throughHash else {
            throw SyncError.deviceHistoryMismatch(device: device.id, file: newest.path)
        }
        if let signer = file.signedBy, signer != (try store.ownPublicKey()) {
            throw SyncError.ownFileDamaged(file: newest.path, reason: ChangeFileDefect.badSignature.description)
        }
        return OwnHistory(files: files.count, lastSeq: newest.seq, lastSHA: sha,
                          throughEvent: file.header.throughEvent, createdAt: file.header.createdAt)
    }

    private func publish(to folder: SyncFolder, as device: DeviceIdentity, now: Date) throws -> SyncReport.Published? {
        let own = try ownHistory(in: folder, device: device)
        guard try store.lastEventID() > own.throughEvent else { return nil }
        let changes = try exchange.changes(after: own.throughEvent, now: now)
        guard !changes.isEmpty, let throughHash = try store.eventHash(id: changes.lastEventID) else { return nil }
        // Made at the first publish (kept in the journal), once the folder is known to follow it.
        let signer = try store.signingKey(now: now)
        // Evidence first: a device that reads the change file finds its files already there.
        let seal = try keys.seal(for: device.id)
        if let seal { try folder.writeKeyCheck(of: device.id, seal: seal) }
        do {
            if let seal {
                try folder.storeSealed(changes.evidence, device: device.id, seal: seal)
            } else {
                _ = try EvidenceFolder.write(changes.evidence, to: folder.filesFolder)
            }
        } catch let error as InterchangeError {
            switch error {
            case let .evidenceMissing(_, name), let .evidenceMismatch(_, name): throw SyncError.evidenceUnpublishable(path: name)
            default: throw error
            }
        }
        let header = ChangeFile.Header(device: device.id, name: device.name, seq: own.lastSeq + 1, previous: own.lastSHA,
                                       count: changes.lines.count, throughEvent: changes.lastEventID, throughHash: throughHash,
                                       createdAt: Int64(now.timeIntervalSince1970))
        _ = try folder.write(ChangeFile(header: header, lines: changes.lines), seal: seal, signer: signer)
        return SyncReport.Published(seq: header.seq, lines: changes.lines.count, evidenceFiles: changes.evidence.count)
    }

    // MARK: - Pulling

    /// One peer's files as found: the intact ones not applied yet (in order), and the first that blocks.
    private struct PeerScan {
        var name: String
        var fileCount = 0
        var appliedCount = 0
        var ready: [(seq: Int, sha256: String, sealed: Bool, file: ChangeFile)] = []
        var blocked: SyncReport.Refused?
        /// The key pinned for the peer, or the one its first waiting signed file names (pinned
        /// when that file is applied).
        var key: Data?
    }

    private func scan(_ peer: String, in folder: SyncFolder) throws -> PeerScan {
        let applied = try store.appliedFiles(from: peer)
        // Files applied before are not read again: their SHA-256 is in the ledger, which is all the
        // chain needs, so a sync reads only what changed, however long the history.
        let appliedChain = try store.appliedChain(from: peer)
        let files = folder.changeFiles(of: peer)
        var scan = PeerScan(name: String(peer.prefix(8)), fileCount: files.count)
        var previous = ChangeFile.noPrevious
        var lastApplied: String?
        scan.key = try store.pinnedKey(of: peer)
        for (index, entry) in files.enumerated() {
            let refuse = { (defect: ChangeFileDefect) in
                SyncReport.Refused(device: peer, deviceName: scan.name, file: entry.path, reason: defect.description)
            }
            guard entry.seq == index + 1 else {
                scan.blocked = refuse(.waitingForEarlier(index + 1))
                break
            }
            // (The newest file is read even so: its header names the device.)
            if let sha = appliedChain[entry.seq], entry.seq < files.count {
                scan.appliedCount += 1
                previous = sha
                lastApplied = entry.path
                continue
            }
            let found = try folder.read(entry.path) { try keys.seal(for: peer) }
            let sha = found.sha256
            guard case let .success(file) = found.file else {
                if case let .failure(defect) = found.file { scan.blocked = refuse(defect) }
                break
            }
            guard file.header.device == peer, file.header.seq == entry.seq else { scan.blocked = refuse(.misplaced); break }
            guard file.header.previous == previous else { scan.blocked = refuse(.brokenChain); break }
            if applied.contains(sha) {
                scan.appliedCount += 1
            } else {
                // Not applied before: it must prove who wrote it.
                if keys.passphrase != nil, !found.sealed { scan.blocked = refuse(.plainWithPassphrase); break }
                guard let key = file.signedBy else { scan.blocked = refuse(.unsigned(device: peer)); break }
                if let pinned = scan.key, pinned != key {
                    scan.blocked = refuse(.keyChanged(pinned: KeyFingerprint.of(pinned), device: peer))
                    break
                }
                scan.key = key
                scan.ready.append((entry.seq, sha, found.sealed, file))
            }
            scan.name = TextRules.escapingControlCharacters(file.header.name)
            previous = sha
        }
        // The newest file was refused: the device's name comes from the last file applied from it.
        if scan.name == String(peer.prefix(8)), let lastApplied, case let .success(file)? = try? folder.read(lastApplied, seal: { try keys.seal(for: peer) }).file {
            scan.name = TextRules.escapingControlCharacters(file.header.name)
        }
        if let blocked = scan.blocked {
            scan.blocked = SyncReport.Refused(device: peer, deviceName: scan.name, file: blocked.file, reason: blocked.reason)
        }
        return scan
    }

    private func pull(_ peer: String, from folder: SyncFolder, now: Date) throws -> (applied: [SyncReport.Applied], refused: [SyncReport.Refused]) {
        let scan = try scan(peer, in: folder)
        var applied: [SyncReport.Applied] = []
        for item in scan.ready {
            let result: AppliedChanges
            do {
                result = try apply(item.file, sealed: item.sealed, from: peer, in: folder, now: now) { db in
                    try JournalStore.recordApplied(db, device: peer, sha256: item.sha256, seq: item.seq, lines: item.file.lines.count, at: now)
                    if let key = item.file.signedBy { try JournalStore.pinKey(db, key, device: peer, at: now) }
                }
            } catch let error as JournalError where error.category == .busy || error.category == .io {
                throw error
            } catch {
                // The file's content cannot be merged (yet): an evidence file still arriving, or a
                // record the merge refuses. The import rolled back; this file and the later ones wait.
                let path = folder.deviceFolder(peer) + "/" + ChangeFile.fileName(seq: item.seq)
                let reason: String
                if case let InterchangeError.evidenceMissing(sha256, _)? = error as? InterchangeError {
                    reason = ChangeFileDefect.evidenceNotArrived(sha256).description
                } else if case let InterchangeError.badLine(line, problem)? = error as? InterchangeError {
                    // Numbered as in the change file, whose first line is its own header.
                    reason = InterchangeError.badLine(line: line + 1, problem: problem).localizedDescription
                } else {
                    reason = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                }
                return (applied, [SyncReport.Refused(device: peer, deviceName: scan.name, file: path, reason: reason)])
            }
            applied.append(SyncReport.Applied(device: peer, deviceName: scan.name, seq: item.seq, records: result.records, conflicts: result.conflicts))
        }
        return (applied, scan.blocked.map { [$0] } ?? [])
    }

    /// Applies one change file. A sealed file's evidence is opened into a private temporary folder
    /// for the import, and removed afterwards.
    private func apply(_ file: ChangeFile, sealed: Bool, from peer: String, in folder: SyncFolder, now: Date,
                       alongside: (Database) throws -> Void) throws -> AppliedChanges {
        let source = "sync:\(peer)/\(file.header.seq)"
        guard sealed, let seal = try keys.seal(for: peer) else {
            return try exchange.apply(file.lines, source: source, evidence: folder.filesFolder, now: now, alongside: alongside)
        }
        let plain = NSTemporaryDirectory() + "recourse-sync-" + newUUID()
        try FileSystem.makePrivateFolder(plain, tighten: true)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        try folder.openSealed(Self.evidenceNamed(in: file.lines), device: peer, seal: seal, into: plain)
        return try exchange.apply(file.lines, source: source, evidence: plain, now: now, alongside: alongside)
    }

    /// The SHA-256 of every attachment record among `lines`.
    private static func evidenceNamed(in lines: [String]) -> Set<String> {
        Set(lines.compactMap { line in
            guard line.contains(#""type":"attachment""#),
                  let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object["sha256"] as? String
        })
    }
}
