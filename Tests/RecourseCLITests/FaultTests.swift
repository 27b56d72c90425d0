import Foundation
import Testing

@Suite("Faults: SIGKILL, concurrency, disk full (Scripts/fault-test --quick)")
struct FaultTests {
    @Test("nothing acknowledged is lost, nothing partial is stored, no 'locked' reaches the user")
    func faultTest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run([root.appendingPathComponent("Scripts/fault-test").path, "--quick"], executable: "/bin/bash",
                               extraEnvironment: ["RECOURSE_BIN": RecourseProcess.binary, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("fault-test: all checks passed"))
        #expect(result.stdout.contains("failures: 0, 'locked'/'busy' messages: 0"))
    }
}

@Suite("Doctor: stray files left by an interrupted log")
struct DoctorCLITests {
    @Test("doctor reports a stray file and --clean moves it to quarantine once it is old; evidence stays")
    func clean() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        try r.run(["log", "Bank", "--attach", r.write("receipt.txt", "paid"), "--no-input"])
        let stray = r.folder + "/attachments/.incoming-deadbeef"
        try "half a copy".write(toFile: stray, atomically: false, encoding: .utf8)
        let found = try r.run(["doctor"])
        #expect(found.status == 1)
        #expect(found.stdout.contains("✗ no stray files under attachments/"))
        #expect(found.stdout.contains("attachments/.incoming-deadbeef is referenced by no record"))
        #expect(try r.run(["doctor", "--clean"]).status == 1, "a recent file may belong to a log still running")
        #expect(FileManager.default.fileExists(atPath: stray))
        try r.run(["-d", "2 hours ago", stray], executable: "/usr/bin/touch")
        let cleaned = try r.run(["doctor", "--clean"])
        #expect(cleaned.status == 0, "\(cleaned.stdout)")
        #expect(cleaned.stdout.hasPrefix("Moved attachments/.incoming-deadbeef to \(r.folder)/quarantine/"))
        #expect(!FileManager.default.fileExists(atPath: stray))
        let note = try #require(FileManager.default.subpaths(atPath: r.folder + "/quarantine")?.first { $0.hasSuffix("NOTE.txt") })
        #expect(try String(contentsOfFile: r.folder + "/quarantine/" + note, encoding: .utf8).contains(".incoming-deadbeef\tfrom \(r.folder)/attachments/.incoming-deadbeef"))
        #expect(try r.run(["doctor", "--deep"]).stdout.contains("✓ evidence files (re-hashed)"))
    }
}
