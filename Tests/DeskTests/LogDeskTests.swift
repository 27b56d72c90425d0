import Desk
import Foundation
import Journal
import Lexicon
import Reminders
import Testing

/// `LogDesk` as a library: what the web's log form and `log` call, without either skin.
@Suite("LogDesk")
struct LogDeskTests {
    static let now = Date(timeIntervalSince1970: 1_795_500_000) // 2026-11-24T06:00:00Z

    /// A fresh journal and a desk on a fixed clock, in Shanghai, with no user files.
    static func desk() throws -> (LogDesk, String) {
        let folder = NSTemporaryDirectory() + "recourse-desk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try JournalStore.open(JournalLocation(path: folder + "/journal.sqlite"), now: now)
        let desk = Desk(zone: TimeZone(identifier: "Asia/Shanghai")!, now: now, settings: Settings(), configFolder: folder + "/config")
        return (LogDesk(store: store, desk: desk), folder)
    }

    static func request(_ organization: String, _ fill: (inout LogRequest) -> Void = { _ in }) -> LogRequest {
        var request = LogRequest()
        request.organization = organization
        fill(&request)
        return request
    }

    /// A request refused for `field`.
    static func refused(_ field: LogField) -> LogRequest {
        request("中国移动") { r in
            switch field {
            case .due: r.promise = ["refund"]; r.due = ["someday maybe"]
            case .via: r.via = "pigeon"
            case .direction: r.direction = "sideways"
            case .at: r.at = "2099-01-01 10:00"
            case .duration: r.duration = "zz"
            case .case: r.caseID = 42
            case .agent: r.agent = "one\ntwo"
            case .attach: r.attach = ["/nonexistent/shot.png"]
            default: break
            }
        }
    }

    @Test("each refusal names the field it concerns and keeps the error it wraps; nothing is written",
          arguments: [LogField.due, .via, .direction, .at, .duration, .case, .agent, .attach])
    func refusals(_ field: LogField) throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try desk.commit(try desk.prepare(Self.refused(field)))
            Issue.record("accepted")
        } catch let error as LogFieldError {
            #expect(error.field == field, "\(error.localizedDescription)")
            #expect(!(error.underlying is LogFieldError))
            #expect(error.errorDescription == ErrorLine.message(error.underlying))
        }
        #expect(try desk.store.organizations().isEmpty, "nothing written")
    }

    @Test("a due phrase counts in the organization's business days; warnings and near names come back in order")
    func savesWithNotices() throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try desk.commit(try desk.prepare(Self.request("中国移动")))
        let prepared = try desk.prepare(Self.request("中国移動") { $0.promise = ["refund"]; $0.due = ["3 workdays"]; $0.summary = "safe account 安全账户" })
        #expect(prepared.nearOrganizations.map(\.name) == ["中国移动"])
        let outcome = try desk.commit(prepared)
        #expect(outcome.logged.createdOrganization && outcome.logged.promises.count == 1)
        guard case let .warning(first) = outcome.notices.first else { Issue.record("no near-name warning"); return }
        #expect(first.contains("中国移动 (#1)"))
        #expect(outcome.redFlagsFired)
        #expect(outcome.warnings.count == outcome.notices.filter { if case .warning = $0 { true } else { false } }.count + prepared.warnings.count)
        let preview = try LogDesk.previewDue("3 workdays", at: nil, organization: "中国移動", caseID: nil, desk: desk.desk) { desk.store }
        #expect(preview.date == outcome.logged.promises[0].dueAt, "the preview reads as log saved")
    }
}
