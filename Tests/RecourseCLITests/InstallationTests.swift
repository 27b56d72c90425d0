import Foundation
import Testing

@Suite("Installation, files and help")
struct InstallationTests {
    @Test("the default journal lives under XDG_DATA_HOME, private even with umask 000")
    func privateFiles() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let evidence = r.write("receipt.pdf", "%PDF-1.4")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "umask 000; exec \"$0\" log Shop --attach \"$1\" --no-input >/dev/null", RecourseProcess.binary, evidence]
        var environment = r.environment
        environment.removeValue(forKey: "RECOURSE_DB")
        environment["XDG_DATA_HOME"] = r.folder + "/data"
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        let folder = r.folder + "/data/recourse"
        #expect(try mode(folder) == 0o700)
        #expect(try mode(folder + "/journal.sqlite") == 0o600)
        #expect(try mode(folder + "/attachments") == 0o700)
        let stored = try #require(FileManager.default.subpaths(atPath: folder + "/attachments")?.first { $0.count > 60 })
        #expect(try mode(folder + "/attachments/" + stored) == 0o600)
    }

    @Test("the binary copied alone to another folder runs the demo")
    func binaryAlone() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let copy = r.folder + "/bin/recourse"
        try FileManager.default.createDirectory(atPath: r.folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RecourseProcess.binary, toPath: copy)
        let result = try r.run(["demo", "--db", r.folder + "/demo/journal.sqlite"], executable: copy)
        #expect(result.status == 0)
        #expect(result.stdout.contains("数字人民币钱包"))
        #expect(result.stdout.contains("Northway Bank"))
        #expect(result.stdout.contains("OVERDUE"))
    }

    @Test("without a terminal it never prompts")
    func noPromptWithoutTerminal() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let result = try r.run(["log", "Bank"], stdin: "should not be read\n")
        #expect(result.status == 0)
        #expect(!result.stderr.contains("Enter skips"))
    }

    @Test("help lists the commands and the log options")
    func help() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let root = try r.run(["--help"])
        #expect(root.status == 0)
        for command in ["log", "show", "cases", "promise", "case", "org", "correct", "demo"] {
            #expect(root.stdout.contains("  \(command) "), "\(command)")
        }
        let log = try r.run(["log", "--help"])
        for option in ["--via", "--number", "--agent", "--ref", "--promise", "--due", "--case", "--new-case", "--at", "--attach", "--no-input", "--db", "--json"] {
            #expect(log.stdout.contains(option), "\(option)")
        }
    }
}

@Suite("Delivery scripts")
struct DeliveryScriptTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scripts").path

    @Test("the systemd service and the cron line run a real agenda command")
    func commandsRun() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let service = try String(contentsOfFile: Self.scripts + "/systemd/recourse-agenda.service", encoding: .utf8)
        let cron = try String(contentsOfFile: Self.scripts + "/recourse.cron", encoding: .utf8)
        let serviceLine = try #require(service.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        let cronLine = try #require(cron.split(separator: "\n").first { !$0.hasPrefix("#") })
        for line in [serviceLine, cronLine] {
            let words = line.split(separator: " ")
            let index = try #require(words.firstIndex { $0.hasSuffix("/recourse") })
            let arguments = words[(index + 1)...].prefix { !$0.hasPrefix(">") }.map(String.init)
            #expect(arguments == ["agenda", "--notify"])
            let result = try r.run(arguments, extraEnvironment: ["PATH": "/nonexistent"])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }
}

@Suite("Install: binary, completions and man page under PREFIX")
struct InstallScriptTests {
    @Test("Scripts/install puts the binary, bash/zsh/fish completions and the man page under a temporary PREFIX")
    func install() throws {
        let r = RecourseProcess()
        defer { r.cleanUp() }
        let prefix = r.folder + "/prefix"
        let result = try r.run([DeliveryScriptTests.scripts + "/install"], executable: "/bin/bash",
                               extraEnvironment: ["PREFIX": prefix, "RECOURSE_BIN": RecourseProcess.binary])
        #expect(result.status == 0, "\(result.stderr)")
        let files = ["bin/recourse", "share/bash-completion/completions/recourse", "share/zsh/site-functions/_recourse",
                     "share/fish/vendor_completions.d/recourse.fish", "share/man/man1/recourse.1"]
        for file in files { #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/recourse"))

        // Values complete: channels from a list, bodies and open cases from the data.
        let bash = try String(contentsOfFile: prefix + "/share/bash-completion/completions/recourse", encoding: .utf8)
        #expect(bash.contains("'phone'$'\\n''chat'"))
        let fish = try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/recourse.fish", encoding: .utf8)
        #expect(fish.contains("zh") && fish.contains("html"))
        try r.run(["log", "Bank", "--no-input"])
        let installed = prefix + "/bin/recourse"
        let bodies = try r.run(["---completion", "escalate", "--", "--to", "4", "0", "recourse", "escalate", "1", "--to", ""],
                               executable: installed, extraEnvironment: ["SAP_SHELL": "bash"])
        #expect(bodies.stdout.split(separator: "\n").contains("cn.nfra"))
        let cases = try r.run(["---completion", "show", "--", "positional@0", "2", "0", "recourse", "show", ""],
                              executable: installed, extraEnvironment: ["SAP_SHELL": "bash"])
        #expect(cases.stdout == "1\n")

        // The man page documents every visible command and the new options.
        let page = try String(contentsOfFile: prefix + "/share/man/man1/recourse.1", encoding: .utf8)
        #expect(page.hasPrefix(".TH RECOURSE 1"))
        for name in ["recourse log", "recourse promise extend", "recourse agenda", "recourse escalate", "\\-\\-extends", "\\-\\-contact", "130"] {
            #expect(page.contains(name), "\(name)")
        }
        #expect(!page.contains("seed-benchmark") && !page.contains("seed\\-benchmark"), "hidden commands stay hidden")
    }
}
