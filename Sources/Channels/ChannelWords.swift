/// Every user-facing sentence of the channel checks, English and Chinese side by side, so that the
/// message catalog can take them over in one move.
public enum ChannelWords {
    public enum Language: Sendable { case en, zh }

    /// What to do when a contact may be a scam (国家反诈中心 guidance, fraud.md).
    static func whatToDo(genuine: String?, _ language: Language) -> String {
        switch language {
        case .en: "what to do: hang up; call back \(genuine ?? "the number in the official app or on the official site"); share no codes or passwords; in China, report to 96110"
        case .zh: "请挂断电话，拨打\(genuine ?? "官方App或官网公布的号码")回拨核实；不要提供验证码或密码；可拨打96110反诈专线"
        }
    }

    static func inboundNotGenuine(_ address: String, of institution: String, genuine: String, callBack: String, _ language: Language) -> String {
        switch language {
        case .en: "inbound contact from \(address), which is not a genuine channel of \(institution) (genuine: \(genuine)); treat the caller as unverified — " + whatToDo(genuine: callBack, language)
        case .zh: "来电 \(address) 不是\(institution)的官方渠道（官方：\(genuine)）；对方身份未经核实——" + whatToDo(genuine: callBack, language)
        }
    }

    static func outboundNotGenuine(_ address: String, of institution: String, genuine: String, _ language: Language) -> String {
        switch language {
        case .en: "you contacted \(address), which is not a genuine channel of \(institution) (genuine: \(genuine)); numbers found through search engines can be fake"
        case .zh: "你联系的 \(address) 不是\(institution)的官方渠道（官方：\(genuine)）；搜索引擎找到的号码可能是假冒的"
        }
    }

    static func belongsToOther(_ address: String, owner: String, named: String, _ language: Language) -> String {
        switch language {
        case .en: "\(address) is a genuine channel of \(owner), not of \(named); check which organization this contact was with"
        case .zh: "\(address) 是\(owner)的官方渠道，不是\(named)的；请核对这次联系的机构"
        }
    }

    static func inboundUnverifiable(_ address: String, of organization: String, _ language: Language) -> String {
        switch language {
        case .en: "inbound contact from \(address): Recourse knows no genuine channel of \(organization) to compare it with (add one with org add --official) — before acting on it, " + whatToDo(genuine: nil, language)
        case .zh: "来电 \(address)：Recourse 没有\(organization)的官方渠道可供核对（可用 org add --official 添加）——在照做之前，" + whatToDo(genuine: nil, language)
        }
    }

    static func redFlags(_ hits: [RedFlags.Hit], caseID: Int64?, _ language: Language) -> String {
        let listed = hits.map { language == .en ? "'\($0.phrase)' (\($0.flag.whyEN))" : "「\($0.phrase)」（\($0.flag.whyZH)）" }
        let mark = caseID.map { language == .en ? "; if it was a scam: recourse case edit \($0) --category fraud" : "；如确认是诈骗：recourse case edit \($0) --category fraud" } ?? ""
        switch language {
        case .en: return "red flags of a fake customer service: " + listed.joined(separator: ", ") + " — " + whatToDo(genuine: nil, language) + mark
        case .zh: return "假冒客服的危险信号：" + listed.joined(separator: "、") + "——" + whatToDo(genuine: nil, language) + mark
        }
    }

    // MARK: - recourse check

    static func genuine(_ written: String, of institution: Institution, channel: GenuineChannel, _ language: Language) -> String {
        let note = channel.confidence == .unconfirmed ? (language == .en ? " — UNCONFIRMED, verify before relying on it" : "——未经证实，请先核实") : ""
        switch language {
        case .en: return "\(written) is a genuine \(channel.kind.rawValue) of \(institution.displayName) (\(channel.confidence.rawValue); source: \(channel.source))\(note)"
        case .zh: return "\(written) 是\(institution.nameZH)的官方\(kindZH[channel.kind] ?? "渠道")（\(confidenceZH[channel.confidence] ?? "")；来源：\(channel.source)）\(note)"
        }
    }

    private static let kindZH: [GenuineChannel.Kind: String] = [.phone: "电话", .site: "网站", .app: "App", .wechat: "公众号", .email: "邮箱"]
    private static let confidenceZH: [GenuineChannel.Confidence: String] = [.confirmed: "已核实", .published: "公开发布", .unconfirmed: "未经证实"]

    static func recordedByYou(_ written: String, of organization: String, _ language: Language) -> String {
        switch language {
        case .en: "\(written) is an official channel of \(organization), as you recorded it (org add --official)"
        case .zh: "\(written) 是你记录的\(organization)官方渠道（org add --official）"
        }
    }

    static func unknownAddress(_ written: String, _ language: Language) -> String {
        switch language {
        case .en: "\(written) is not a genuine channel Recourse knows; before calling or trusting it, find the number in the institution's official app or on its official site"
        case .zh: "\(written) 不在 Recourse 已知的官方渠道中；拨打或相信它之前，请在该机构的官方App或官网上核对号码"
        }
    }

    static func institutionChannels(_ institution: Institution, _ language: Language) -> String {
        let list = institution.channels.map { "\($0.kind.rawValue) \($0.written)" + ($0.confidence == .unconfirmed ? " (unconfirmed)" : "") }
        switch language {
        case .en: return "\(institution.displayName): genuine channels: " + list.joined(separator: ", ")
        case .zh: return "\(institution.nameZH)的官方渠道：" + list.joined(separator: "、")
        }
    }

    static func clean(_ language: Language) -> String {
        switch language {
        case .en: "no red flags found; still, share no codes or passwords with anyone who contacts you"
        case .zh: "未发现危险信号；但仍不要向主动联系你的人提供验证码或密码"
        }
    }

    static func flagLine(_ hit: RedFlags.Hit, _ language: Language) -> String {
        switch language {
        case .en: "red flag '\(hit.phrase)': \(hit.flag.whyEN) (source: \(hit.flag.source))"
        case .zh: "危险信号「\(hit.phrase)」：\(hit.flag.whyZH)（来源：\(hit.flag.source)）"
        }
    }
}
