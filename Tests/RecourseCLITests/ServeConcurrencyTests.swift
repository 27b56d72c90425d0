import Foundation
import Testing

/// The server and the command line write the same journal at once, and what the server
/// acknowledged survives the server being killed.
@Suite("serve: writing beside the command line", .serialized)
struct ServeConcurrencyTests {
    @Test("eight web posts and eight terminal logs at once all succeed, none 'locked', and a killed server loses none")
    func webAndTerminalTogether() throws {
        let journal = RecourseProcess()
        defer { journal.cleanUp() }
        #expect(try journal.run(["log", "中国移动", "--summary", "first", "--no-input"]).status == 0)
        let server = try ServeProcess(journal)
        let cookie = try server.pair()
        let csrf = try server.csrf(cookie: cookie)
        let web = Locked<[Int]>([]), terminal = Locked<[(Int32, String)]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            if index % 2 == 0 {
                let reply = try? server.request("/log", cookie: cookie, headers: ["Origin": server.origin],
                                                form: [("organization", "中国移动"), ("summary", "web \(index)"), ("csrf", csrf)], multipart: true)
                web.mutate { $0.append(reply?.status ?? 0) }
            } else {
                let result = try? journal.run(["log", "中国移动", "--summary", "terminal \(index)", "--no-input"])
                terminal.mutate { $0.append((result?.status ?? -1, result?.stderr ?? "")) }
            }
        }
        #expect(web.value.count == 8 && web.value.allSatisfy { $0 == 303 }, "\(web.value)")
        #expect(terminal.value.allSatisfy { $0.0 == 0 && !$0.1.lowercased().contains("locked") }, "\(terminal.value)")
        // Killed without warning: everything it answered 303 for is in the journal.
        kill(server.process.processIdentifier, SIGKILL)
        server.process.waitUntilExit()
        let shown = try journal.run(["show", "1", "--json"])
        for index in stride(from: 0, to: 16, by: 1) {
            #expect(shown.stdout.contains(index % 2 == 0 ? "web \(index)" : "terminal \(index)"), "\(index)")
        }
        #expect(try journal.run(["verify"]).status == 0)
    }
}

/// A value several threads append to.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
