import Lexicon

/// The channel checks' sentences, put together from the message catalog in the language asked for
/// (a warning is kept on the contact in the language it was said in).
enum ChannelWords {
    /// What to do when a contact may be a scam (国家反诈中心 guidance, fraud.md).
    /// Which anti-fraud lines follow depends on where the user is: 96110 only in China; 159 and
    /// Report Fraud in the UK; the FTC in the US; none where Recourse knows none.
    static func whatToDo(genuine: String?, region: String?, _ language: Language) -> String {
        Message.channelWhatToDo.text(in: language, genuine ?? Message.channelOfficialNumber.text(in: language), fraudLines(region, language))
    }

    /// The anti-fraud lines of `region` as the tail of the advice; China's for a Chinese user
    /// when the region is not known.
    static func fraudLines(_ region: String?, _ language: Language) -> String {
        switch region?.uppercased() ?? (language == .zh ? "CN" : "") {
        case "CN": Message.channelAdviceCN.text(in: language)
        case "GB", "UK": Message.channelAdviceGB.text(in: language)
        case "US": Message.channelAdviceUS.text(in: language)
        default: ""
        }
    }

    static func inboundNotGenuine(_ address: String, of institution: String, genuine: [String], callBack: String?, region: String?,
                                  _ language: Language) -> String {
        Message.channelInboundNotGenuine.text(in: language, address, institution, list(genuine, language),
                                              whatToDo(genuine: callBack, region: region, language))
    }

    static func outboundNotGenuine(_ address: String, of institution: String, genuine: [String], _ language: Language) -> String {
        Message.channelOutboundNotGenuine.text(in: language, address, institution, list(genuine, language))
    }

    static func belongsToOther(_ address: String, owner: String, named: String, _ language: Language) -> String {
        Message.channelBelongsToOther.text(in: language, address, owner, named)
    }

    static func inboundUnverifiable(_ address: String, of organization: String, region: String?, _ language: Language) -> String {
        Message.channelInboundUnverifiable.text(in: language, address, organization, whatToDo(genuine: nil, region: region, language))
    }

    static func redFlags(_ hits: [RedFlags.Hit], caseID: Int64?, region: String?, _ language: Language) -> String {
        let listed = hits.map { Message.channelRedFlagItem.text(in: language, $0.phrase, $0.flag.why(in: language)) }
        let mark = caseID.map { Message.channelScamMark.text(in: language, $0) } ?? ""
        return Message.channelRedFlags.text(in: language, list(listed, language), whatToDo(genuine: nil, region: region, language), mark)
    }

    // MARK: - recourse check

    static func genuine(_ written: String, of institution: Institution, channel: GenuineChannel, _ language: Language) -> String {
        let note = channel.confidence == .unconfirmed ? Message.channelUnconfirmedNote.text(in: language) : ""
        return Message.channelGenuine.text(in: language, institution.shown(written, kind: channel.kind), kind(channel.kind, language), institution.name(in: language),
                                           confidence(channel.confidence, language), channel.source.text(in: language), note)
    }

    static func recordedByYou(_ written: String, of organization: String, _ language: Language) -> String {
        Message.channelRecordedByYou.text(in: language, written, organization)
    }

    static func unknownAddress(_ written: String, _ language: Language) -> String {
        Message.channelUnknownAddress.text(in: language, written)
    }

    static func institutionChannels(_ institution: Institution, _ language: Language) -> String {
        let items = institution.channels.map {
            Message.channelListItem.text(in: language, kind($0.kind, language), institution.shown($0),
                                         $0.confidence == .unconfirmed ? Message.channelItemUnconfirmed.text(in: language) : "")
        }
        return Message.channelInstitutionList.text(in: language, institution.name(in: language), list(items, language))
    }

    static func clean(_ language: Language) -> String { Message.channelClean.text(in: language) }

    static func flagLine(_ hit: RedFlags.Hit, _ language: Language) -> String {
        Message.channelFlagLine.text(in: language, hit.phrase, hit.flag.why(in: language), hit.flag.source.text(in: language))
    }

    private static func list(_ items: [String], _ language: Language) -> String {
        items.joined(separator: Message.listSeparator.text(in: language))
    }

    private static func kind(_ kind: GenuineChannel.Kind, _ language: Language) -> String {
        let message: Message = switch kind {
        case .phone: .channelKindPhone
        case .site: .channelKindSite
        case .app: .channelKindApp
        case .wechat: .channelKindWechat
        case .email: .channelKindEmail
        }
        return message.text(in: language)
    }

    private static func confidence(_ confidence: GenuineChannel.Confidence, _ language: Language) -> String {
        let message: Message = switch confidence {
        case .confirmed: .channelConfirmed
        case .published: .channelPublished
        case .unconfirmed: .channelUnconfirmed
        }
        return message.text(in: language)
    }
}

extension RedFlags.Flag {
    /// Why the phrase is a red flag, in `language`.
    public func why(in language: Language) -> String { language == .zh ? whyZH : whyEN }
}
