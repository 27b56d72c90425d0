extension Message {
    /// Whether the English form may start lower-case: it is never shown alone as a sentence.
    ///
    /// The catalog test holds every other English form to a capital, a digit, a symbol or a
    /// placeholder at its start. A message added here must fit one of the two groups below.
    public var isFragment: Bool { Self.fragments.contains(self) }

    static let fragments: Set<Message> = helpOpeningWithValues.union(partsOfOtherText)

    /// Help lines that open with the values as the user types them (`md`, `outbound`, `e.g. complaint.zh`).
    static let helpOpeningWithValues: Set<Message> = [
        .helpConflictsResolveKeep, .helpExportFormat, .helpExportNoRedact, .helpCaseCommandEditCategory, .helpSettingKey,
        .helpCorrectDirection, .helpDraftFormat, .helpTemplateCommandShowTemplateName, .helpTemplateCommandPathName,
        .helpProfileCommandSetKey, .helpLogDirection, .helpOrgKind, .helpPrepFormat, .helpSeedBenchmarkProfile,
        // Discussions that open with a table of values.
        .helpExportDiscussion, .helpConfigCommandDiscussion,
    ]

    /// Words and phrases put into other text, and messages that always follow something else on
    /// their line: a label or a mark ("✗ fix: ", "KIND · "), a line number or file name ("line 3: "),
    /// or the "recourse: " and "recourse: warning: " of `errorPrefix` and `warningPrefix` (which open
    /// with the program's name, always lower-case). Shown alone anywhere, such a form goes through
    /// `Sentence.alone`.
    static let partsOfOtherText: Set<Message> = [
        // verify's problems: one to a line under its verdict (through `Sentence.alone`), and the reason a backup is refused.
        .verifyEventAltered, .verifyEventOutOfChain, .verifyTriggerMissing, .verifyEvidenceMissing, .verifyEvidenceUnreadable,
        .verifyEvidenceWrongSize, .verifyEvidenceAltered,
        // A German bank's group, put into other lines; the reason a route names the Bundesbank, after a check's
        // mark (and through `Sentence.alone` in `bodies --case`); when a body opens; the device list's "(this device)".
        .sectorPrivate, .sectorPublic, .sectorSavings, .sectorCooperative, .sectorNone, .sectorUnknown, .unknownSector, .inferredSector,
        .checkSectorUnknown, .bodiesRouteAfterComplaint, .webDevicesThis,
        .dueIn, .channelPhone, .channelChat, .channelApp, .channelWeb, .channelEmail, .channelWechat, .channelWeibo,
        .channelLetter, .channelVisit, .channelSms, .channelOther, .promisePending, .promiseKept, .promiseBroken,
        .promiseSuperseded, .promiseCancelled, .caseOpen, .caseClosed, .submissionOpen, .submissionResponded, .submissionClosed,
        .bodyRegulator, .bodyOmbudsman, .bodyAdr, .bodyMediation, .bodyEnforcement, .bodyCompany, .triggerComplaintReceived,
        .triggerComplaintForwarded, .triggerComplaintAccepted, .triggerCompleteFileReceived, .triggerFinalResponse,
        .triggerHarmKnown, .triggerComplaintToTrader, .triggerCompanyResponse, .triggerFirstStatement, .triggerNoticeReceived,
        .ruleConfirmed, .ruleUnconfirmed, .impersonationFlag, .draftFraudCase, .draftPolice, .draftBank, .fraudCheckNoAccount,
        .fraudCheckNoBank, .fraudCheckReadable, .fraudCheckWarning, .fosAppNeedsClaim, .fosAppNotYet, .fosAppClaimed,
        .fosAppAccountUnknown, .fosAppMoney, .fosAppYourBank, .channelWhatToDo, .channelOfficialNumber,
        .channelInboundNotGenuine, .channelOutboundNotGenuine, .channelInboundUnverifiable, .channelRedFlags, .channelKindPhone,
        .channelKindSite, .channelKindApp, .channelKindWechat, .channelKindEmail, .channelConfirmed, .channelPublished,
        .channelUnconfirmed, .inferredKind, .inferredJurisdiction, .inferredKindUnknown, .promptRequired, .promptDueExamples,
        .promptAnswerYesOrNo, .promptAbandoned, .promptNewCaseChoice, .promptNewCaseLabel, .promptUnknownCommandSuggest,
        .promptUnknownCommand, .promptCreatesNew, .promptNearOrganization, .promptMovedOn, .channelCheckFailed, .notifyMissing,
        .notifyFailed, .notifyCannotRun, .clockOpenSince, .clockOpens, .clockDue, .clockPassedUnanswered, .clockClosed,
        .clockCloses, .clockAnswerDueWhat, .clockNoWaiting, .clockFirmPeriod, .clockNoLegalClock, .checkNoLegalClock,
        .checkReplyByPassed, .bodiesNeverChecked, .respondOneKind, .checkPaymentServiceUndecided, .errReplyByNotAfterSent,
        .clockUserReplyBy, .respondHoldingNotCompany, .promiseWithoutDue, .nameOrCase, .factCounterparty, .factDevice,
        .factStatementAt, .fieldStatementAt, .agentPart, .refPart, .promiseKeptAt, .promiseBrokenAt, .promiseCancelledAt,
        .eventAttachmentAdded, .eventCaseEdited, .eventCaseOpened, .eventCaseClosed, .eventCaseReopened, .eventContactCorrected,
        .eventContactLogged, .eventContactFlagged, .eventEscalationClosed, .eventEscalationResponded, .eventEscalationSubmitted,
        .eventJournalBaselined, .eventAliasAdded, .eventChannelAdded, .eventOrganizationCreated, .eventOrganizationUpdated,
        .eventPromiseExtended, .eventPromiseMade, .eventPromiseKept, .eventPromiseBroken, .eventPromiseCancelled,
        .historyCorrected, .historyEdited, .searchAgent, .searchRef, .unknownCategory, .unknownChannel, .unknownDirection,
        .unknownOrgKind, .eventContactVoided, .eventContactMovedOut, .eventContactMovedIn, .eventPromiseCorrected,
        .errAmountAmbiguous, .jurisdictionUnknown, .orgKindBank, .orgKindWallet, .orgKindPayment, .orgKindInsurer,
        .orgKindTelecom, .orgKindShop, .orgKindUtility, .orgKindTransport, .orgKindGovernment, .orgKindOther, .orgKindSecurities,
        .orgKindFund, .orgKindFutures, .orgKindCreditReporting, .orgKindBroadband, .orgKindEnergy, .orgKindPlatform,
        .fieldAmount, .fieldCurrency, .fieldDueAt, .badDuration, .badAmount, .noBody, .bodyExtensionDefault, .bodyRequired,
        .bodyEncouraged, .bodySourceConfirmed, .checkFieldMissing, .unknownSetting, .noCalendarForRegion, .regionWithoutCalendar,
        .unknownLanguage, .unknownFormat,
        // draft --check's findings follow their mark ("✗ fix: ", "! confirm: "); the kinds go into a finding.
        .checkKindCard, .checkKindResidentID, .checkKindPhone, .checkKindAccount, .checkKindOtherID, .checkKindOwnIdentifier,
        .checkKindNumber, .checkUnmasked, .checkNameMissing, .checkComplaintNotRecorded, .checkUnconfirmedRule, .checkUnconfirmedFacts,
        .checkNoRemedy, .checkNoEvidence, .prepUnknownFormat, .checkNothingGiven, .extendNeedsDue, .noTemplate, .draftComplaint, .draftSubmission, .draftEvidence, .syncDefectTruncated,
        .syncDefectAltered, .syncDefectNotChangeFile, .syncDefectNewer, .syncDefectMisplaced, .syncDefectBrokenChain,
        .syncDefectWaiting, .syncDefectEvidenceNotArrived, .syncDefectSealed, .syncDefectUnsealable, .syncStatusNever,
        .doctorReferences, .doctorChain, .doctorEvidence, .doctorEvidenceDeep, .doctorNoStray, .doctorStray, .doctorFolder,
        .yearBefore, .yearAfter, .invalidUTF8Argument, .outputFolderMissing, .outputFailed, .errorPrefix, .warningPrefix,
        .failed, .parseMissingArgument, .parseUnknownOption, .parseInvalidValue, .parseMissingValue, .parseUnexpected,
        .errInvalidOfficialChannel, .errContactInFuture, .errCaseNotFound, .errContactNotFound, .errPromiseNotFound,
        .errOrganizationNotFound, .errOrganizationIDNotFound, .errNothingToEdit, .errCaseClosed, .errCaseOfOtherOrganization,
        .errPromiseNotPending, .errPromiseSupersededPending, .errPromiseSupersededDone, .errContactOnOtherCase,
        .errCaseAlreadyInState, .errSubmissionNotFound, .errSubmissionNotOpen, .errNothingToCorrect, .errAttachmentMissing,
        .errAttachmentNotAFile, .errAttachmentUnreadable, .errAttachmentTooLarge, .errAttachmentChanged, .errFolderNotPrivate,
        .errFolderOfOtherUser, .errBackupUnusable, .errJournalIsDirectory, .errJournalFromNewerVersion, .errJournalReadOnly,
        .errJournalBusy, .errDiskFull, .errJournalIO, .fieldOrganization, .fieldAlias, .fieldCaseTitle, .fieldSummary,
        .fieldAdvice, .fieldOutcome, .fieldAgent, .fieldReference, .fieldAddress, .fieldPromise, .fieldDueWords, .fieldNote,
        .fieldReason, .ioFileExists, .ioEvidenceUncopyable, .ioEvidenceHashMismatch, .backupNotAFile, .backupEmpty,
        .backupNotRecourse, .backupNewerSchema, .backupIsJournal, .backupBadEvidencePath, .anotherOrganization,
        .fieldJurisdiction, .fieldOfficialAddress, .fieldAccountReference, .fieldTransactionAt, .fieldCounterparty, .fieldDevice,
        .fieldWarning, .fieldDesiredOutcome, .fieldSearchText, .fieldTitle, .fieldStatus, .fieldFileName, .fieldAttachmentName,
        .fieldOccurredAt, .fieldChannel, .fieldDirection, .fieldDuration, .tableCase, .tableOrganization,
        .tableOrganizationAlias, .tableOfficialChannel, .tableContact, .tableContactFlag, .tableCaseFacts, .tablePromise,
        .tableAttachment, .tableSubmission, .whenEmpty, .whenUnreadable, .badJurisdiction, .whenDueBeforeContact,
        .calendarBeyondYears, .calendarNoYears, .whenHolidayUnknown, .calendarsByRule, .calendarFileLine, .calendarFile,
        .settingsFileLine, .settingsFile, .settingsNotText, .settingsExpectedKeyValue, .settingsBadRegion, .settingsBadEndOfDay,
        .settingsBadLang, .sheetOutbound, .sheetInbound, .sheetLine, .sheetUnknownColumn, .sheetDuplicateColumn,
        .sheetMissingColumn, .sheetUnclosedQuote, .sheetStrayQuote, .sheetPromiseWithoutDue, .sheetDueWithoutPromise,
        .sheetCannotCreateFolder, .sheetImportNeedsPath, .sheetUnknownTemplate, .mdClosed, .mdNoReference, .bodyProfileField,
        .bodyProfileFile, .profileFileNotText, .profileFileLine, .profileExpectedKeyValue, .profileUnknownKey,
        .templateSectionNotClosed, .templateUnfinishedTag, .templateBadDelimiter, .templateUnparsable, .templateUnknownVariable,
        .draftTemplateError, .draftTemplateUnreadable, .draftTemplateTooLarge, .errImportLine, .errImportNewerFormat,
        .errImportEvidenceMissing, .errImportEvidenceMismatch, .errConflictNotFound, .importProblemNotJSON,
        .importProblemNotObject, .importProblemNotHeader, .importProblemHeaderNotFirst, .importProblemUnknownField,
        .importProblemUnknownType, .importProblemDuplicate, .importProblemRejected, .importProblemCountMismatch,
        .importProblemUUIDOfOtherType, .syncDefectUnsigned, .syncDefectBadSignature, .syncDefectKeyChanged,
        .syncDefectPlainWithPassphrase, .syncBusy, .syncWrongPassphrase, .outputWriteFailed, .exportEvidenceMissing,
        .exportEvidenceAltered, .importUnreadable, .conflictShownLocal, .conflictShownIncoming, .eventInterchangeResolved,
        .eventInterchangeMerged, .eventInterchangeConflict, .fileUnreadable, .fileNotUTF8, .calendarTooBig,
        .calendarFirstDirective, .calendarRangeTooLong, .calendarUnknownDirective, .calendarNoID, .profileTooBig,
        .profileNeedsNames, .profileMissing, .profileShouldBe, .profileShouldBeNotNull, .profileNotJSON, .profileValueNotAllowed,
        .profileCannotRead, .typeText, .typeWholeNumber, .typeBoolean, .typeList, .typeObject,
    ]
}
