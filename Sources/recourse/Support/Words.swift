import Foundation
import Lexicon

/// The words the prompts, near-match offers, extensions and command suggestions say, English and
/// Chinese side by side.
///
/// They follow the interface language (`Language.current`). They are pairs here rather than
/// `Message` rows only because they landed beside the catalog; moving them is one row each.
enum Words {
    /// The interface language chosen at start-up (`--lang`, the lang setting, the locale).
    static var chinese: Bool { Language.current == .zh }

    private static func say(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    // MARK: - Command suggestions

    static func unknownCommand(_ word: String, suggestion: String?, known: [String]) -> String {
        if let suggestion {
            return say("unknown command '\(word)'; did you mean '\(suggestion)'?", "未知命令“\(word)”；是指“\(suggestion)”吗？")
        }
        return say("unknown command '\(word)'; commands: \(known.joined(separator: ", "))",
                   "未知命令“\(word)”；可用命令：\(known.joined(separator: ", "))")
    }

    // MARK: - Prompts

    /// A question as printed: "Summary (Enter skips): " / "摘要（回车跳过）："
    static func question(_ label: String, hint: String?) -> String {
        chinese ? label + (hint.map { "（\($0)）" } ?? "") + "：" : label + (hint.map { " (\($0))" } ?? "") + ": "
    }

    static let organization = say("Organization", "机构")
    static let channel = say("Channel", "渠道")
    static let number = say("Number used", "拨打的号码")
    static let agent = say("Agent / staff number", "客服 / 工号")
    static let reference = say("Reference number", "参考编号")
    static let summary = say("Summary", "摘要")
    static let advice = say("Advice they gave", "客服建议")
    static let promise = say("What did they promise", "对方承诺了什么")
    static let due = say("By when", "期限")
    static let newDue = say("New due time", "新的期限")
    static let note = say("Note", "备注")
    static let when = say("When", "时间")
    static let body = say("Sent to (body)", "提交给（机构）")
    static let sentAt = say("When sent", "提交时间")
    static let complaintReference = say("Their reference", "对方编号")
    static let givenOnContact = say("Given on contact", "在哪次联系中给出")
    static let enterSkips = say("Enter skips", "回车跳过")
    static let enterIsNow = say("Enter = now", "回车 = 现在")
    static let enterIsPhone = say("Enter = phone", "回车 = 电话")
    static let enterIsNone = say("Enter = none", "回车 = 无")
    static let required = say("required", "必填")
    static let dueExamples = say("e.g. 三个工作日内, friday 5pm, 2026-11-27", "例如 三个工作日内、周五下午5点、2026-11-27")
    static let aPromiseNeedsADueTime = say("a promise needs a due time; type one, or Ctrl-C to abandon",
                                           "承诺需要一个期限；请输入，或按 Ctrl-C 放弃")
    static let answerRequired = say("an answer is needed here; or Ctrl-C to abandon", "此项必填；或按 Ctrl-C 放弃")
    static let save = say("Save this record?", "保存这条记录吗？")
    static let yesNoYes = say("[Y/n]", "[Y/n]")
    static let yesNoNo = say("[y/N]", "[y/N]")
    static let answerYesOrNo = say("answer y or n", "请回答 y 或 n")
    static let abandoned = say("abandoned; nothing was saved", "已放弃；没有保存任何内容")

    static func openCases(_ organization: String) -> String {
        say("Open cases with \(organization):", "\(organization) 的未结案件：")
    }
    static let newCaseChoice = say("n  a new case", "n  新建案件")
    static func whichCase(only: Int64?) -> String {
        only.map { say("Which case? (Enter = #\($0), n = new)", "哪个案件？（回车 = #\($0)，n = 新建）") }
            ?? say("Which case? (number, or n for a new one)", "哪个案件？（输入编号，或 n 新建）")
    }
    static func notAChoice(_ answer: String) -> String {
        say("'\(answer)' is not one of the numbers shown (or n)", "“\(answer)”不是列出的编号（或 n）")
    }

    // MARK: - The record before saving

    static let recordTitle = say("The record:", "记录如下：")
    static let caseLabel = say("Case", "案件")
    static let newCaseLabel = say("a new case", "新案件")
    static let extendsLabel = say("Moves promise", "改期承诺")
    static func extensionLine(_ promiseID: Int64, _ due: String) -> String {
        say("promise #\(promiseID) now due \(due)", "承诺 #\(promiseID) 改为 \(due) 到期")
    }

    // MARK: - Organizations

    static func meant(_ name: String, id: Int64) -> String {
        say("Did you mean \(name) (#\(id))?", "是指 \(name) (#\(id)) 吗？")
    }
    static func createsNew(_ name: String) -> String {
        say("n = create a new organization '\(name)'", "n = 新建机构“\(name)”")
    }
    static func whichOrganization(_ name: String) -> String {
        say("'\(name)' is close to organizations you have:", "“\(name)”与已有机构相近：")
    }
    static let whichOrganizationPrompt = say("Which one? (number, or n for a new organization)", "是哪一个？（输入编号，或 n 新建机构）")
    static func nearOrganization(_ name: String, near: [(String, Int64)]) -> String {
        let list = near.map { "\($0.0) (#\($0.1))" }.joined(separator: ", ")
        return say("created a new organization '\(name)', close to \(list); if it is the same, log to that name next time (or add an alias with 'recourse org add NAME --alias \(name)')",
                   "已新建机构“\(name)”，与 \(list) 相近；若是同一机构，下次请用该名称（或用 'recourse org add 名称 --alias \(name)' 加别名）")
    }

    // MARK: - Extensions

    /// The MOVED cell of a reminder: how often, when last, and by whom ("1× Fri 20 Nov 14:30 工号 2210").
    static func moved(count: Int, at: String?, by: String?) -> String {
        ([say("\(count)×", "\(count) 次")] + [at, by].compactMap { $0 }).joined(separator: " ")
    }
    static func supersededPrompt(_ id: Int64, current: Int64, due: String) -> String {
        say("Promise #\(id) was extended; the current one is #\(current), due \(due). Act on #\(current)?",
            "承诺 #\(id) 已改期；当前是 #\(current)，\(due) 到期。改为处理 #\(current) 吗？")
    }
    static func promiseExtended(_ previous: Int64, current: Int64, due: String, was: String) -> String {
        Message.promiseExtended.text(previous, current, due, was)
    }
    static func movedOn(_ when: String, contact: Int64?, agent: String?) -> String {
        let on = contact.map { say(" on contact #\($0)", "，联系 #\($0)") } ?? ""
        let who = agent.map { say(" (\($0))", "（\($0)）") } ?? ""
        return say("moved \(when)\(on)\(who)", "\(when) 改期\(on)\(who)")
    }
}
