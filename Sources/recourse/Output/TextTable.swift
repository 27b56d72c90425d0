/// An aligned plain-text table whose column widths count wide characters as two columns.
struct TextTable {
    struct Column {
        let title: String
        var rightAligned = false
        /// Longer cells are cut with "…".
        var maxWidth = 60
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let cells = rows.map { row in row.enumerated().map { DisplayWidth.truncate(cleanCell($1), to: columns[$0].maxWidth) } }
        let widths = columns.indices.map { index in
            max(DisplayWidth.of(columns[index].title), cells.map { DisplayWidth.of($0[index]) }.max() ?? 0)
        }
        func line(_ values: [String], style: Style? = nil) -> String {
            let text = values.enumerated().map { index, value in
                index == values.count - 1 && !columns[index].rightAligned
                    ? value : DisplayWidth.pad(value, to: widths[index], rightAligned: columns[index].rightAligned)
            }.joined(separator: "  ")
            return style?.apply(text) ?? text
        }
        return ([line(columns.map(\.title), style: .bold)] + cells.map { line($0) }).joined(separator: "\n")
    }

    /// A cell is one line: line breaks and tabs become spaces so rows stay aligned.
    private func cleanCell(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
