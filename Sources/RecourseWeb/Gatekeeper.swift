import Foundation

/// Who may see the journal: the one-time pairing codes, the paired browsers (kept across restarts
/// by `PairedDevices`), and the count of failed pairing attempts that slows guessing down.
actor Gatekeeper {
    /// How long a pairing code works.
    static let codeLifetime: TimeInterval = 10 * 60
    /// Failed attempts allowed within `failureWindow` before every attempt is refused for a while.
    static let failuresAllowed = 5
    static let failureWindow: TimeInterval = 60

    /// A paired browser, as one request presents it: its cookie value, the token its forms must
    /// carry, and which kept device it is.
    struct Session: Sendable {
        let id: String
        /// Derived from the cookie, so it survives a restart without being stored anywhere.
        var csrf: String { Secrets.csrf(forSession: id) }
        let device: String
    }

    enum Outcome: Sendable {
        case paired(Session)
        case refused
        /// Too many failures lately: try again after this many seconds.
        case slowDown(Int)
    }

    /// The code printed at start-up.
    let code: String
    /// Codes not yet spent, with when each was made: the printed one, and those a paired device
    /// made for another ("pair another device"). Each works once, for `codeLifetime`.
    private var codes: [String: Date]
    private var failures: [Date] = []
    private var devices: PairedDevices
    /// The confirmation the next page shows once (after a POST redirects), by device; not kept on disk.
    private var flashes: [String: (lines: [String], warnings: [String])] = [:]

    init(code: String = Secrets.pairingCode(), issuedAt: Date, devices: PairedDevices) {
        self.code = code
        codes = [code: issuedAt]
        self.devices = devices
    }

    /// A fresh one-time code for another device, asked for by a paired session.
    func issueCode(now: Date) -> String {
        codes = codes.filter { now.timeIntervalSince($0.value) < Self.codeLifetime }
        let fresh = Secrets.pairingCode()
        codes[fresh] = now
        return fresh
    }

    /// Spends the pairing code: right, unused and in time gives a new session; anything else is a
    /// failure, and past `failuresAllowed` even the right code waits (the lockout is global, so
    /// spreading guesses over many addresses does not help).
    /// A device is kept (on disk) before its cookie is handed out; if it cannot be kept the code
    /// stays unspent and the error says why.
    func pair(_ attempt: String, label: String, now: Date) throws -> Outcome {
        failures.removeAll { now.timeIntervalSince($0) >= Self.failureWindow }
        if failures.count >= Self.failuresAllowed, let oldest = failures.first {
            return .slowDown(max(1, Int((Self.failureWindow - now.timeIntervalSince(oldest)).rounded(.up))))
        }
        // Every unspent code is compared in constant time, so timing tells nothing about any of them.
        let match = codes.filter { Secrets.equal(attempt.uppercased(), $0.key) }.first
        guard let match, now >= match.value, now.timeIntervalSince(match.value) < Self.codeLifetime else {
            failures.append(now)
            return .refused
        }
        let cookie = Secrets.token()
        let device = try devices.add(cookie: cookie, label: label, now: now)
        codes[match.key] = nil
        return .paired(Session(id: cookie, device: device.id))
    }

    /// The session a cookie belongs to, if its device is paired and not forgotten.
    func session(_ cookie: String) -> Session? {
        devices.device(cookie: cookie).map { Session(id: cookie, device: $0.id) }
    }

    var pairedDevices: [PairedDevices.Device] { devices.all }

    /// "Forget this device": removed from disk, so its cookie never works again, restart or not.
    func forget(device id: String) throws {
        try devices.forget(id: id)
        flashes[id] = nil
    }

    func setFlash(_ id: String, lines: [String], warnings: [String]) {
        guard let device = session(id)?.device else { return }
        flashes[device] = (lines, warnings)
    }

    /// The confirmation to show once, then forget.
    func takeFlash(_ id: String) -> (lines: [String], warnings: [String]) {
        guard let device = session(id)?.device else { return ([], []) }
        defer { flashes[device] = nil }
        return flashes[device] ?? ([], [])
    }
}
