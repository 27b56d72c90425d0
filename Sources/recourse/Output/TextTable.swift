/// An aligned plain-text table whose column widths count wide characters as two columns.
///
/// With a `width` (the terminal's), the table fits it: the widest free-text column is shortened
/// with "…", then the next, down to each one's minimum; ids, dates, counts, references, staff
/// numbers and amounts are never cut. When even that does not fit, columns marked droppable are
/// left out, least needed first. Without a width (a file or a pipe) nothing is ever cut.
struct TextTable {
    struct Column {
        let title: String
        var rightAligned = false
        /// Longer cells are cut with "…".
        var maxWidth = 60
        /// Free text (names, titles, what was promised) that may be shortened to fit the width.
        var flexible = false
        /// A flexible column is not shortened below this.
        var minWidth = 8
        /// Columns that may be left out on a narrow terminal, lowest first; nil: always shown.
        var dropOrder: Int? = nil
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []
    /// Columns available, or nil for no limit (output to a file or pipe without `COLUMNS`).
    var width: Int?

    init(_ columns: [Column], indent: Int = 0) {
        self.columns = columns
        width = Terminal.width.map { $0 - indent }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        // `maxWidth` keeps a screen readable; a file or pipe gets every character.
        var cells = rows.map { row in
            row.enumerated().map { width == nil || !columns[$0].flexible ? cleanCell($1) : DisplayWidth.truncate(cleanCell($1), to: columns[$0].maxWidth) }
        }
        var widths = columns.indices.map { index in
            max(DisplayWidth.of(columns[index].title), cells.map { DisplayWidth.of($0[index]) }.max() ?? 0)
        }
        var shown = Array(columns.indices)
        if let width {
            (shown, widths) = fitted(widths, to: width)
            cells = cells.map { row in row.enumerated().map { columns[$0].flexible ? DisplayWidth.truncate($1, to: widths[$0]) : $1 } }
        }
        func line(_ values: [String], style: Style? = nil) -> String {
            let text = shown.map { index in
                index == shown.last && !columns[index].rightAligned
                    ? values[index] : DisplayWidth.pad(values[index], to: widths[index], rightAligned: columns[index].rightAligned)
            }.joined(separator: "  ")
            return style?.apply(text) ?? text
        }
        let titles = columns.enumerated().map { DisplayWidth.truncate($1.title, to: widths[$0]) }
        return ([line(titles, style: .bold)] + cells.map { line($0) }).joined(separator: "\n")
    }

    /// The columns shown and their widths: the widest flexible column is shrunk, one at a time,
    /// until the row fits `width`; if the minimums are still too wide, droppable columns go.
    private func fitted(_ natural: [Int], to width: Int) -> (shown: [Int], widths: [Int]) {
        var shown = Array(columns.indices)
        func minimum(_ index: Int) -> Int { columns[index].flexible ? min(natural[index], columns[index].minWidth) : natural[index] }
        func total(_ widths: (Int) -> Int) -> Int { shown.map(widths).reduce(0, +) + 2 * (shown.count - 1) }
        let droppable = columns.indices.filter { columns[$0].dropOrder != nil }.sorted { columns[$0].dropOrder! < columns[$1].dropOrder! }
        for index in droppable where total(minimum) > width { shown.removeAll { $0 == index } }

        var widths = natural
        var excess = total { widths[$0] } - width
        while excess > 0 {
            let shrinkable = shown.filter { columns[$0].flexible && widths[$0] > minimum($0) }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            let next = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let cut = max(1, min(excess, widths[widest] - max(next, minimum(widest))))
            widths[widest] -= cut
            excess -= cut
        }
        return (shown, widths)
    }

    /// Tab and the scalars `Character.isNewline` is true for.
    private static let breaks: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

    /// A cell is one line: line breaks and tabs become spaces so rows stay aligned. Most cells
    /// have neither and are returned as they are.
    private func cleanCell(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { Self.breaks.contains($0.value) }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
