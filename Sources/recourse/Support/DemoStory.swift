import Foundation
import Journal
import Reminders

/// A realistic bilingual history, written through the real store, for `recourse demo`.
///
/// Times are counted back from `now`, so the story always has something overdue, something
/// extended, something kept and something due soon, whatever day the demo runs.
struct DemoStory {
    let store: JournalStore
    let now: Date
    let zone: TimeZone
    let evidenceFolder: String
    let calendars: CalendarLibrary

    func write() throws {
        _ = try store.addOrganization(OrganizationDraft(
            name: "数字人民币钱包", aliases: ["e-CNY wallet", "Digital RMB Wallet"],
            officialChannels: ["phone:95566"], kind: .wallet, jurisdiction: "CN"), now: at(-10, 9, 0))
        let wallet = try log("数字人民币钱包", daysAgo: 9, 10, 5, promises: [("三个工作日内退回 500.00 元", "三个工作日内")]) {
            $0.address = "95566"; $0.agent = "工号 1023"; $0.reference = "CS20261116-88"; $0.durationSeconds = 14 * 60
            $0.summary = "从钱包向银行卡转账 500.00 元失败，钱包已扣款但银行卡未到账"
            $0.advice = "重启应用并重新绑定银行卡"
        }
        var walletDetails = CaseDetails()
        walletDetails.amount = .some((50_000, "CNY"))
        walletDetails.accountRef = "6222 0212 3456 7890"
        walletDetails.desiredOutcome = "退回 500.00 元并说明失败原因"
        _ = try store.editCase(wallet.caseFile.id!, walletDetails, now: at(-9, 10, 30))
        // The second call moves the deadline; "3天后" counts from that call, so the story's dates agree.
        _ = try log(nil, caseID: wallet.caseFile.id, daysAgo: 5, 14, 30, extending: [(wallet.promises[0].id!, "3天后")]) {
            $0.address = "95566"; $0.agent = "工号 2210"; $0.reference = "CS20261120-17"
            $0.summary = "催办：款项仍未退回，客服称清算中心在处理，承诺加急"
            $0.advice = "耐心等待，不要重复发起转账"
        }
        let transcript = evidenceFolder + "/在线客服聊天记录.txt"
        try "客服小蓝：您好，您的退款申请已加急处理，请耐心等待。\n".write(toFile: transcript, atomically: true, encoding: .utf8)
        _ = try log(nil, caseID: wallet.caseFile.id, daysAgo: 2, 20, 15, channel: .chat, attachments: [transcript]) {
            $0.agent = "小蓝"; $0.summary = "在线客服称已加急处理，但给不出到账时间"
        }

        _ = try store.addOrganization(OrganizationDraft(name: "Northway Bank", officialChannels: ["phone:03453000000"],
                                                        kind: .bank, jurisdiction: "GB"), now: at(-13, 9, 0))
        let bank = try log("Northway Bank", daysAgo: 12, 9, 40, newCase: "Card payment of £84.99 taken twice", promises: [("refund the duplicate £84.99", "5 workdays")]) {
            $0.address = "0345 300 0000"; $0.agent = "Priya"; $0.reference = "CMP-5521"; $0.durationSeconds = 22 * 60
            $0.summary = "Card payment of £84.99 to an online shop was taken twice on the same day"
            $0.advice = "Wait for the pending duplicate to drop off"
        }
        var bankDetails = CaseDetails()
        bankDetails.amount = .some((8_499, "GBP"))
        bankDetails.desiredOutcome = "Refund the duplicate payment of £84.99"
        _ = try store.editCase(bank.caseFile.id!, bankDetails, now: at(-12, 10, 0))
        _ = try store.resolvePromise(bank.promises[0].id!, as: .broken, note: "Nothing refunded on the statement",
                                     at: at(-4, 9, 0), now: at(-4, 9, 0))
        _ = try log("Northway Bank", daysAgo: 4, 10, 0, channel: .email, promises: [("final response to the complaint", "8 weeks")]) {
            $0.address = "complaints@northway.example"
            $0.summary = "Sent a formal complaint about the duplicate charge; asked for a final response"
        }

        _ = try store.addOrganization(OrganizationDraft(name: "中国移动", aliases: ["China Mobile"], officialChannels: ["phone:10086"],
                                                        kind: .telecom, jurisdiction: "CN"), now: at(-4, 9, 0))
        let mobile = try log("中国移动", daysAgo: 3, 16, 20, newCase: "套餐被擅自变更", promises: [("24小时内回电并退费", "24小时内")]) {
            $0.address = "10086"; $0.agent = "工号 8812"; $0.reference = "TS-20261122-0031"
            $0.summary = "套餐被擅自变更，本月多扣费 38 元"; $0.advice = "等待回电"
        }
        _ = try store.resolvePromise(mobile.promises[0].id!, as: .kept, note: "已回电，38 元已退回",
                                     at: at(-2, 11, 0), now: at(-2, 11, 0))
        _ = try log(nil, caseID: mobile.caseFile.id, daysAgo: 2, 11, 0, direction: .inbound, promises: [("下月账单确认无误", "下个月底")]) {
            $0.address = "10086"; $0.outcome = "已退还 38 元，套餐恢复"
        }
    }

    private func at(_ days: Int, _ hour: Int, _ minute: Int) -> Date {
        CalendarDay(now, in: zone).adding(days: days).at(TimeOfDay(hour: hour, minute: minute)!, in: zone)
    }

    private func log(_ organization: String?, caseID: Int64? = nil, daysAgo: Int, _ hour: Int, _ minute: Int,
                     newCase: String? = nil, channel: Channel = .phone, direction: Direction = .outbound,
                     attachments: [String] = [], promises: [(String, String)] = [], extending: [(Int64, String)] = [],
                     fill: (inout ContactDraft) -> Void) throws -> LoggedContact {
        let when = at(-daysAgo, hour, minute)
        var draft = ContactDraft(organization: organization, occurredAt: when, zone: zone.identifier)
        draft.caseChoice = caseID.map(CaseChoice.existing) ?? newCase.map { .new(title: $0) } ?? .automatic
        draft.channel = channel
        draft.direction = direction
        draft.attachmentPaths = attachments
        fill(&draft)
        let jurisdiction = try organization.flatMap(store.organization(named:))?.jurisdiction
            ?? caseID.flatMap(store.organization(ofCase:))?.jurisdiction
        let calendar = jurisdiction.flatMap(calendars.calendar) ?? WeekendCalendar() as any BusinessCalendar
        let context = WhenContext(now: when, zone: zone, calendar: calendar, purpose: .deadline)
        draft.promises = try promises.map { text, words in
            PromiseDraft(text: text, dueAt: try WhenParser.parse(words, context: context).date, dueWords: words)
        }
        draft.extensions = try extending.map { id, words in
            ExtensionDraft(promiseID: id, dueAt: try WhenParser.parse(words, context: context).date, dueWords: words)
        }
        return try store.logContact(draft, now: when.addingTimeInterval(300))
    }
}
