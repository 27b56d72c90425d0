import Foundation
import Testing

/// The phone story in a real browser: Tests/Browser/phone_flow.py drives Debian's chromium through
/// chromedriver at 390×844, with Selenium from .venv (Scripts/test installs all three).
@Suite("serve: the phone story in a real browser")
struct ServeBrowserTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let python = root + "/.venv/bin/python3"
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") && FileManager.default.isExecutableFile(atPath: python)

    @Test("pair, log a call with a promise and a screenshot, see it on the agenda, in the feed and in `recourse show`",
          .enabled(if: available, "needs chromium, chromium-driver and selenium in .venv: run Scripts/test"))
    func phoneStory() throws {
        let shots = NSTemporaryDirectory() + "recourse-shots-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: shots) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [Self.root + "/Tests/Browser/phone_flow.py", RecourseProcess.binary, shots]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("browser test passed"))
    }
}
