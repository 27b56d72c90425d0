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
