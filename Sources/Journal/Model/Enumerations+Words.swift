import Lexicon

/// The journal's vocabularies in the user's language, for screens (JSON keeps the raw values).

extension Channel {
    public var words: String {
        switch self {
        case .phone: Message.channelPhone.text()
        case .chat: Message.channelChat.text()
        case .app: Message.channelApp.text()
        case .web: Message.channelWeb.text()
        case .email: Message.channelEmail.text()
        case .wechat: Message.channelWechat.text()
        case .weibo: Message.channelWeibo.text()
        case .letter: Message.channelLetter.text()
        case .visit: Message.channelVisit.text()
        case .sms: Message.channelSms.text()
        case .other: Message.channelOther.text()
        }
    }
}

extension PromiseStatus {
    public var words: String {
        switch self {
        case .pending: Message.promisePending.text()
        case .kept: Message.promiseKept.text()
        case .broken: Message.promiseBroken.text()
        case .superseded: Message.promiseSuperseded.text()
        case .cancelled: Message.promiseCancelled.text()
        }
    }
}

extension CaseStatus {
    public var words: String {
        switch self {
        case .open: Message.caseOpen.text()
        case .closed: Message.caseClosed.text()
        }
    }
}

extension Submission.Status {
    public var words: String {
        switch self {
        case .open: Message.submissionOpen.text()
        case .responded: Message.submissionResponded.text()
        case .closed: Message.submissionClosed.text()
        }
    }
}

/// Field names in the user's language: the store names fields in English, as identifiers
/// (`reference number` in errors, `due_words` in history payloads).
public enum FieldWords {
    public static func name(_ field: String) -> String {
        switch field.replacingOccurrences(of: "_", with: " ") {
        case "organization name": Message.fieldOrganization.text()
        case "alias": Message.fieldAlias.text()
        case "case title": Message.fieldCaseTitle.text()
        case "title": Message.fieldTitle.text()
        case "summary": Message.fieldSummary.text()
        case "advice": Message.fieldAdvice.text()
        case "outcome": Message.fieldOutcome.text()
        case "agent": Message.fieldAgent.text()
        case "reference", "reference number": Message.fieldReference.text()
        case "number or address", "address": Message.fieldAddress.text()
        case "promise": Message.fieldPromise.text()
        case "due time", "due words": Message.fieldDueWords.text()
        case "note": Message.fieldNote.text()
        case "reason": Message.fieldReason.text()
        case "jurisdiction": Message.fieldJurisdiction.text()
        case "official channel address": Message.fieldOfficialAddress.text()
        case "account reference": Message.fieldAccountReference.text()
        case "desired outcome": Message.fieldDesiredOutcome.text()
        case "search text": Message.fieldSearchText.text()
        case "status": Message.fieldStatus.text()
        case "original name": Message.fieldFileName.text()
        case "attachment name": Message.fieldAttachmentName.text()
        case "text": Message.fieldPromise.text()
        case "occurred at": Message.fieldOccurredAt.text()
        case "channel": Message.fieldChannel.text()
        case "direction": Message.fieldDirection.text()
        case "duration seconds": Message.fieldDuration.text()
        case "transaction at": Message.fieldTransactionAt.text()
        case "amount minor": Message.fieldAmount.text()
        case "currency": Message.fieldCurrency.text()
        case "due at": Message.fieldDueAt.text()
        case "counterparty": Message.fieldCounterparty.text()
        case "device": Message.fieldDevice.text()
        case "statement at": Message.fieldStatementAt.text()
        case "warning": Message.fieldWarning.text()
        default: Message.fieldOther.text(field.replacingOccurrences(of: "_", with: " "))
        }
    }
}

/// Record kinds (tables, event entities) in the user's language.
public enum RecordWords {
    public static func name(_ table: String) -> String {
        switch table {
        case "case_file", "case": Message.tableCase.text()
        case "organization": Message.tableOrganization.text()
        case "organization_alias", "alias": Message.tableOrganizationAlias.text()
        case "official_channel", "channel": Message.tableOfficialChannel.text()
        case "contact": Message.tableContact.text()
        case "contact_flag": Message.tableContactFlag.text()
        case "case_fact": Message.tableCaseFacts.text()
        case "promise": Message.tablePromise.text()
        case "attachment": Message.tableAttachment.text()
        case "submission", "escalation": Message.tableSubmission.text()
        default: Message.tableOther.text(table)
        }
    }
}

