import Foundation

/// Who may see the journal: the one-time pairing code, the paired browsers' sessions, and the
/// count of failed pairing attempts that slows guessing down.
actor Gatekeeper {
    /// How long a pairing code works.
    static let codeLifetime: TimeInterval = 10 * 60
    /// Failed attempts allowed within `failureWindow` before every attempt is refused for a while.
    static let failuresAllowed = 5
    static let failureWindow: TimeInterval = 60

    /// A paired browser: its cookie value, the token its forms must carry, and the message the
    /// next page shows once (the confirmation after a POST redirects).
    struct Session: Sendable {
        let id: String
        let csrf: String
        var flash: [String] = []
        var flashWarnings: [String] = []
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
    private var sessions: [String: Session] = [:]

    init(code: String = Secrets.pairingCode(), issuedAt: Date) {
        self.code = code
        codes = [code: issuedAt]
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
    func pair(_ attempt: String, now: Date) -> Outcome {
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
        codes[match.key] = nil
        let session = Session(id: Secrets.token(), csrf: Secrets.token())
        sessions[session.id] = session
        return .paired(session)
    }

    func session(_ id: String) -> Session? { sessions[id] }

    func setFlash(_ id: String, lines: [String], warnings: [String]) {
        sessions[id]?.flash = lines
        sessions[id]?.flashWarnings = warnings
    }

    /// The confirmation to show once, then forget.
    func takeFlash(_ id: String) -> (lines: [String], warnings: [String]) {
        guard let session = sessions[id] else { return ([], []) }
        sessions[id]?.flash = []
        sessions[id]?.flashWarnings = []
        return (session.flash, session.flashWarnings)
    }
}
