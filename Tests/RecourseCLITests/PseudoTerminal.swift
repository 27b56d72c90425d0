import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `recourse` on a pseudo-terminal and talks to it as a person at a keyboard would.
///
/// The child is started in its own session with the terminal as its controlling terminal, so the
/// line discipline behaves as on a real one: answers are echoed, Ctrl-C (`\u{03}`) sends SIGINT
/// and Ctrl-D (`\u{04}`) at the start of a line is end of input. Each answer is sent only once its
/// question has appeared, so the test sees exactly what a user would.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let master: Int32
    private let pid: pid_t
    /// Everything the terminal showed so far, with "\r\n" as "\n".
    private(set) var transcript = ""
    /// How far `expect` has matched; the next match starts after it.
    private var consumed: String.Index
    /// Bytes of a character split across two reads.
    private var pending: [UInt8] = []

    init(_ arguments: [String], environment: [String: String], columns: UInt16 = 80,
         executable: String = RecourseProcess.binary) throws {
        // posix_openpt/ptsname are not visible to Swift here; their Linux equivalents are.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by a session leader without O_NOCTTY, the terminal becomes the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A new session, with no signal blocked or ignored: the test runner's threads may block
        // SIGINT, and a child inherits that mask, so Ctrl-C would never arrive.
        var none = sigset_t()
        sigemptyset(&none)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &interrupt)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | 0x08 | 0x04))  // SETSID | SETSIGMASK | SETSIGDEF

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))") }
        pid = child
        consumed = transcript.startIndex
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    /// Waits until the terminal shows `text` (after what was matched before).
    func expect(_ text: String, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = transcript.range(of: text, range: consumed..<transcript.endIndex) {
                consumed = range.upperBound
                return
            }
            guard Date() < deadline, readMore(until: deadline) else {
                throw Failure(description: "the terminal never showed \(text.debugDescription); it showed:\n\(transcript)")
            }
        }
    }

    /// Types `text` (include "\n" for Enter).
    func send(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Waits for the program to end and returns its exit status (128 + N after signal N).
    func finish(timeout: TimeInterval = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else { throw Failure(description: "still running; it showed:\n\(transcript)") }
            _ = readMore(until: Date().addingTimeInterval(0.05))
        }
        while readMore(until: Date().addingTimeInterval(0.05)) {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Reads what is available before `deadline`; false when nothing more can come.
    private func readMore(until deadline: Date) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let wait = Int32(max(0, min(deadline.timeIntervalSinceNow, 0.2)) * 1000)
        guard poll(&descriptor, 1, wait) > 0 else { return Date() < deadline }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        // EIO: the child closed the terminal (it exited).
        guard count > 0 else { return false }
        // Output ends lines with "\r\n"; keep "\n" only. Decode whole characters only.
        var bytes = pending + buffer[..<count].filter { $0 != 0x0D }
        var cut = bytes.count
        for back in 1...min(3, bytes.count) {
            let byte = bytes[bytes.count - back]
            if byte & 0xC0 == 0x80 { continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if length > back { cut = bytes.count - back }
            break
        }
        pending = Array(bytes[cut...])
        bytes.removeLast(bytes.count - cut)
        let offset = transcript.distance(from: transcript.startIndex, to: consumed)
        transcript += String(decoding: bytes, as: UTF8.self)
        consumed = transcript.index(transcript.startIndex, offsetBy: offset)
        return true
    }
}
