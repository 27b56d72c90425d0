import Foundation
import Lexicon

/// Where output goes, and whether it may be coloured.
enum Console {
    static func out(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
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
