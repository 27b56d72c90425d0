import Foundation
import Testing

/// Issue #22: a spreadsheet keeps every digit. The CSV export is opened by LibreOffice Calc
/// (headless, Debian's `libreoffice-calc-nogui`, installed by Scripts/test) and each cell is read
/// back with its type: a 16-digit reference and a phone number with a leading zero must be text,
/// exactly as logged; and the file must come back through `import` unchanged.
@Suite("CSV export read back by LibreOffice Calc")
struct SpreadsheetReadBackTests {
    /// The cells of the first sheet of a file LibreOffice converted to flat ODF: (type, text) per cell, row by row.
    private func calcCells(_ csv: String, in r: RecourseProcess) throws -> [[(type: String, value: String)]] {
        let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let office = try #require(soffice, "LibreOffice Calc is needed: run Scripts/test, the README's test command")
        let out = r.folder + "/calc"
        // 44 = comma, 34 = quote, 76 = UTF-8, 1 = first line; a private profile so parallel runs do not collide.
        let result = try r.run(["-env:UserInstallation=file://" + r.folder + "/lo-profile", "--headless", "--infilter=CSV:44,34,76,1",
                                "--convert-to", "fods", "--outdir", out, csv], executable: office)
        #expect(result.status == 0, "\(result.stderr)")
        let name = ((csv as NSString).lastPathComponent as NSString).deletingPathExtension + ".fods"
        let xml = try String(contentsOfFile: out + "/" + name, encoding: .utf8)
        func matches(_ pattern: String, in text: String) -> [[String]] {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
                (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
            }
        }
        func unescape(_ text: String) -> String {
            text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
        let table = matches("<table:table [^>]*>(.*?)</table:table>", in: xml).first?[1] ?? ""
        return matches("<table:table-row[^>]*>(.*?)</table:table-row>", in: table).map { row in
            matches("<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)", in: row[1]).flatMap { cell in
                let type = matches("office:value-type=\"([^\"]*)\"", in: cell[1]).first?[1] ?? ""
                let stringValue = matches("office:string-value=\"([^\"]*)\"", in: cell[1]).first?[1]
                let text = matches("<text:p>(.*?)</text:p>", in: cell[2]).map { $0[1] }.joined(separator: "\n")
                // Equal neighbouring cells are written once with a repeat count.
                let repeated = Int(matches("table:number-columns-repeated=\"([0-9]+)\"", in: cell[1]).first?[1] ?? "") ?? 1
                return Array(repeating: (type: type, value: unescape(stringValue ?? text)), count: min(repeated, 64))
            }
        }
    }

    @Test("references of 16 digits and numbers with a leading zero are text in Calc, every digit kept")
    func calcKeepsEveryDigit() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let log = try r.run(["log", "京东", "--ref", "2026110319200088", "--number", "08000234567", "--agent", "工号 1023",
                             "--summary", "退款 950 元未到账", "--at", "2026-11-03 19:20", "--no-input"])
        #expect(log.status == 0, "\(log.stderr)")
        let folder = r.outside + "/sheets"
        let export = try r.run(["export", "--format", "csv", "--output", folder, "--no-redact", "--lang", "en"])
        #expect(export.status == 0, "\(export.stderr)")
        let cells = try calcCells(folder + "/contacts.csv", in: r)
        let heading = try #require(cells.first).map(\.value)
        let row = try #require(cells.dropFirst().first)
        func cell(_ title: String) -> (type: String, value: String)? { heading.firstIndex(of: title).map { row[$0] } }
        #expect(cell("Reference")?.type == "string" && cell("Reference")?.value == "2026110319200088", "\(row)")
        #expect(cell("Number used")?.type == "string" && cell("Number used")?.value == "08000234567", "\(row)")
        #expect(cell("Contact")?.type == "float", "a short id stays a number a spreadsheet can sort")
        #expect(cell("Summary")?.value == "退款 950 元未到账")
        // Times are the user's local time, which Calc reads as a date and time; the heading names the zone.
        #expect(cell("Occurred at (Asia/Shanghai)")?.type == "date", "\(heading) \(row)")
        #expect(cell("Occurred at (Asia/Shanghai)")?.value == "2026-11-03 19:20:00", "\(row)")

        // The same file imported into a fresh journal gives back the reference and the number exactly.
        let other = RecourseProcess()
        defer { other.cleanUp() }
        let imported = try other.run(["import", folder + "/contacts.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let show = try other.run(["show", "1", "--json"]).stdout
        #expect(show.contains("\"2026110319200088\"") && show.contains("\"08000234567\""), "\(show)")
        func occurredAt(_ p: RecourseProcess) throws -> String? {
            let contacts = (try p.run(["show", "1", "--json"]).json as? [String: Any])?["contacts"] as? [[String: Any]]
            return (contacts?.first?["contact"] as? [String: Any])?["occurred_at"].map { "\($0)" }
        }
        #expect(try occurredAt(other) != nil && occurredAt(other) == occurredAt(r), "the same instant comes back")
    }
}
