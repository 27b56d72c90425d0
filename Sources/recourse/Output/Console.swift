import Foundation
import Lexicon

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output goes, and whether it may be coloured.
enum Console {
    static func out(_ text: String) { write(Data((text + "\n").utf8)) }
    static func error(_ text: String) { _ = writeAll(STDERR_FILENO, Data((text + "\n").utf8)) }

    /// Writes `data` to stdout, all of it. A reader that went away (EPIPE: `recourse export | head`)
    /// ends the program quietly, as Unix tools do; any other failure (a full disk, `> /dev/full`)
    /// is one line on stderr and exit 74, never a crash.
    static func write(_ data: Data) {
        let code = writeAll(STDOUT_FILENO, data)
        guard code != 0 else { return }
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(ExitStatus.ioError.rawValue)
        }
        ErrorReporter.exit(with: CLIError(status: .ioError, message: Message.outputWriteFailed.text(String(cString: strerror(code)))))
    }

    /// Writes every byte of `data` to `fd`; 0, or the errno of the write that failed.
    private static func writeAll(_ fd: Int32, _ data: Data) -> Int32 {
        data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
    static func warn(_ text: String) { error(Message.warningPrefix.text(text)) }

    /// Colours only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb.
    static let useColor: Bool = {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    /// True when the user can be asked questions: stdin and stderr are terminals.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Asks one short question on stderr; Enter (or end of input) answers nil.
    static func ask(_ question: String) -> String? {
        FileHandle.standardError.write(Data((question + " ").utf8))
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.allSatisfy(\.isWhitespace) ? nil : line
    }
}

/// ANSI styles, applied only when `Console.useColor`.
enum Style {
    case bold, dim, red, yellow, green, cyan

    private var code: String {
        switch self {
        case .bold: "1"
        case .dim: "2"
        case .red: "31"
        case .yellow: "33"
        case .green: "32"
        case .cyan: "36"
        }
    }

    func apply(_ text: String) -> String {
        Console.useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The terminal's size, for tables and wrapped lines.
enum Terminal {
    /// `COLUMNS` when set to a number, else the width of the terminal on stdout, else nil (a file
    /// or a pipe: no limit, so scripts get whole lines).
    static let width: Int? = {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }()
}

/// `write(2)`, named apart from `Console.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
