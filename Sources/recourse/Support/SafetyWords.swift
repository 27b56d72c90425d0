/// The words of the input, time and output checks (issue #9), English and Chinese side by side,
/// kept in this one place until they move into the message catalog (issue #10).
enum SafetyWords {
    case asOfOnWrite
    case atInFuture(words: String, when: String)
    case yearOutOfRange(option: String, words: String, early: Bool)
    case invalidUTF8Argument(position: Int, option: String?, shown: String)
    case invalidUTF8Environment(name: String, shown: String)
    case outputExists(path: String)
    case outputIsDirectory(path: String)
    case outputInJournalFolder(path: String, folder: String)
    case outputFolderMissing(path: String)
    case outputFailed(path: String, reason: String)

    var en: String {
        switch self {
        case .asOfOnWrite:
            return "--as-of is for reading; a command that records something uses the real time (give --at WHEN for when it happened)"
        case let .atInFuture(words, when):
            return "--at '\(words)' (\(when)) is in the future; --at is when it happened, at the latest now"
        case let .yearOutOfRange(option, words, early):
            let bound = early ? "before \(TimeBounds.years.lowerBound)" : "after \(TimeBounds.years.upperBound)"
            return "\(option) '\(words)' is \(bound); times must fall in the years \(TimeBounds.years.lowerBound)–\(TimeBounds.years.upperBound)"
        case let .invalidUTF8Argument(position, option, shown):
            return "argument \(position)\(option.map { " (\($0))" } ?? "") is not valid UTF-8: '\(shown)'; retype it or fix the terminal's encoding"
        case let .invalidUTF8Environment(name, shown):
            return "$\(name) is not valid UTF-8: '\(shown)'; set it to a UTF-8 path"
        case let .outputExists(path):
            return "'\(path)' already exists; give another file name, or --force to replace it"
        case let .outputIsDirectory(path):
            return "'\(path)' is a directory; give a file name"
        case let .outputInJournalFolder(path, folder):
            return "'\(path)' is inside the journal's folder \(folder); write drafts and exports somewhere else"
        case let .outputFolderMissing(path):
            return "cannot write '\(path)': its folder does not exist"
        case let .outputFailed(path, reason):
            return "cannot write '\(path)': \(reason)"
        }
    }

    var zh: String {
        switch self {
        case .asOfOnWrite:
            return "--as-of 只用于查看；记录类命令按真实时间记录（事情发生的时间请用 --at 指定）"
        case let .atInFuture(words, when):
            return "--at '\(words)'（\(when)）在将来；--at 是事情发生的时间，最晚为现在"
        case let .yearOutOfRange(option, words, early):
            let bound = early ? "早于 \(TimeBounds.years.lowerBound) 年" : "晚于 \(TimeBounds.years.upperBound) 年"
            return "\(option) '\(words)' \(bound)；时间须在 \(TimeBounds.years.lowerBound)–\(TimeBounds.years.upperBound) 年之间"
        case let .invalidUTF8Argument(position, option, shown):
            return "第 \(position) 个参数\(option.map { "（\($0)）" } ?? "")不是有效的 UTF-8：'\(shown)'；请重新输入或检查终端编码"
        case let .invalidUTF8Environment(name, shown):
            return "$\(name) 不是有效的 UTF-8：'\(shown)'；请设为 UTF-8 路径"
        case let .outputExists(path):
            return "'\(path)' 已存在；请换一个文件名，或用 --force 覆盖"
        case let .outputIsDirectory(path):
            return "'\(path)' 是文件夹；请给出文件名"
        case let .outputInJournalFolder(path, folder):
            return "'\(path)' 位于日志文件夹 \(folder) 内；请把草稿和导出写到别处"
        case let .outputFolderMissing(path):
            return "无法写入 '\(path)'：所在文件夹不存在"
        case let .outputFailed(path, reason):
            return "无法写入 '\(path)'：\(reason)"
        }
    }
}
