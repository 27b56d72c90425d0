import Foundation
import Testing

/// Paths as people type them: relative, short, in folders that do not exist yet.
@Suite("Relative paths")
struct RelativePathTests {
    @Test("--db in a one-letter folder that does not exist yet is created (it used to trap in Foundation)")
    func oneLetterFolder() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let logged = try r.run(["log", "中国移动", "--db", "b/journal.sqlite", "--summary", "套餐被擅自变更", "--no-input"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(FileManager.default.fileExists(atPath: r.folder + "/b/journal.sqlite"))
        #expect(try r.run(["verify", "--db", "b/journal.sqlite"]).status == 0)
        let exported = try r.run(["export", "--db", "b/journal.sqlite", "--output", "c/all.jsonl"])
        #expect(exported.status == 0 || exported.status == 74, "a missing output folder is an error, never a crash: \(exported.stderr)")
        #expect(!exported.stderr.contains("crashed"), "\(exported.stderr)")
    }
}
