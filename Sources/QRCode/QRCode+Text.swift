extension QRCode {
    /// The code drawn for a terminal with half-block characters, two module rows per line, inside
    /// the standard's quiet zone of four modules. Colours are set explicitly (black on white), so it
    /// scans on a dark terminal as on a light one; the colours are reset at each line's end.
    public func terminalText(quietZone: Int = 4) -> String {
        let span = size + 2 * quietZone
        func isDark(_ x: Int, _ y: Int) -> Bool {
            let (mx, my) = (x - quietZone, y - quietZone)
            return (0..<size).contains(mx) && (0..<size).contains(my) && modules[my][mx]
        }
        var lines: [String] = []
        for y in stride(from: 0, to: span, by: 2) {
            var line = "\u{1B}[30;47m"
            for x in 0..<span {
                switch (isDark(x, y), y + 1 < span && isDark(x, y + 1)) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            lines.append(line + "\u{1B}[0m")
        }
        return lines.joined(separator: "\n")
    }

    /// A plain PBM picture (P1), `scale` pixels per module with the quiet zone: for tests that
    /// hand the code to a real decoder.
    public func pbm(scale: Int = 4, quietZone: Int = 4) -> String {
        let span = (size + 2 * quietZone) * scale
        var rows: [String] = ["P1", "\(span) \(span)"]
        for py in 0..<span {
            let my = py / scale - quietZone
            rows.append((0..<span).map { px in
                let mx = px / scale - quietZone
                return (0..<size).contains(mx) && (0..<size).contains(my) && modules[my][mx] ? "1" : "0"
            }.joined(separator: " "))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
