import Lexicon

extension BodyProfile {
    /// The body's name in the user's language: the profile holds both.
    public var name: String { names.in(.current) }

    /// The body's name in `language` (a draft's, say).
    public func name(in language: Language) -> String { names.in(language) }

    /// A contact point's address as shown: a phone grouped as the body's country writes it
    /// ("0800 023 4567"), anything else as the profile writes it.
    public func shown(_ channel: ContactPoint) -> String {
        channel.kind == "phone" ? PhoneDisplay.format(channel.address, region: jurisdiction) : channel.address
    }
}

extension BodyProfile.Field {
    /// The field's name as the body's form words it, in `language`: what `bodies` lists and what a
    /// draft's missing-field findings name, so both say the same.
    public func label(in language: Language) -> String { labels.in(language) }
}

extension BodyProfile.Names {
    /// The name or label in `language`.
    public func `in`(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}

extension BodyProfile.Citation {
    /// The rule's title in `language`.
    public func `in`(_ language: Language) -> String { language == .zh ? zh : en }
}

extension BodyProfile.BodyDeadline {
    /// What the body must do by then, in the user's language when the profile gives it.
    public var words: String { what.text }
}

extension BodyProfile.Kind {
    public var words: String {
        switch self {
        case .regulator: Message.bodyRegulator.text()
        case .ombudsman: Message.bodyOmbudsman.text()
        case .adr: Message.bodyAdr.text()
        case .mediation: Message.bodyMediation.text()
        case .enforcement: Message.bodyEnforcement.text()
        case .company: Message.bodyCompany.text()
        }
    }
}

/// Periods and the events that start them, in words.
public enum BodyText {
    /// "8 weeks", "15 business days" / "8 周", "15 个工作日".
    public static func period(_ amount: Int, _ unit: BodyProfile.Unit, in language: Language = .current) -> String {
        let message: Message = switch unit {
        case .calendarDays: .unitCalendarDays
        case .businessDays: .unitBusinessDays
        case .workingDays: .unitWorkingDays
        case .weeks: .unitWeeks
        case .months: .unitMonths
        case .years: .unitYears
        }
        return message.text(in: language, amount)
    }

    /// A profile's trigger (`complaint_received`) in words; unknown triggers as written.
    public static func trigger(_ trigger: String) -> String {
        switch trigger {
        case "complaint_received": Message.triggerComplaintReceived.text()
        case "complaint_forwarded": Message.triggerComplaintForwarded.text()
        case "complaint_accepted": Message.triggerComplaintAccepted.text()
        case "complete_file_received": Message.triggerCompleteFileReceived.text()
        case "final_response": Message.triggerFinalResponse.text()
        case "harm_known": Message.triggerHarmKnown.text()
        case "complaint_to_trader": Message.triggerComplaintToTrader.text()
        case "company_response": Message.triggerCompanyResponse.text()
        case "first_statement_with_error": Message.triggerFirstStatement.text()
        case "notice_received": Message.triggerNoticeReceived.text()
        default: Message.triggerOther.text(trigger.replacingOccurrences(of: "_", with: " "))
        }
    }
}