extension OrganizationKind {
    /// The kind in the user's language ("电信运营商").
    public var words: String {
        switch self {
        case .bank: Message.orgKindBank.text()
        case .wallet: Message.orgKindWallet.text()
        case .payment: Message.orgKindPayment.text()
        case .insurer: Message.orgKindInsurer.text()
        case .telecom: Message.orgKindTelecom.text()
        case .shop: Message.orgKindShop.text()
        case .utility: Message.orgKindUtility.text()
        case .transport: Message.orgKindTransport.text()
        case .government: Message.orgKindGovernment.text()
        case .other: Message.orgKindOther.text()
        case .securities: Message.orgKindSecurities.text()
        case .fund: Message.orgKindFund.text()
        case .futures: Message.orgKindFutures.text()
        case .creditReporting: Message.orgKindCreditReporting.text()
        case .broadband: Message.orgKindBroadband.text()
        case .energy: Message.orgKindEnergy.text()
        case .platform: Message.orgKindPlatform.text()
        }
    }
}

extension BankSector {
    /// The group in the interface language.
    public var words: String {
        switch self {
        case .private: Message.sectorPrivate.text()
        case .public: Message.sectorPublic.text()
        case .savings: Message.sectorSavings.text()
        case .cooperative: Message.sectorCooperative.text()
        case .noScheme: Message.sectorNone.text()
        }
    }
}

/// History event kinds (`promise.extended`) in words; English keeps the kind as recorded.
public enum EventWords {
    public static func name(_ kind: String) -> String {
        switch kind {
        case "attachment.added": Message.eventAttachmentAdded.text()
        case "case.edited": Message.eventCaseEdited.text()
        case "case.opened": Message.eventCaseOpened.text()
        case "case.closed": Message.eventCaseClosed.text()
        case "case.reopened": Message.eventCaseReopened.text()
        case "contact.corrected": Message.eventContactCorrected.text()
        case "contact.voided": Message.eventContactVoided.text()
        case "contact.moved_out": Message.eventContactMovedOut.text()
        case "contact.moved_in": Message.eventContactMovedIn.text()
        case "promise.corrected": Message.eventPromiseCorrected.text()
        case "contact.logged": Message.eventContactLogged.text()
        case "contact.flagged": Message.eventContactFlagged.text()
        case "escalation.closed": Message.eventEscalationClosed.text()
        case "escalation.responded": Message.eventEscalationResponded.text()
        case "escalation.submitted": Message.eventEscalationSubmitted.text()
        case "journal.baselined": Message.eventJournalBaselined.text()
        case "interchange.merged": Message.eventInterchangeMerged.text()
        case "interchange.conflict": Message.eventInterchangeConflict.text()
        case "interchange.conflict_resolved": Message.eventInterchangeResolved.text()
        case "organization.alias_added": Message.eventAliasAdded.text()
        case "organization.channel_added": Message.eventChannelAdded.text()
        case "organization.created": Message.eventOrganizationCreated.text()
        case "organization.updated": Message.eventOrganizationUpdated.text()
        case "promise.extended": Message.eventPromiseExtended.text()
        case "promise.made": Message.eventPromiseMade.text()
        case "promise.kept": Message.eventPromiseKept.text()
        case "promise.broken": Message.eventPromiseBroken.text()
        case "promise.cancelled": Message.eventPromiseCancelled.text()
        default: Message.eventOther.text(kind)
        }
    }

    /// A status value as recorded in a payload (`open`, `kept`), in words.
    public static func status(_ raw: String) -> String {
        PromiseStatus(rawValue: raw)?.words ?? CaseStatus(rawValue: raw)?.words ?? Submission.Status(rawValue: raw)?.words ?? raw
    }
}

extension ContactFlag.Kind {
    /// The mark `show` and `agenda` put on a flagged contact or case.
    public var words: String {
        switch self {
        case .channel: Message.flagChannel.text()
        case .redFlags: Message.flagRedFlags.text()
        case .impersonation: Message.flagImpersonation.text()
        }
    }
}
